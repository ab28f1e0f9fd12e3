import DispatchBuilder
import GridModel

/// Each target's required and achieved values, shortfall and shadow price.
public enum Compliance {
    /// Tolerance under which a target counts as met, in its own unit.
    public static let tolerance = 1e-6

    /// Evaluates every target of the case against its dispatch.
    public static func evaluate(case source: Case, result: DispatchResult, aggregates: HourlyAggregates) -> [TargetCompliance] {
        source.targets.map { target in
            let outcome = result.targets.first { $0.target.id == target.id }
            switch target.requirement {
            case let .renewableUtilisation(minimum, names):
                var available = 0.0, curtailed = 0.0
                for case let .renewable(plant) in source.resources where names.isEmpty || names.contains(plant.name) {
                    available += plant.availableMW.reduce(0, +)
                    curtailed += (result.flows[plant.name]?["curtailment"] ?? []).reduce(0, +)
                }
                // As the LP row: surplus that nothing could absorb counts as thrown away (see DispatchModel.addTarget).
                curtailed += result.surplusMW.reduce(0, +)
                let achieved = available > 0 ? 1 - curtailed / available : 1
                // Row: curtailed − shortfall ≤ (1 − u)·available; one more point of u removes available/100 MWh of headroom.
                let price = outcome.map { -$0.dual * available / 100 }
                return compliance(target, kind: "renewable_utilisation", required: minimum, achieved: achieved, atLeast: true,
                                  outcome: outcome, shadowPrice: price, unit: "EUR/pp")
            case let .nonHydroRenewableShare(minimum):
                let load = source.loadEnergyMWh
                let counted = aggregates.nonHydroRenewableMW.reduce(0, +) - result.surplusMW.reduce(0, +)
                let achieved = load > 0 ? counted / load : 0
                let price = outcome.map { $0.dual * load / 100 }
                return compliance(target, kind: "non_hydro_renewable_share", required: minimum, achieved: achieved, atLeast: true,
                                  outcome: outcome, shadowPrice: price, unit: "EUR/pp")
            case let .co2Cap(maxTonnes):
                let achieved = aggregates.co2T.reduce(0, +)
                return compliance(target, kind: "co2_cap", required: maxTonnes, achieved: achieved, atLeast: false,
                                  outcome: outcome, shadowPrice: outcome.map { -$0.dual }, unit: "EUR/t")
            }
        }
    }

    private static func compliance(_ target: Target, kind: String, required: Double, achieved: Double, atLeast: Bool,
                                   outcome: DispatchResult.TargetOutcome?, shadowPrice: Double?, unit: String?) -> TargetCompliance {
        let met = atLeast ? achieved >= required - tolerance : achieved <= required * (1 + tolerance) + tolerance
        let price = shadowPrice.map { abs($0) < 1e-9 ? 0 : $0 }
        return TargetCompliance(
            id: target.id, kind: kind, required: required, achieved: achieved, met: met,
            shortfall: outcome.map { $0.shortfall > tolerance ? $0.shortfall : 0 } ?? 0, shortfallUnit: outcome?.unit ?? "",
            binding: (price ?? 0) > 1e-6, shadowPrice: price, shadowPriceUnit: shadowPrice == nil ? nil : unit, source: target.source)
    }
}
