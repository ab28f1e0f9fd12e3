import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming
import Testing

/// Solves the investment LP of `source` with dual simplex and with interior point (simplex when it does not prove
/// optimality), checks both are optimal with the same objective, and returns the model and the simplex solution.
private func solveInvestment(_ source: Case, sourceLocation: SourceLocation = #_sourceLocation) throws -> (DispatchModel, Solution) {
    let model = DispatchModel(case: source, investing: true)
    let simplex = try GLPKProblem(model.program).solve()
    let interior = try GLPKProblem(model.program).solveInteriorWithFallback().solution
    #expect(simplex.status == .optimal, sourceLocation: sourceLocation)
    #expect(interior.status == .optimal, sourceLocation: sourceLocation)
    #expect(close(simplex.objective, interior.objective), sourceLocation: sourceLocation)
    return (model, simplex)
}

/// Solves `source` with `candidates` as its investment and expects the objective (EUR) and the capacity decided
/// for each resource named in `capacities` (MW).
@discardableResult
private func expectInvestment(_ source: Case, _ candidates: [InvestmentCandidate], objective: Double, capacities: [String: Double],
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> (DispatchModel, Solution) {
    var source = source
    source.investment = Investment(candidates: candidates, discountRate: 0.05)
    let (model, solution) = try solveInvestment(source, sourceLocation: sourceLocation)
    #expect(close(solution.objective, objective), "objective \(solution.objective)", sourceLocation: sourceLocation)
    for (resource, capacity) in capacities {
        #expect(close(decided(model, solution, resource).power, capacity), "\(resource)", sourceLocation: sourceLocation)
    }
    return (model, solution)
}

/// The capacity decided for `resource` (its `invest[NAME]` column), MW, and its energy column, MWh, if any.
private func decided(_ model: DispatchModel, _ solution: Solution, _ resource: String) -> (power: Double, energy: Double?) {
    guard let columns = model.investmentColumns.first(where: { $0.resource == resource }) else { return (.nan, nil) }
    return (solution[columns.power], columns.energy.map { solution[$0] })
}

/// An annual cost, EUR/MW-year, that comes to `eurPerMW` over a window of `hours` (× hours / 8760).
private func annual(_ eurPerMW: Double, hours: Int) -> Double { eurPerMW * 8760 / Double(hours) }

private func lossless(_ name: String, power: Double = 0, energy: Double = 0) -> Storage {
    Storage(name: name, technology: .battery, chargePowerMW: power, dischargePowerMW: power, energyMWh: energy,
            chargeEfficiency: 1, dischargeEfficiency: 1)
}

@Suite("Investment LP")
struct InvestmentTests {
    /// Two hours, load 100 then 200 MW, gas 150 MW at 10 EUR/MWh: the peak is 50 MW short (unserved: 10,000 EUR/MWh).
    /// A lossless 1-hour battery (E = P) charges from gas in hour 1 and discharges in hour 2: per MW of the peak it
    /// costs its power (20 EUR/MW over the window) + 1 MWh of gas (10) = 30. DR costs its capacity + shedding:
    /// - DR at 50 EUR/MW + 100 EUR/MWh = 150 per MW: the battery wins up to its max 30 MW, DR takes the other 20.
    ///   Gas 100 + 30 (charge) + 150 = 280 MWh × 10 = 2,800; battery 30 × 20 = 600; DR 20 × 50 + 20 × 100 = 3,000.
    ///   Objective 6,400.
    /// - DR at 5 EUR/MW + 10 EUR/MWh = 15 per MW, max 30: DR wins 30 MW, the battery takes 20.
    ///   Gas 100 + 20 + 150 = 270 MWh × 10 = 2,700; battery 20 × 20 = 400; DR 30 × 5 + 30 × 10 = 450. Objective 3,550.
    @Test("Battery and DR compete for one peak: the cheaper wins up to its max_mw, the other takes the rest",
          arguments: [(50.0, 100.0, 100.0, 30.0, 20.0, 6_400.0), (5.0, 10.0, 30.0, 20.0, 30.0, 3_550.0)])
    func batteryAgainstDemandResponse(drEURPerMW: Double, shedEURPerMWh: Double, drMaxMW: Double,
                                      batteryMW: Double, drMW: Double, objective: Double) throws {
        let dr = CurtailableLoad(name: "dr", capacityMW: 0, costEURPerMWh: shedEURPerMWh)
        let source = smallCase(load: [100, 200], resources: [thermal("gas", 150, cost: 10), .storage(lossless("bat", power: 1, energy: 1)),
                                                             .curtailableLoad(dr)])
        let (model, _) = try expectInvestment(source, [
            InvestmentCandidate(resource: "bat", maxMW: 30, costEURPerMWYear: annual(20, hours: 2), costSource: "test"),
            InvestmentCandidate(resource: "dr", maxMW: drMaxMW, costEURPerMWYear: annual(drEURPerMW, hours: 2), costSource: "test"),
        ], objective: objective, capacities: ["bat": batteryMW, "dr": drMW])
        #expect(model.program.rowNames.filter { $0.hasPrefix("dr_cap[dr,") }.count == 2)
    }

    /// A lossless battery with its energy sized apart (power 20 EUR/MW, energy 5 EUR/MWh over the window); gas 100 MW
    /// at 10 EUR/MWh; unserved 10,000 EUR/MWh.
    /// - min_hours binds: load 50, 50, 150: a 1-hour spike of 50 MW needs P = 50 and 50 MWh, but E ≥ 2 h × P = 100.
    ///   Gas 50 + 50 + 100 + 50 (charge) = 250 MWh × 10 = 2,500; power 50 × 20 = 1,000; energy 100 × 5 = 500: 4,000.
    /// - max_hours binds: load 0, 0, 150, 150: 100 MWh over two hours needs P = 50 and E = 100, but E ≤ 1 h × P, so
    ///   P = 100. Gas 0 + 0 + 100 + 100 + 100 (charge) = 300 MWh × 10 = 3,000; power 100 × 20 = 2,000; energy
    ///   100 × 5 = 500: 5,500.
    @Test("A duration bound binds and the energy column sits on it",
          arguments: [([50.0, 50, 150], 2.0, 4.0, 50.0, 100.0, 4_000.0), ([0.0, 0, 150, 150], 0.5, 1.0, 100.0, 100.0, 5_500.0)])
    func durationBound(load: [Double], minHours: Double, maxHours: Double, power: Double, energy: Double, objective: Double) throws {
        let source = smallCase(load: load, resources: [thermal("gas", 100, cost: 10), .storage(lossless("bat"))])
        let (model, solution) = try expectInvestment(source, [
            InvestmentCandidate(resource: "bat", maxMW: 1_000, costEURPerMWYear: annual(20, hours: load.count),
                                energy: EnergyCandidate(minHours: minHours, maxHours: maxHours, costEURPerMWhYear: annual(5, hours: load.count)),
                                costSource: "test"),
        ], objective: objective, capacities: [:])
        let (decidedPower, decidedEnergy) = decided(model, solution, "bat")
        #expect(close(decidedPower, power))
        #expect(close(decidedEnergy ?? .nan, energy))
        let bound = minHours * power == energy ? "duration_min[bat]" : "duration_max[bat]"
        let row = try #require(model.program.rowNames.firstIndex(of: bound))
        #expect(abs(solution.rowActivities[row]) <= 1e-6)
    }

    /// Four hours of 100 MW load; wind 100 MW with capacity factors 0, 0.8, 0.8, 0; coal 100 MW at 30 EUR/MWh with
    /// commitment, minimum stable load 0.5 and 40 EUR per MW started. In hours 2–3 coal need only make 20 MW:
    /// - without a retrofit it either stays online at 100 MW, making 50 and curtailing 30 MWh an hour (60 MWh × 30 =
    ///   1,800 EUR of coal), or drops to 40 MW online and starts 60 MW up again in hour 4 (60 × 40 = 2,400): it curtails;
    /// - each MW retrofitted to 0.2 lowers the floor by 0.3 MW: 100 MW retrofitted make the floor 50 − 30 = 20, saving
    ///   0.3 × 2 h × 30 = 18 EUR per MW over the window.
    /// At 12 EUR/MW over the window the retrofit is chosen in full: coal 2 × 100 × 30 + 2 × 20 × 30 = 7,200, retrofit
    /// 100 × 12 = 1,200: 8,400. At 24 EUR/MW it is not: coal 2 × 100 × 30 + 2 × 50 × 30 = 9,000.
    @Test("A coal retrofit is chosen only when its cost is below the start-up and curtailment it saves",
          arguments: [(12.0, 100.0, 8_400.0), (24.0, 0.0, 9_000.0)])
    func retrofitWithCommitment(eurPerMW: Double, retrofitMW: Double, objective: Double) throws {
        let source = smallCase(load: [100, 100, 100, 100], resources: [
            thermal("coal", 100, cost: 30, minLoad: 0.5, commitment: true, startup: 40), wind(100, cf: [0, 0.8, 0.8, 0]),
        ])
        let (model, _) = try expectInvestment(source, [
            InvestmentCandidate(resource: "coal", decision: .retrofit(minStableLoad: 0.2), maxMW: 100,
                                costEURPerMWYear: annual(eurPerMW, hours: 4), costSource: "test"),
        ], objective: objective, capacities: ["coal": retrofitMW])
        #expect(model.program.rowNames.filter { $0.hasPrefix("retrofit_cap[coal,") }.count == 4)
    }

    /// The same hours without commitment: coal is a must-run floor of 0.5 × 100 = 50 MW and curtails 30 MWh in
    /// hours 2 and 3 (60 MWh of coal at 30 EUR: 1,800). The retrofit saves 0.3 × 2 h × 30 = 18 EUR per MW again; at
    /// 12 EUR/MW all 100 MW are retrofitted: coal 2 × 100 × 30 + 2 × 20 × 30 = 7,200 + 1,200 = 8,400.
    @Test("A retrofit without commitment lowers the must-run floor")
    func retrofitWithoutCommitment() throws {
        let source = smallCase(load: [100, 100, 100, 100], resources: [thermal("coal", 100, cost: 30, minLoad: 0.5), wind(100, cf: [0, 0.8, 0.8, 0])])
        try expectInvestment(source, [
            InvestmentCandidate(resource: "coal", decision: .retrofit(minStableLoad: 0.2), maxMW: 100,
                                costEURPerMWYear: annual(12, hours: 4), costSource: "test"),
        ], objective: 8_400, capacities: ["coal": 100])
    }

    /// Two hours of 100 MW load, coal 100 MW at 30 EUR/MWh, wind candidate at 10 EUR/MW over the window with
    /// capacity factors 1 and 0.5. Each MW saves 30 + 15 EUR of coal up to 100 MW and 15 more up to 200 MW, so
    /// without a target the LP builds 200 MW and curtails 100 of its 300 MWh (utilisation 2/3). With utilisation
    /// ≥ 0.75: curtailed C − 100 ≤ 0.25 × 1.5 C gives C = 160 (available 240 MWh, 60 curtailed). Objective: wind
    /// 160 × 10 = 1,600, coal (100 − 80) × 30 = 600: 2,200.
    @Test("A wind candidate's capacity meets a utilisation target through its capacity term")
    func windWithUtilisationTarget() throws {
        let target = Target(id: "util", requirement: .renewableUtilisation(minimum: 0.75, resources: []))
        let source = smallCase(load: [100, 100], resources: [thermal("coal", 100, cost: 30), wind(0, cf: [1, 0.5])], targets: [target])
        let (model, solution) = try expectInvestment(source, [
            InvestmentCandidate(resource: "wind", maxMW: 1_000, costEURPerMWYear: annual(10, hours: 2), costSource: "test"),
        ], objective: 2_200, capacities: ["wind": 160])
        let compliance = Compliance.evaluate(case: model.source, result: model.result(from: solution))
        #expect(close(compliance[0].achieved, 0.75))
        #expect(compliance[0].met)
    }

    /// Two hours of 100 MW load; coal 100 MW at 10 EUR/MWh, counted without forced outage; margin 0.2: 120 MW firm
    /// needed, 20 short each hour (1,000 EUR per MW-hour short). A lossless 2-hour battery candidate at 5 EUR/MW
    /// over the window offers reserve within P − discharge and soc ÷ 1 h: P = 20 MW holding 20 MWh (cyclic, so it
    /// needs no charging) meets both hours. Objective: coal 200 × 10 = 2,000 + 20 × 5 = 100: 2,100.
    @Test("The adequacy row counts a storage candidate through its capacity columns")
    func adequacyWithStorageCandidate() throws {
        var source = smallCase(load: [100, 100], resources: [thermal("coal", 100, cost: 10), .storage(lossless("bat", power: 10, energy: 20))])
        source.adequacy = Adequacy(margin: 0.2, forcedOutageRates: [.coal: 0], storageHours: 1)
        let (model, _) = try expectInvestment(source, [
            InvestmentCandidate(resource: "bat", maxMW: 1_000, costEURPerMWYear: annual(5, hours: 2), costSource: "test"),
        ], objective: 2_100, capacities: ["bat": 20])
        let names = model.program.columnNames
        for hour in 1...2 {
            let row = try #require(model.program.rowNames.firstIndex(of: "reserve_power[bat,t=\(hour)]"))
            let copy = try #require(names.firstIndex(of: "invest_hour[bat,t=\(hour)]"))
            let program = model.program
            #expect(program.entryRows.indices.contains {
                program.entryRows[$0] == row && program.entryColumns[$0] == copy && program.entryValues[$0] == -1
            })
        }
        #expect(model.adequacyRows?.rows.allSatisfy { $0 != nil } == true)
    }

    /// Outside the investment LP candidates keep the case's capacities: the program of a case with a candidate of
    /// every kind is the program of the same case without them, column for column and row for row.
    @Test("Without investing the LP ignores the candidates")
    func dispatchIgnoresCandidates() {
        let target = Target(id: "util", requirement: .renewableUtilisation(minimum: 0.9, resources: []))
        var source = smallCase(load: [100, 150, 120], resources: [
            thermal("coal", 100, cost: 30, minLoad: 0.5, commitment: true, startup: 5), wind(50, cf: [0.5, 0.2, 0.9]),
            .storage(lossless("bat", power: 10, energy: 20)), .curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 5, costEURPerMWh: 80)),
        ], targets: [target])
        source.adequacy = Adequacy(margin: 0.15)
        let plain = DispatchModel(case: source).program
        source.investment = Investment(candidates: [
            InvestmentCandidate(resource: "coal", decision: .retrofit(minStableLoad: 0.2), maxMW: 50, costEURPerMWYear: 1, costSource: "test"),
            InvestmentCandidate(resource: "wind", maxMW: 500, costEURPerMWYear: 1, costSource: "test"),
            InvestmentCandidate(resource: "bat", maxMW: 500, costEURPerMWYear: 1,
                                energy: EnergyCandidate(minHours: 1, maxHours: 4, costEURPerMWhYear: 1), costSource: "test"),
            InvestmentCandidate(resource: "dr", maxMW: 500, costEURPerMWYear: 1, costSource: "test"),
        ], discountRate: 0.05)
        let model = DispatchModel(case: source)
        #expect(model.program.columnNames == plain.columnNames && model.program.columnBounds == plain.columnBounds)
        #expect(model.program.objective == plain.objective && model.program.rowNames == plain.rowNames && model.program.rowBounds == plain.rowBounds)
        #expect(model.program.entryValues == plain.entryValues && model.program.entryColumns == plain.entryColumns)
        #expect(model.investmentColumns.isEmpty)
        #expect(DispatchModel(case: source, investing: true).investmentColumns.map(\.resource) == ["coal", "wind", "bat", "dr"])
    }
}
