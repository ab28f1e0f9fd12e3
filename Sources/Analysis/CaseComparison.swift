/// Several solved cases side by side (`gridflex compare`): each measure's value per case and its difference
/// against the first case.
public struct CaseComparison: Sendable, Codable, Equatable {
    /// One number per case.
    public struct Measure: Sendable, Codable, Equatable {
        /// `capacity`, `cost`, `energy`, `utilisation`, `adequacy` or `emissions`.
        public var group: String
        /// What is measured, e.g. `curtailment` or a resource's name.
        public var name: String
        /// Unit of the values and differences (MW, MWh, EUR, EUR/MWh, per unit, h, t).
        public var unit: String
        /// The value of each case, in case order (nil where the case has no such resource).
        public var values: [Double?]
        /// Each case's value less the first case's (nil where either is missing); the first is 0.
        public var differences: [Double?]
    }

    /// One target's status per case.
    public struct TargetStatus: Sendable, Codable, Equatable {
        /// Target id (a plan target's id for a plan check).
        public var id: String
        /// Per case, nil where the case has no such target: `met` or `missed` for a case target; `applied`,
        /// `met`, `missed` or `context` for a plan target.
        public var statuses: [String?]
        /// Achieved value per case, in the target's unit (per unit for shares, t for CO2).
        public var achieved: [Double?]
    }

    /// The cases' names, in order (made unique with `#2`, `#3` when two share a name).
    public var cases: [String]
    /// The cases' hour windows, `A-B`.
    public var windows: [String]
    /// The numbers compared.
    public var measures: [Measure]
    /// Every target of any case.
    public var targets: [TargetStatus]

    /// One case to compare: its summary and, when it applies a plan, the plan check.
    public struct Input: Sendable {
        /// The solved case.
        public var summary: CaseSummary
        /// The plan's targets checked against it, if the case applies a plan.
        public var plan: PlanCheck?

        /// An input.
        public init(summary: CaseSummary, plan: PlanCheck? = nil) {
            self.summary = summary
            self.plan = plan
        }
    }

    /// Compares the inputs against the first.
    public init(_ inputs: [Input]) {
        let summaries = inputs.map(\.summary)
        var seen: [String: Int] = [:]
        cases = summaries.map { summary in
            seen[summary.caseName, default: 0] += 1
            let count = seen[summary.caseName]!
            return count == 1 ? summary.caseName : "\(summary.caseName) #\(count)"
        }
        windows = summaries.map(\.window)
        measures = Self.rows(summaries).map { group, name, unit, values in
            let first = values.first ?? nil
            let differences = values.map { value -> Double? in
                guard let value, let first else { return nil }
                return value - first
            }
            return Measure(group: group, name: name, unit: unit, values: values, differences: differences)
        }
        let ids = Self.ordered(summaries.flatMap { $0.targets.map(\.id) })
        targets = ids.map { id in
            let found = summaries.map { $0.targets.first { $0.id == id } }
            return TargetStatus(id: id, statuses: found.map { $0.map { $0.met ? "met" : "missed" } }, achieved: found.map { $0?.achieved })
        }
        let planIDs = Self.ordered(inputs.flatMap { $0.plan?.targets.map(\.id) ?? [] })
        targets += planIDs.map { id in
            let found = inputs.map { $0.plan?.targets.first { $0.id == id } }
            return TargetStatus(id: id, statuses: found.map { $0?.status }, achieved: found.map { $0?.achieved })
        }
    }

    /// Group, name, unit and the value per case of every row, in the order the table prints them.
    static func rows(_ summaries: [CaseSummary]) -> [(String, String, String, [Double?])] {
        func kpi(_ group: String, _ name: String, _ unit: String, _ value: (KPIs) -> Double) -> (String, String, String, [Double?]) {
            (group, name, unit, summaries.map { value($0.kpis) })
        }
        var rows: [(String, String, String, [Double?])] = []
        for name in ordered(summaries.flatMap { $0.capacities.map(\.name) }) {
            let capacities = summaries.map { $0.capacities.first { $0.name == name } }
            rows.append(("capacity", name, "MW", capacities.map { $0?.capacityMW }))
            if capacities.contains(where: { $0?.energyMWh != nil }) {
                rows.append(("capacity", "\(name) energy", "MWh", capacities.map { $0?.energyMWh }))
            }
        }
        rows.append(("cost", "objective", "EUR", summaries.map(\.objective)))
        rows += [
            kpi("cost", "operating_cost", "EUR") { $0.operatingCostEUR }, kpi("cost", "target_penalty", "EUR") { $0.targetPenaltyEUR },
            kpi("cost", "mean_price", "EUR/MWh") { $0.meanPriceEURPerMWh }, kpi("energy", "load", "MWh") { $0.loadMWh },
            kpi("energy", "renewable_available", "MWh") { $0.renewableAvailableMWh }, kpi("energy", "curtailment", "MWh") { $0.curtailmentMWh },
        ]
        for kind in ordered(summaries.flatMap { $0.curtailment.map(\.kind) }) {
            rows.append(("energy", "curtailment_\(kind)", "MWh", summaries.map { $0.curtailment.first { $0.kind == kind }?.curtailedMWh }))
        }
        rows += [
            kpi("utilisation", "renewable_utilisation", "per unit") { $0.renewableUtilisation },
            kpi("utilisation", "non_hydro_renewable_share", "per unit") { $0.nonHydroRenewableShare },
            kpi("adequacy", "unserved", "MWh") { $0.unservedMWh }, kpi("adequacy", "unserved_hours", "h") { Double($0.unservedHours) },
            kpi("adequacy", "peak_load", "MW") { $0.peakLoadMW }, kpi("adequacy", "peak_load_after_flex", "MW") { $0.peakLoadAfterFlexMW },
            kpi("adequacy", "peak_net_load_after_flex", "MW") { $0.peakNetLoadAfterFlexMW },
            kpi("emissions", "co2", "t") { $0.co2T },
        ]
        return rows
    }

    /// Each item once, in order of first appearance.
    static func ordered(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
