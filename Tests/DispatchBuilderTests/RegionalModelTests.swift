import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming
import Solving
import Testing

/// Two regions of two hours, 100 MW of load each: AA has a 1,000 MW plant at 10 EUR/MWh, BB one at 50 EUR/MWh.
private func twoRegions(_ link: Link) -> RegionalCase {
    RegionalCase(name: "pair", regions: [
        Case(name: "a", region: "AA", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100], resources: [thermal("cheap", 1000, cost: 10)]),
        Case(name: "b", region: "BB", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100], resources: [thermal("dear", 1000, cost: 50)]),
    ], links: [link])
}

/// Solves with dual simplex and with `auto`; both optimal with the same objective; returns the simplex run.
private func solveBoth(_ source: RegionalCase) throws -> RegionalRun {
    let simplex = try RegionalRun(case: source, method: .simplex)
    let auto = try RegionalRun(case: source, method: .auto)
    #expect(simplex.result.regions.allSatisfy { $0.status == .optimal } && simplex.summary.status == "optimal")
    #expect(close(auto.result.objective, simplex.result.objective))
    return simplex
}

@Suite("Regional dispatch")
struct RegionalModelTests {
    @Test("A congested link with a loss: flows at the limit, prices apart by more than loss and wheeling, the rent")
    func congestedLink() throws {
        // Sending a MWh from AA costs 10 + 2 (wheeling) and lands 0.9 MWh in BB, worth 0.9 × 50 = 45 there, so the
        // link runs at its 60 MW: AA's plant makes 100 + 60 = 160 MW, BB's 100 − 0.9 × 60 = 46 MW.
        // Cost per hour: 160 × 10 + 46 × 50 + 60 × 2 = 4,020 EUR; prices stay each plant's (10 and 50);
        // rent per hour 60 × (0.9 × 50 − 10 − 2) = 1,980 EUR.
        let run = try solveBoth(twoRegions(Link(from: "AA", to: "BB", forwardCapacityMW: 60, lossPerUnit: 0.1, wheelingEURPerMWh: 2)))
        #expect(close(run.result.objective, 8_040))
        #expect(close(run.result.links[0].forwardMW, [60, 60]))
        #expect(close(run.result.links[0].backwardMW, [0, 0]))
        #expect(close(series(run.regions[0], "cheap", .generation), [160, 160]))
        #expect(close(series(run.regions[1], "dear", .generation), [46, 46]))
        #expect(close(run.result.regions[0].priceEURPerMWh, [10, 10]))
        #expect(close(run.result.regions[1].priceEURPerMWh, [50, 50]))
        let link = run.summary.links[0]
        #expect(close(link.congestionRentEUR, 3_960))
        #expect(link.hoursAtLimit == 2)
        #expect(close(link.lossMWh, 12))
        #expect(close(link.forwardUtilisation, 1))
        #expect(close(link.wheelingEUR, 240))
        // Each region's objective is its own columns' cost: 2 × 1,600 and 2 × 2,300; the wheeling is the link's.
        #expect(close(run.summary.regions[0].objective, 3_200))
        #expect(close(run.summary.regions[1].objective, 4_600))
    }

    @Test("A slack lossless link: one price on both sides and no rent")
    func slackLink() throws {
        // BB's 100 MW all come from AA at 10 EUR/MWh: 200 MW × 10 = 2,000 EUR per hour, price 10 on both sides.
        let run = try solveBoth(twoRegions(Link(from: "AA", to: "BB", forwardCapacityMW: 500)))
        #expect(close(run.result.objective, 4_000))
        #expect(close(run.result.links[0].forwardMW, [100, 100]))
        #expect(close(run.result.regions[1].priceEURPerMWh, [10, 10]))
        #expect(close(run.summary.links[0].congestionRentEUR, 0))
        #expect(run.summary.links[0].hoursAtLimit == 0)
    }

    @Test("A slack link with a loss and wheeling: prices apart by exactly those, and the loss in the balance")
    func slackLossyLink() throws {
        // BB's 100 MW arrive as 0.9 x with x = 111.11 MW sent: AA makes 211.11 MW; cost per hour 211.11 × 10 +
        // 111.11 × 2 = 2,333.33 EUR. BB's price is what one more MWh there costs: (10 + 2) / 0.9 = 13.333 EUR/MWh.
        let run = try solveBoth(twoRegions(Link(from: "AA", to: "BB", forwardCapacityMW: 500, lossPerUnit: 0.1, wheelingEURPerMWh: 2)))
        let sent = 100 / 0.9
        #expect(close(run.result.objective, 2 * ((100 + sent) * 10 + sent * 2)))
        #expect(close(run.result.links[0].forwardMW, [sent, sent]))
        #expect(close(series(run.regions[0], "cheap", .generation), [100 + sent, 100 + sent]))
        #expect(close(run.result.regions[0].priceEURPerMWh, [10, 10]))
        #expect(close(run.result.regions[1].priceEURPerMWh, [12 / 0.9, 12 / 0.9]))
        #expect(close(run.summary.links[0].congestionRentEUR, 0, tolerance: 1e-6))
        #expect(close(run.summary.links[0].lossMWh, 2 * sent * 0.1))
    }

    @Test("Names are scoped by region; a region's part of the LP is its own LP")
    func scopedNames() {
        let model = RegionalModel(case: twoRegions(Link(from: "AA", to: "BB", forwardCapacityMW: 60, backwardCapacityMW: 0)))
        #expect(model.program.rowNames.contains("balance[AA,t=1]"))
        #expect(model.program.columnNames.contains("gen[BB,dear,t=2]"))
        #expect(model.program.columnNames.contains("flow[AA-BB,t=2]"))
        // No backward capacity: no backward column.
        #expect(!model.program.columnNames.contains { $0.hasPrefix("flow_back[") })
        let alone = DispatchModel(case: twoRegions(Link(from: "AA", to: "BB", forwardCapacityMW: 1)).regions[1])
        let placement = model.placements[1]
        #expect(model.program.columnNames[placement.columnOffset..<(placement.columnOffset + placement.columnCount)]
            .elementsEqual(alone.program.columnNames.map { LinearProgram.scoped($0, by: "BB") }))
        #expect(LinearProgram.scoped("adequacy_none", by: "GX") == "adequacy_none[GX]")
    }
}
