import Analysis
import DispatchBuilder
import GridModel
import Solving
import Testing

/// Two regions of two hours, 100 MW of load each: AA has a 1,000 MW plant at 10 EUR/MWh, BB one at 50 EUR/MWh.
private func pair(_ link: Link) -> RegionalCase {
    RegionalCase(name: "pair", regions: [
        Case(name: "a", region: "AA", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100], resources: [thermal("cheap", 1000, cost: 10)]),
        Case(name: "b", region: "BB", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100], resources: [thermal("dear", 1000, cost: 50)]),
    ], links: [link])
}

/// `link` with flow profiles.
private func profiled(_ link: Link, maximum: [Double]? = nil, minimum: [Double]? = nil) -> Link {
    var link = link
    link.profiles = FlowProfiles(maximumPerUnit: maximum, minimumForwardPerUnit: minimum)
    return link
}

@Suite("Link flow profiles")
struct LinkProfileTests {
    @Test("A maximum profile caps the flow in one hour: flows, prices and rent by hand")
    func maximumProfile() throws {
        // 60 MW from cheap AA to dear BB, loss 0.1, wheeling 2 EUR/MWh: a MWh sent costs 12 and is worth 0.9 × 50 = 45
        // in BB, so the link runs at its limit: 60 MW in hour 1, 0.5 × 60 = 30 MW in hour 2 (the profile).
        // Hour 1: AA 160 MW, BB 100 − 54 = 46 MW: 1,600 + 2,300 + 120 = 4,020 EUR.
        // Hour 2: AA 130 MW, BB 100 − 27 = 73 MW: 1,300 + 3,650 + 60 = 5,010 EUR. Total 9,030 EUR.
        // Prices stay each plant's (10 and 50); rent 60 × 33 + 30 × 33 = 2,970 EUR; both hours at their limit.
        let link = profiled(Link(from: "AA", to: "BB", forwardCapacityMW: 60, lossPerUnit: 0.1, wheelingEURPerMWh: 2), maximum: [1, 0.5])
        let run = try RegionalRun(case: pair(link), method: .simplex)
        #expect(run.summary.status == "optimal")
        #expect(close(run.result.objective, 9_030))
        #expect(close(run.result.links[0].forwardMW, [60, 30]))
        #expect(close(series(run.regions[0], "cheap", .generation), [160, 130]))
        #expect(close(series(run.regions[1], "dear", .generation), [46, 73]))
        #expect(close(run.result.regions[0].priceEURPerMWh, [10, 10]))
        #expect(close(run.result.regions[1].priceEURPerMWh, [50, 50]))
        #expect(run.summary.links[0].hoursAtLimit == 2)
        #expect(close(run.summary.links[0].congestionRentEUR, 2_970))
    }

    @Test("A must-flow profile forces a flow against the prices; its rent is negative")
    func minimumProfile() throws {
        // One-way 60 MW from dear BB to cheap AA, must carry 0.5 × 60 = 30 MW in hour 2 (nothing would flow freely).
        // Hour 1: each region serves itself: 1,000 + 5,000 = 6,000 EUR. Hour 2: BB makes 130 MW, AA gets 27 MW and
        // makes 73: 730 + 6,500 + 30 × 2 = 7,290 EUR. Total 13,290 EUR. Rent in the held hour: 30 × (0.9 × 10 − 50 − 2)
        // = −1,290 EUR.
        let link = profiled(Link(from: "BB", to: "AA", forwardCapacityMW: 60, backwardCapacityMW: 0, lossPerUnit: 0.1, wheelingEURPerMWh: 2),
                            minimum: [0, 0.5])
        let run = try RegionalRun(case: pair(link), method: .simplex)
        #expect(close(run.result.objective, 13_290))
        #expect(close(run.result.links[0].forwardMW, [0, 30]))
        #expect(close(series(run.regions[0], "cheap", .generation), [100, 73]))
        #expect(close(run.summary.links[0].congestionRentEUR, -1_290))
        #expect(run.model.program.columnBounds[run.model.links[0].forward[1]!.index] == .between(30, 60))
    }

    @Test("A must-flow the sender cannot carry makes the LP infeasible instead of buying lost load to send")
    func infeasibleMustFlow() throws {
        // AA can supply at most its 1,000 MW plant plus its own 100 MW load shed: 1,100 MW < the 2,000 MW schedule.
        // The link is two-way, but in an hour with a must-flow its backward bound is 0: BB cannot send the schedule back.
        let link = profiled(Link(from: "AA", to: "BB", forwardCapacityMW: 2_000), minimum: [1, 1])
        let run = try RegionalRun(case: pair(link), method: .simplex)
        #expect(run.model.program.columnBounds[run.model.links[0].backward[0]!.index] == .fixed(0))
        #expect(!run.result.regions[0].status.hasSolution)
        #expect(run.summary.status != "optimal")
    }
}
