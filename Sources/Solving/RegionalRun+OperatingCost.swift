extension RegionalRun {
    /// Operating cost of the whole regional system: every region's (its objective less its target penalties) and the
    /// links' wheeling, EUR.
    public var operatingCostEUR: Double {
        summary.regions.reduce(0) { $0 + $1.kpis.operatingCostEUR } + summary.links.reduce(0) { $0 + $1.wheelingEUR }
    }
}
