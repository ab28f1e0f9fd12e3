extension RegionalRun {
    /// Operating cost of the whole regional system: every region's (its objective less its target penalties) and the
    /// links' wheeling, EUR.
    public var operatingCostEUR: Double {
        summary.regions.reduce(0) { $0 + $1.kpis.operatingCostEUR } + summary.links.reduce(0) { $0 + $1.wheelingEUR }
    }

    /// What the targets over groups of regions cost in penalties: each one's shortfall (as judged on the dispatch) ×
    /// its penalty, EUR.
    public var groupTargetPenaltyEUR: Double {
        zip(model.groupTargets, summary.groupTargets).reduce(0) { total, pair in
            total + pair.1.target.shortfall * model.program.objective[pair.0.shortfall.index]
        }
    }
}
