import DispatchBuilder
import GridModel

/// What one link did over the window.
public struct LinkSummary: Sendable, Codable, Equatable {
    /// The link's name.
    public var name: String
    /// Region code of the sending end of the forward flow.
    public var from: String
    /// Region code of the other end.
    public var to: String
    /// Capacity from `from` to `to`, MW.
    public var forwardCapacityMW: Double
    /// Capacity from `to` to `from`, MW.
    public var backwardCapacityMW: Double
    /// Energy sent from `from` to `to`, MWh.
    public var forwardMWh: Double
    /// Energy sent from `to` to `from`, MWh.
    public var backwardMWh: Double
    /// Energy lost on the way, both directions, MWh.
    public var lossMWh: Double
    /// Forward energy sent over what the capacity could have sent in the window, per unit (0 without capacity).
    public var forwardUtilisation: Double
    /// The same backward, per unit.
    public var backwardUtilisation: Double
    /// Hours in which either direction runs at its limit: its capacity, or the share of it the link's maximum flow
    /// profile allows that hour.
    public var hoursAtLimit: Int
    /// Congestion rent: what the receiving ends paid for the energy delivered minus what the sending ends were paid
    /// for it and the wheeling charge, at the hourly marginal prices, EUR. Counted in the hours at the limit (and, forward,
    /// at a positive must-flow floor) only: in any other hour the flow's reduced cost is zero, so the price spread equals the loss and wheeling exactly and
    /// whatever an interior point leaves there is round-off.
    public var congestionRentEUR: Double
    /// Wheeling charges paid, EUR.
    public var wheelingEUR: Double

    /// Summarises a link's flows, with the hourly marginal prices of its two ends (EUR/MWh).
    public init(_ flows: LinkFlows, priceFromEURPerMWh: [Double], priceToEURPerMWh: [Double]) {
        let link = flows.link
        let hours = flows.forwardMW.count
        name = link.name
        from = link.from
        to = link.to
        forwardCapacityMW = link.forwardCapacityMW
        backwardCapacityMW = link.backwardCapacityMW
        // Flows below the activity tolerance are an interior point's round-off, not energy sent.
        let forward = flows.forwardMW.map { ActivityTolerance.isActive($0, capacityMW: link.forwardCapacityMW) ? $0 : 0 }
        let backward = flows.backwardMW.map { ActivityTolerance.isActive($0, capacityMW: link.backwardCapacityMW) ? $0 : 0 }
        forwardMWh = forward.reduce(0, +)
        backwardMWh = backward.reduce(0, +)
        lossMWh = link.lossPerUnit * (forwardMWh + backwardMWh)
        func utilisation(_ energyMWh: Double, _ capacityMW: Double) -> Double {
            capacityMW > 0 && hours > 0 ? energyMWh / (capacityMW * Double(hours)) : 0
        }
        forwardUtilisation = utilisation(forwardMWh, link.forwardCapacityMW)
        backwardUtilisation = utilisation(backwardMWh, link.backwardCapacityMW)
        func atBound(_ flowMW: Double, _ boundMW: Double, _ capacityMW: Double) -> Bool {
            boundMW > 0 && !ActivityTolerance.isActive(abs(boundMW - flowMW), capacityMW: capacityMW)
        }
        let forwardLimited = (0..<hours).filter { atBound(forward[$0], link.forwardMaximumMW(at: $0), link.forwardCapacityMW) }
        let backwardLimited = (0..<hours).filter { atBound(backward[$0], link.backwardMaximumMW(at: $0), link.backwardCapacityMW) }
        hoursAtLimit = Set(forwardLimited + backwardLimited).count
        // A flow held at its must-flow floor has a reduced cost too: its (negative) rent is what the schedule costs.
        let atForwardLimit = Set(forwardLimited)
        let forwardHeld = (0..<hours).filter { t in
            atBound(forward[t], link.forwardMinimumMW(at: t), link.forwardCapacityMW) && !atForwardLimit.contains(t)
        }
        let forwardRent = (forwardLimited + forwardHeld).reduce(0.0) { rent, t in
            rent + forward[t] * (link.efficiency * priceToEURPerMWh[t] - priceFromEURPerMWh[t] - link.wheelingEURPerMWh)
        }
        congestionRentEUR = backwardLimited.reduce(forwardRent) { rent, t in
            rent + backward[t] * (link.efficiency * priceFromEURPerMWh[t] - priceToEURPerMWh[t] - link.wheelingEURPerMWh)
        }
        wheelingEUR = link.wheelingEURPerMWh * (forwardMWh + backwardMWh)
    }
}

/// A regional dispatch summarised: each region as a case of its own, and the links between them.
public struct RegionalSummary: Sendable, Codable, Equatable {
    /// Case name.
    public var caseName: String
    /// Hour window, `A-B`.
    public var window: String
    /// Number of hours.
    public var hours: Int
    /// Solver status.
    public var status: String
    /// Cost of the whole dispatch, wheeling included, EUR.
    public var objective: Double
    /// Each region's summary; its `objective` is its own columns' cost, and its solver facts are those of its own
    /// part of the LP.
    public var regions: [CaseSummary]
    /// Each link's flows and rent.
    public var links: [LinkSummary]
    /// The whole LP's solver facts.
    public var solver: SolverFacts
    /// Each target over a group of regions, judged on the dispatch.
    public var groupTargets: [GroupTargetCompliance]

    /// A summary.
    public init(caseName: String, window: String, hours: Int, status: String, objective: Double, regions: [CaseSummary], links: [LinkSummary],
                solver: SolverFacts, groupTargets: [GroupTargetCompliance] = []) {
        self.caseName = caseName
        self.window = window
        self.hours = hours
        self.status = status
        self.objective = objective
        self.regions = regions
        self.links = links
        self.solver = solver
        self.groupTargets = groupTargets
    }
}
