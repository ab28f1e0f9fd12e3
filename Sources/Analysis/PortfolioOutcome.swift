import DispatchBuilder
import GridModel

/// A candidate's size in one portfolio.
public struct CandidateSize: Sendable, Equatable {
    /// Power, MW (retrofit: MW retrofitted).
    public var powerMW: Double
    /// Storage energy, MWh; `nil` for other kinds.
    public var energyMWh: Double?

    /// A size.
    public init(powerMW: Double, energyMWh: Double? = nil) {
        self.powerMW = powerMW
        self.energyMWh = energyMWh
    }

    /// The candidate's size in the case as written (the plan's portfolio): the resource's own capacity, and no
    /// retrofit.
    public static func asWritten(_ candidate: InvestmentCandidate, in source: Case) -> CandidateSize {
        if case .retrofit = candidate.decision { return CandidateSize(powerMW: 0) }
        switch source.resources.first(where: { $0.name == candidate.resource }) {
        case let .storage(unit)?: return CandidateSize(powerMW: unit.dischargePowerMW, energyMWh: unit.energyMWh)
        case let resource?: return CandidateSize(powerMW: resource.ratedPowerMW)
        case nil: return CandidateSize(powerMW: 0)
        }
    }
}

/// One portfolio dispatched: the candidates' sizes, the case with those capacities, its dispatch and its LP
/// objective; for the least-cost portfolio also the investment LP it was read from.
public struct PortfolioOutcome: Sendable {
    /// Resource name → size, for every candidate.
    public var sizes: [String: CandidateSize]
    /// The case with the portfolio's capacities, against which targets and adequacy are read.
    public var dispatchedCase: Case
    /// The dispatch of `dispatchedCase`: targets met, adequacy, operating cost and penalties are read from it.
    public var result: DispatchResult
    /// Whether `result`'s objective holds the candidates' capital (an investment LP's solution) or not (a dispatch).
    public var capitalInObjective: Bool
    /// The least-cost portfolio only: the investment LP's solution the sizes were read from, with its case (the
    /// candidates as columns). Its objective is `objective_eur`, and its target and adequacy duals are the shadow
    /// prices (what tightening costs when the capacities may respond, which a dispatch at fixed capacities cannot say).
    public var investmentLP: (source: Case, result: DispatchResult)?

    /// An outcome.
    public init(sizes: [String: CandidateSize], dispatchedCase: Case, result: DispatchResult, capitalInObjective: Bool,
                investmentLP: (source: Case, result: DispatchResult)? = nil) {
        self.sizes = sizes
        self.dispatchedCase = dispatchedCase
        self.result = result
        self.capitalInObjective = capitalInObjective
        self.investmentLP = investmentLP
    }

    /// The solution shadow prices come from, read against its own case: the investment LP's when there is one, else
    /// the dispatch's.
    public var pricing: (source: Case, result: DispatchResult) { investmentLP ?? (dispatchedCase, result) }
}

extension Case {
    /// The case to dispatch at a portfolio: each candidate's capacity set to `sizes` (storage power both ways and
    /// energy; curtailable load and wind and solar capacity). A retrofit of positive size stays a candidate, fixed at
    /// that size and at no capital cost (capital is counted apart), so that a dispatch built with `investing` holds the
    /// lower minimum stable load of the MW retrofitted; every other candidate is gone, and `investment` is `nil` when
    /// none is left.
    public func withCandidateSizes(_ sizes: [String: CandidateSize]) -> Case {
        var copy = self
        let retrofits = (investment?.candidates ?? []).compactMap { candidate -> InvestmentCandidate? in
            guard case .retrofit = candidate.decision, let power = sizes[candidate.resource]?.powerMW, power > 0 else { return nil }
            return InvestmentCandidate(resource: candidate.resource, decision: candidate.decision, minMW: power, maxMW: power,
                                       costEURPerMWYear: 0, costSource: candidate.costSource)
        }
        copy.investment = retrofits.isEmpty ? nil : Investment(candidates: retrofits, discountRate: investment?.discountRate ?? 0)
        copy.resources = resources.map { resource in
            guard let size = sizes[resource.name], investment?.candidate(for: resource.name)?.decision == .capacity else { return resource }
            switch resource {
            case var .storage(unit):
                unit.chargePowerMW = size.powerMW
                unit.dischargePowerMW = size.powerMW
                unit.energyMWh = size.energyMWh ?? unit.energyMWh
                return .storage(unit)
            case var .curtailableLoad(load):
                load.capacityMW = size.powerMW
                return .curtailableLoad(load)
            case var .renewable(plant):
                plant.capacityMW = size.powerMW
                return .renewable(plant)
            default:
                return resource
            }
        }
        return copy
    }
}
