import DispatchBuilder
import GridModel

/// What the hourly adequacy row found (the `adequacy` object of `summary.json`).
public struct AdequacySummary: Sendable, Codable, Equatable {
    /// One resource's capacity value: Σ over the hours of the row's dual × the MW it counts per MW of its rating.
    public struct CapacityValue: Sendable, Codable, Equatable {
        /// The resource.
        public var resource: String
        /// Its kind.
        public var kind: String
        /// Firm MW counted per MW of rated power, averaged over the window, per unit.
        public var meanFirmShare: Double
        /// EUR per MW of rated power over the window.
        public var eurPerMW: Double

        enum CodingKeys: String, CodingKey {
            case resource, kind, meanFirmShare = "mean_firm_share", eurPerMW = "eur_per_mw"
        }
    }

    /// Required margin over each hour's load, per unit.
    public var margin: Double
    /// Hours in the window.
    public var hours: Int
    /// Hours in which firm contributions fall short of (1 + margin) × load.
    public var hoursShort: Int
    /// Σ shortfall over the window, MWh (MW short × 1 h).
    public var shortfallMWh: Double
    /// Σ shortfall × its penalty, EUR; part of the objective, not a real cost.
    public var penaltyEUR: Double
    /// Hour of the year with the smallest margin as a share of load (as in the row names `adequacy[t=H]`).
    public var worstHour: Int
    /// Firm contributions − load in the worst hour, MW.
    public var worstMarginMW: Double
    /// Firm contributions ÷ load − 1 in the worst hour, per unit.
    public var worstMarginShare: Double
    /// Capacity value of each resource that counts.
    public var capacityValues: [CapacityValue]

    enum CodingKeys: String, CodingKey {
        case margin, hours, hoursShort = "hours_short", shortfallMWh = "shortfall_mwh", penaltyEUR = "penalty_eur"
        case worstHour = "worst_hour", worstMarginMW = "worst_margin_mw", worstMarginShare = "worst_margin_share"
        case capacityValues = "capacity_values"
    }

    /// Hours in which (1 + margin) × load is covered.
    public var hoursCovered: Int { hours - hoursShort }
}

extension AdequacySummary {
    /// The adequacy row of a solved case; `nil` when the case has none.
    public init?(case source: Case, result: DispatchResult) {
        guard let adequacy = source.adequacy, let outcome = result.adequacy else { return nil }
        var firmMW = Array(repeating: 0.0, count: source.hours)
        var values: [CapacityValue] = []
        for resource in source.resources {
            let flows = result.flows[resource.name] ?? [:]
            let reserve = flows[.reserve], curtailment = flows[.curtailment]
            let counted = (0..<source.hours).map { t in
                var value = adequacy.fixedContributionMW(of: resource, hour: t)
                if let reserve { value += reserve[t] }
                if case .renewable = resource, adequacy.renewableCounting == .hourlyOutput, let curtailment { value -= curtailment[t] }
                return value
            }
            for t in counted.indices { firmMW[t] += counted[t] }
            let rated = resource.ratedPowerMW
            guard rated > 0, counted.contains(where: { $0 > 0 }) else { continue }
            let valueEUR = zip(outcome.dualEURPerMW, counted).reduce(0) { $0 + max(0, $1.0) * $1.1 }
            values.append(CapacityValue(resource: resource.name, kind: resource.kindName,
                                        meanFirmShare: counted.reduce(0, +) / Double(source.hours) / rated, eurPerMW: valueEUR / rated))
        }
        let margins = zip(firmMW, source.loadMW).map { $0 - $1 }
        // The worst hour is the one with the smallest margin as a share of its load (the requirement scales with load).
        let shares = margins.indices.map { source.loadMW[$0] > 0 ? margins[$0] / source.loadMW[$0] : .infinity }
        let worst = shares.indices.min { shares[$0] < shares[$1] } ?? 0
        // Only hours short beyond solver round-off count (an interior point leaves ~1e-5 MW in every hour).
        let peakLoadMW = source.peakLoadMW
        let shortfall = outcome.shortfallMW.filter { ActivityTolerance.isActive($0, capacityMW: peakLoadMW) }.reduce(0, +)
        self.init(margin: adequacy.margin, hours: source.hours,
                  hoursShort: ActivityTolerance.hours(outcome.shortfallMW, capacityMW: peakLoadMW),
                  shortfallMWh: shortfall, penaltyEUR: shortfall * adequacy.shortfallPenaltyEURPerMWh,
                  worstHour: source.window.first + worst, worstMarginMW: margins.isEmpty ? 0 : margins[worst],
                  worstMarginShare: margins.isEmpty || source.loadMW[worst] <= 0 ? 0 : margins[worst] / source.loadMW[worst],
                  capacityValues: values)
    }
}

extension AdequacyOutcome {
    /// Σ shortfall over the window as solved, MWh: its penalty is part of the objective, round-off included.
    var shortfallMWh: Double { shortfallMW.reduce(0, +) }
}
