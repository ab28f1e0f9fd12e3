/// One named number of a solved point beyond the headline measures: a regional case's per-region and per-link
/// figures (`GX.operating_cost_eur`, `link.GX-GD.forward_mwh`), stored in the `figures` table and written as a
/// column of their own in the CSV and the workbook.
public struct PointFigure: Sendable, Equatable {
    /// The figure's name, its unit at the end as in the case format (`_eur`, `_mwh`, `_mw`, `_t`; a share per unit).
    public var name: String
    /// The value.
    public var value: Double

    /// A figure.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
