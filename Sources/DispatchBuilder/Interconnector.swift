import GridModel
import LinearProgramming

extension DispatchModel {
    /// Interconnector: `import` and `export` within their hourly bounds, bought and sold at fixed prices; no
    /// column in an hour where a direction is closed (e.g. every hour's export of a link that only imports).
    mutating func addInterconnector(_ link: Interconnector, into columns: inout ResourceColumns) {
        let imports = hourlyColumnsWherever(.imports, of: &columns, cost: link.importPriceEURPerMWh) {
            Self.openRange(link.minImportMW[$0], link.maxImportMW[$0])
        }
        let exports = hourlyColumnsWherever(.exports, of: &columns, cost: -link.exportPriceEURPerMWh) {
            Self.openRange(link.minExportMW[$0], link.maxExportMW[$0])
        }
        for t in 0..<source.hours {
            addToBalance(t, imports[t], 1)
            addToBalance(t, exports[t], -1)
        }
    }

    /// Bounds [minimum, maximum] MW, or `nil` when both are zero (the flow is closed that hour).
    static func openRange(_ minimumMW: Double, _ maximumMW: Double) -> Bounds? {
        minimumMW == 0 && maximumMW == 0 ? nil : Bounds(lower: minimumMW, upper: maximumMW)
    }
}
