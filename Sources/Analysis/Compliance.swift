import DispatchBuilder
import GridModel

/// Each target's required and achieved values, shortfall and shadow price.
public enum Compliance {
    /// Tolerance under which a target counts as met, in its own unit.
    public static let tolerance = 1e-6
    /// A target whose achieved value is past its bound by more than this share of the bound is not binding: its
    /// shadow price is 0.
    public static let slackTolerance = 1e-4

    /// Evaluates every target of the case against its dispatch: the quantity its row bounds (see ``TargetTerms``)
    /// read from the solution, as the share or amount the target is stated in.
    public static func evaluate(case source: Case, result: DispatchResult) -> [TargetCompliance] {
        source.targets.map { target in
            let outcome = result.targets.first { $0.target.id == target.id }
            let definition = target.terms(in: source, investing: !result.investedMW.isEmpty)
            let quantity = Self.quantity(of: definition, in: result)
            let reference = (definition.referenceMWh ?? 0) + Self.capacityPart(of: definition.referenceTerms, in: result)
            return judged(target, quantity: quantity, reference: reference, capacityPart: Self.capacityPart(of: definition.terms, in: result),
                          outcome: outcome)
        }
    }

    /// A target judged from its row's quantity (see ``TargetTerms``) and reference energy, MWh, on a dispatch;
    /// `capacityPart` is the part of the quantity that the investment LP's capacity terms make up (0 otherwise).
    static func judged(_ target: Target, quantity: Double, reference: Double, capacityPart: Double,
                       outcome: DispatchResult.TargetOutcome?) -> TargetCompliance {
        switch target.requirement {
        case let .renewableUtilisation(minimum, _):
            // The quantity is curtailed + surplus (thrown away), against the available energy; in the investment
            // LP the row also holds the candidates' part of the bound, which is not thrown away.
            let thrownAway = quantity - capacityPart
            let achieved = reference > 0 ? 1 - thrownAway / reference : 1
            // Row: curtailed − shortfall ≤ (1 − u)·available; one more point of u removes available/100 MWh of headroom.
            let price = outcome.map { -$0.dual * reference / 100 }
            return compliance(target, kind: "renewable_utilisation", required: minimum, achieved: achieved, atLeast: true,
                              outcome: outcome, shadowPrice: price, unit: "EUR/pp")
        case let .nonHydroRenewableShare(minimum):
            // The quantity is the non-hydro renewable energy counted, against the load.
            let achieved = reference > 0 ? quantity / reference : 0
            let price = outcome.map { $0.dual * reference / 100 }
            return compliance(target, kind: "non_hydro_renewable_share", required: minimum, achieved: achieved, atLeast: true,
                              outcome: outcome, shadowPrice: price, unit: "EUR/pp")
        case let .co2Cap(maxTonnes):
            return compliance(target, kind: "co2_cap", required: maxTonnes, achieved: quantity, atLeast: false,
                              outcome: outcome, shadowPrice: outcome.map { -$0.dual }, unit: "EUR/t")
        }
    }

    /// The quantity a target row bounds, on a solved dispatch: its constant plus Σ coefficient × Σ hourly values
    /// (and coefficient × capacity for a capacity term).
    public static func quantity(of definition: TargetTerms, in result: DispatchResult) -> Double {
        definition.terms.reduce(definition.constant) { total, term in
            switch term {
            case let .flow(resource, flow, coefficient): return total + coefficient * result.values(flow, of: resource).reduce(0, +)
            case let .surplus(coefficient): return total + coefficient * result.surplusMW.reduce(0, +)
            case let .capacity(resource, coefficient): return total + coefficient * (result.investedMW[resource] ?? 0)
            }
        }
    }

    /// Σ coefficient × decided capacity over the capacity terms among `terms` (0 outside the investment LP).
    static func capacityPart(of terms: [TargetTerms.Term], in result: DispatchResult) -> Double {
        terms.reduce(0) { total, term in
            guard case let .capacity(resource, coefficient) = term else { return total }
            return total + coefficient * (result.investedMW[resource] ?? 0)
        }
    }

    private static func compliance(_ target: Target, kind: String, required: Double, achieved: Double, atLeast: Bool,
                                   outcome: DispatchResult.TargetOutcome?, shadowPrice: Double?, unit: String?) -> TargetCompliance {
        let met = atLeast ? achieved >= required - tolerance : achieved <= required * (1 + tolerance) + tolerance
        // A row with slack has a zero dual (complementary slackness); what an interior point leaves there is round-off
        // (e.g. 156 EUR per unit on a utilisation target met at 0.983 against 0.95, GLPK stopped at a gap of 3e-5).
        let slack = atLeast ? achieved - required : required - achieved
        let price = shadowPrice.map { abs($0) < 1e-9 || slack > Self.slackTolerance * max(abs(required), 1e-3) ? 0 : $0 }
        return TargetCompliance(
            id: target.id, kind: kind, required: required, achieved: achieved, met: met,
            shortfall: outcome.map { $0.shortfall > tolerance ? $0.shortfall : 0 } ?? 0, shortfallUnit: outcome?.unit ?? "",
            binding: (price ?? 0) > 1e-6, shadowPrice: price, shadowPriceUnit: shadowPrice == nil ? nil : unit, source: target.source)
    }
}
