import GridModel
import LinearProgramming

extension DispatchModel {
    /// Interconnector: `import` and `export` within their hourly bounds, bought and sold at fixed prices.
    mutating func addInterconnector(_ link: Interconnector, into columns: inout ResourceColumns) {
        let imports = hourlyColumns(.imports, of: &columns, cost: link.importPriceEURPerMWh) {
            Bounds(lower: link.minImportMW[$0], upper: link.maxImportMW[$0])
        }
        let exports = hourlyColumns(.exports, of: &columns, cost: -link.exportPriceEURPerMWh) {
            Bounds(lower: link.minExportMW[$0], upper: link.maxExportMW[$0])
        }
        for t in 0..<source.hours {
            addToBalance(t, imports[t], 1)
            addToBalance(t, exports[t], -1)
        }
    }
}
