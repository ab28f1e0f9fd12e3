/// Capacity that `gridflex invest` may add to a ``Link``: the same MW each way, at an annualised cost per MW built
/// from the corridor's length.
public struct LinkExpansion: Sendable, Equatable {
    /// The line technology whose cost rows price the addition.
    public enum Technology: String, Sendable, Equatable, CaseIterable {
        /// An AC overhead line: the bundle's `HVAC overhead` row per MW and km.
        case hvac
        /// A DC overhead line: `HVDC overhead` per MW and km, plus an `HVDC inverter pair` per MW.
        case hvdc
    }

    /// Largest capacity added, MW (each way).
    public var maxMW: Double
    /// Corridor length, km.
    public var lengthKM: Double
    /// The line technology.
    public var technology: Technology
    /// Annualised cost of one MW added: investment × capital recovery factor + fixed O&M, EUR/MW-year.
    public var costEURPerMWYear: Double
    /// Where the cost comes from (the bundle's cost file and rows, or the case's assumption key), for reports.
    public var costSource: String

    /// An expansion.
    public init(maxMW: Double, lengthKM: Double, technology: Technology, costEURPerMWYear: Double, costSource: String) {
        self.maxMW = maxMW
        self.lengthKM = lengthKM
        self.technology = technology
        self.costEURPerMWYear = costEURPerMWYear
        self.costSource = costSource
    }
}
