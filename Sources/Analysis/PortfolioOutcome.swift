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
/// objective.
public struct PortfolioOutcome: Sendable {
    /// Resource name → size, for every candidate.
    public var sizes: [String: CandidateSize]
    /// The case with the portfolio's capacities, against which targets and adequacy are read.
    public var dispatchedCase: Case
    /// The dispatch (or the investment LP's solution read back).
    public var result: DispatchResult
    /// Whether the objective holds the candidates' capital (the investment LP) or not (a dispatch).
    public var capitalInObjective: Bool

    /// An outcome.
    public init(sizes: [String: CandidateSize], dispatchedCase: Case, result: DispatchResult, capitalInObjective: Bool) {
        self.sizes = sizes
        self.dispatchedCase = dispatchedCase
        self.result = result
        self.capitalInObjective = capitalInObjective
    }
}

extension Case {
    /// The case to dispatch at a portfolio: each candidate's capacity set to `sizes` (storage power both ways and
    /// energy; curtailable load and wind and solar capacity) and no candidates left. Retrofits leave the plant as it
    /// is: no target or adequacy row reads its minimum stable load.
    public func withCandidateSizes(_ sizes: [String: CandidateSize]) -> Case {
        var copy = self
        copy.investment = nil
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
