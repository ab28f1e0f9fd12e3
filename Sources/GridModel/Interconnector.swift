/// Imports from and exports to neighbouring grids, at given prices.
public struct Interconnector: Sendable, Equatable {
    /// Unique resource name.
    public var name: String
    /// Least import in each hour of the window, MW (a contracted minimum).
    public var minImportMW: [Double]
    /// Largest import in each hour of the window, MW.
    public var maxImportMW: [Double]
    /// Least export in each hour of the window, MW.
    public var minExportMW: [Double]
    /// Largest export in each hour of the window, MW.
    public var maxExportMW: [Double]
    /// Price paid per MWh imported, EUR/MWh.
    public var importPriceEURPerMWh: Double
    /// Price earned per MWh exported, EUR/MWh.
    public var exportPriceEURPerMWh: Double
    /// Share of imported energy that is non-hydro renewable, per unit (counts toward the share target).
    public var renewableShare: Double

    /// An interconnector.
    public init(name: String, minImportMW: [Double], maxImportMW: [Double], minExportMW: [Double], maxExportMW: [Double],
                importPriceEURPerMWh: Double, exportPriceEURPerMWh: Double = 0, renewableShare: Double = 0) {
        self.name = name
        self.minImportMW = minImportMW
        self.maxImportMW = maxImportMW
        self.minExportMW = minExportMW
        self.maxExportMW = maxExportMW
        self.importPriceEURPerMWh = importPriceEURPerMWh
        self.exportPriceEURPerMWh = exportPriceEURPerMWh
        self.renewableShare = renewableShare
    }
}
