import GridModel

/// A flexibility group whose value is measured by solving the case without it: pumped hydro, new-type storage,
/// demand response, or all of them together.
public struct FlexibilityGroup: Sendable, Equatable {
    /// `pumped_hydro`, `new_storage`, `demand_response` or `all_flexibility`.
    public var name: String
    /// Resource name → its power without the group, MW (0, or its capacity before the plan).
    public var withoutMW: [String: Double]

    /// A group.
    public init(name: String, withoutMW: [String: Double]) {
        self.name = name
        self.withoutMW = withoutMW
    }
}

/// What one flexibility group buys: the case solved with it and without it (the `contributions` table). Each
/// Δ is the value without the group minus the value with it, so a positive Δ cost is what the group saves.
public struct ContributionRow: Sendable, Codable, Equatable {
    /// The group.
    public var group: String
    /// Resource name → power in the case, MW.
    public var withMW: [String: Double]
    /// Resource name → power in the re-solve without the group, MW.
    public var withoutMW: [String: Double]
    /// Operating cost without − with, EUR.
    public var deltaOperatingCostEUR: Double
    /// Curtailed wind and solar without − with, MWh.
    public var deltaCurtailmentMWh: Double
    /// Hours short of the adequacy requirement without − with (`nil` when the case has no adequacy row).
    public var deltaHoursShort: Int?
    /// Peak demand seen by generators (thermal, hydro, imports) without − with, MW.
    public var deltaPeakSeenByGeneratorsMW: Double
    /// Hours in which load + margin is covered with the group (`nil` without an adequacy row).
    public var hoursCoveredWith: Int?
    /// Hours in which load + margin is covered without it.
    public var hoursCoveredWithout: Int?

    enum CodingKeys: String, CodingKey {
        case group, withMW = "with_mw", withoutMW = "without_mw", deltaOperatingCostEUR = "delta_operating_cost_eur"
        case deltaCurtailmentMWh = "delta_curtailment_mwh", deltaHoursShort = "delta_hours_short"
        case deltaPeakSeenByGeneratorsMW = "delta_peak_seen_by_generators_mw", hoursCoveredWith = "hours_covered_with"
        case hoursCoveredWithout = "hours_covered_without"
    }

    /// The row of `group` from the case solved with it (`with`) and without it (`without`).
    public init(group: FlexibilityGroup, case source: Case, with: CaseSummary, without: CaseSummary) {
        self.group = group.name
        withMW = Dictionary(uniqueKeysWithValues: source.resources.filter { group.withoutMW[$0.name] != nil }.map { ($0.name, $0.ratedPowerMW) })
        withoutMW = group.withoutMW
        deltaOperatingCostEUR = without.kpis.operatingCostEUR - with.kpis.operatingCostEUR
        deltaCurtailmentMWh = without.kpis.curtailmentMWh - with.kpis.curtailmentMWh
        hoursCoveredWith = with.adequacy?.hoursCovered
        hoursCoveredWithout = without.adequacy?.hoursCovered
        if let short = with.adequacy?.hoursShort, let shortWithout = without.adequacy?.hoursShort {
            deltaHoursShort = shortWithout - short
        }
        deltaPeakSeenByGeneratorsMW = without.kpis.peakNetLoadAfterFlexMW - with.kpis.peakNetLoadAfterFlexMW
    }
}

/// Which flexibility groups a case has, and the case without each.
public enum Contributions {
    /// Groups measured, in order.
    public static let groupNames = ["pumped_hydro", "new_storage", "demand_response"]

    /// The groups of `source` with some capacity, each at 0 MW without it, then all of them together.
    public static func groups(in source: Case) -> [FlexibilityGroup] {
        withAll(groupNames.compactMap { name in
            let members = source.resources.filter { belongs($0, to: name) && $0.ratedPowerMW > 0 }
            return members.isEmpty ? nil : FlexibilityGroup(name: name, withoutMW: Dictionary(uniqueKeysWithValues: members.map { ($0.name, 0) }))
        })
    }

    /// The groups the plan sets: storage groups back to their capacity before the plan, demand response sized from
    /// the plan's share of peak at 0 MW; then all of them together.
    public static func groups(setBy applications: [PlanApplication], in source: Case) -> [FlexibilityGroup] {
        var groups: [FlexibilityGroup] = []
        for name in groupNames {
            var without: [String: Double] = [:]
            for application in applications {
                switch application.effect {
                case let .capacity(set, before) where application.target.resources.contains(name):
                    for resource in set.keys { without[resource] = before[resource] ?? 0 }
                case let .demandResponseShare(names) where name == "demand_response":
                    for resource in names { without[resource] = 0 }
                default: break
                }
            }
            let changes = without.filter { entry in source.resources.first { $0.name == entry.key }.map { $0.ratedPowerMW > entry.value } ?? false }
            if !changes.isEmpty { groups.append(FlexibilityGroup(name: name, withoutMW: changes)) }
        }
        return withAll(groups)
    }

    /// The case with each resource of the group at its `without` power (storage energy and DR energy limits scaled
    /// with it, so durations and hours a day stay the same).
    public static func without(_ group: FlexibilityGroup, in source: Case) -> Case {
        var copy = source
        copy.resources = source.resources.map { resource in
            guard let power = group.withoutMW[resource.name] else { return resource }
            let scale = resource.ratedPowerMW > 0 ? power / resource.ratedPowerMW : 0
            switch resource {
            case var .storage(unit):
                unit.chargePowerMW *= scale
                unit.dischargePowerMW *= scale
                unit.energyMWh *= scale
                return .storage(unit)
            case var .curtailableLoad(load):
                load.capacityMW *= scale
                load.maxEnergyPerDayMWh = load.maxEnergyPerDayMWh.map { $0 * scale }
                load.maxEnergyPerYearMWh = load.maxEnergyPerYearMWh.map { $0 * scale }
                return .curtailableLoad(load)
            case var .shiftableLoad(load):
                load.upMW *= scale
                load.downMW *= scale
                return .shiftableLoad(load)
            default: return resource
            }
        }
        return copy
    }

    static func belongs(_ resource: Resource, to group: String) -> Bool {
        switch resource {
        case .curtailableLoad, .shiftableLoad: return group == "demand_response"
        default: return ResourceGroup.contains(group, resource)
        }
    }

    /// The groups, then all of them together when there is more than one.
    static func withAll(_ groups: [FlexibilityGroup]) -> [FlexibilityGroup] {
        guard groups.count > 1 else { return groups }
        let all = groups.reduce(into: [String: Double]()) { $0.merge($1.withoutMW) { first, _ in first } }
        return groups + [FlexibilityGroup(name: "all_flexibility", withoutMW: all)]
    }
}
