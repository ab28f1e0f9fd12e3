import Analysis
import GridModel
import LinearProgramming
import Solving
import Testing

@Suite("Adequacy")
struct AdequacyTests {
    /// Three hours, load 100, 100, 210 MW; margin 0.1, so firm contributions must reach 110, 110, 231 MW.
    /// - coal 150 MW at 10 EUR/MWh and gas 100 MW at 100 EUR/MWh, both at forced-outage rate 0.2: 120 + 80 = 200 MW firm.
    /// - `big` storage 50 MW / 200 MWh, efficiency 1 both ways, cyclic: it charges 50 MWh from coal in hours 1–2 and
    ///   discharges 50 MW in hour 3 instead of gas (saves 90 EUR/MWh, more than the 50 EUR/MW shortfall penalty that
    ///   holding back would avoid). At full discharge its headroom is 50 − 50 = 0: it counts 0 MW in hour 3.
    /// - `small` storage 20 MW / 5 MWh, discharge efficiency 0.8, discharge cost 200 EUR/MWh (never used): its state of
    ///   charge stays at 5 MWh, which sustains 5 × 0.8 ÷ 2 h = 2 MW for the 2 hours asked: it counts 2 MW, not 20.
    /// - `dr` 10 MW at 1,000 EUR/MWh, 10 MWh a day (1 h at full capacity): never shed; its 10 MWh of daily reserve go to
    ///   hour 3, the only hour short, and count 0 in hours 1 and 2.
    /// Hour 3: 231 − 200 − 0 − 2 − 10 = 19 MW short at 50 EUR/MW: the row's dual is 50 in hour 3 and 0 in hours 1–2.
    /// Cost: coal 250 MWh × 10 + coal 150 + gas 10 MWh × 100 in hour 3 = 2,500 + 1,500 + 1,000 = 5,000 EUR, plus the
    /// penalty 19 × 50 = 950 EUR: objective 5,950 EUR. Capacity values: coal 50 × 0.8 = 40 EUR/MW, dr 50 × 10 ÷ 10 = 50,
    /// small 50 × 2 ÷ 20 = 5, big 0. Worst hour 3: firm 212 MW − load 210 MW = 2 MW (2 ÷ 210 of load).
    @Test("Storage counts what its state of charge and headroom allow, DR within its hours, the shortfall at its penalty")
    func handWorkedThreeHours() throws {
        let source = Self.threeHours
        let run = try solveAllMethods(source)
        #expect(close(run.result.objective, 5_950))
        #expect(close(series(run, "big", .discharge)[2], 50))
        #expect(close(series(run, "big", .reserve)[2], 0))
        #expect(close(series(run, "small", .reserve)[2], 2))
        #expect(close(series(run, "dr", .reserve), [0, 0, 10]))
        let outcome = try #require(run.result.adequacy)
        #expect(close(outcome.shortfallMW, [0, 0, 19]))
        #expect(close(outcome.dualEURPerMW, [0, 0, 50]))

        let summary = try #require(run.summary.adequacy)
        #expect(summary.hoursShort == 1 && summary.hoursCovered == 2 && close(summary.shortfallMWh, 19))
        #expect(summary.worstHour == 3 && close(summary.worstMarginMW, 2) && close(summary.worstMarginShare, 2.0 / 210))
        let values = Dictionary(uniqueKeysWithValues: summary.capacityValues.map { ($0.resource, $0.eurPerMW) })
        #expect(close(values["coal"] ?? -1, 40) && close(values["dr"] ?? -1, 50) && close(values["small"] ?? -1, 5))
        #expect(close(run.summary.kpis.operatingCostEUR, 5_000))
        #expect(run.model.program.rowNames.contains("adequacy[t=3]") && run.model.program.rowNames.contains("reserve_day[dr,d=1]"))
        // Hours 1 and 2: fixed firm 200 MW ≥ 110 MW, so no row could bind there and none is written.
        #expect(!run.model.program.rowNames.contains("adequacy[t=1]"))
    }

    /// The case above: the bounds that the `reserve_power` rows imply are not written (GLPK's interior point pays an
    /// extra row for each), and the objective stays the hand-worked 5,950 EUR (``handWorkedThreeHours()``, all
    /// methods). Hour 3 has a row: reserve + discharge ≤ 50 holds `big`'s discharge below its 50 MW, reserve + shed ≤
    /// 10 holds `dr`'s shed below its 10 MW, so neither keeps an upper bound there; hours 1 and 2 have no row and keep
    /// them. The shortfall at a positive penalty never exceeds what the row asks, so it has no upper bound either.
    @Test("Bounds the reserve rows imply are left out, the optimum unchanged")
    func impliedBoundsLeftOut() throws {
        let run = try solveAllMethods(Self.threeHours)
        let program = run.model.program
        func bounds(_ name: String) throws -> Bounds {
            program.columnBounds[try #require(program.columnNames.firstIndex(of: name))]
        }
        #expect(try bounds("discharge[big,t=3]") == .nonNegative && bounds("shed[dr,t=3]") == .nonNegative)
        #expect(try bounds("discharge[big,t=1]") == .upTo(50) && bounds("shed[dr,t=2]") == .upTo(10))
        #expect(try bounds("reserve[big,t=3]") == .nonNegative && bounds("reserve[small,t=3]") == .nonNegative)
        #expect(try bounds("adequacy_shortfall[t=3]") == .nonNegative)
        #expect(close(run.result.objective, 5_950))
    }

    /// The case above without its new-type storage (`big` and `small`): hour 3 takes 60 MW of gas instead of 10, so
    /// operating cost is 2,000 (coal, hours 1–2) + 1,500 + 6,000 = 9,500 EUR, Δ +4,500; hour 3 is still short
    /// (231 − 200 − 10 = 21 MW): Δ hours short 0; generators see 210 MW in hour 3 instead of 210 − 50 = 160
    /// (hours 1–2: 100 + at most 50 of charging): Δ peak +50 MW. Without DR: cost unchanged, still one hour short.
    @Test("Contributions: the case re-solved without each group, deltas as worked by hand")
    func contributions() throws {
        let source = Self.threeHours
        let with = try CaseRun(case: source, method: .simplex)
        let groups = Contributions.groups(in: source)
        #expect(groups.map(\.name) == ["new_storage", "demand_response", "all_flexibility"])
        let rows = try groups.map { group in
            ContributionRow(group: group, case: source, with: with.summary,
                            without: try CaseRun(case: Contributions.without(group, in: source), method: .simplex).summary)
        }
        #expect(close(rows[0].deltaOperatingCostEUR, 4_500) && rows[0].deltaHoursShort == 0 && close(rows[0].deltaPeakSeenByGeneratorsMW, 50))
        #expect(rows[0].withMW == ["big": 50, "small": 20] && rows[0].withoutMW == ["big": 0, "small": 0])
        #expect(close(rows[1].deltaOperatingCostEUR, 0) && rows[1].deltaHoursShort == 0 && rows[1].hoursCoveredWithout == 2)
    }

    /// The hand-worked case of ``handWorkedThreeHours()``.
    static var threeHours: Case {
        let gas = Resource.thermal(ThermalPlant(name: "gas", technology: .gasOCGT, capacityMW: 100, marginalCostEURPerMWh: 100))
        let coal = Resource.thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 150, marginalCostEURPerMWh: 10))
        let big = Resource.storage(Storage(name: "big", technology: .battery, chargePowerMW: 50, dischargePowerMW: 50, energyMWh: 200,
                                           chargeEfficiency: 1, dischargeEfficiency: 1))
        let small = Resource.storage(Storage(name: "small", technology: .battery, chargePowerMW: 20, dischargePowerMW: 20, energyMWh: 5,
                                             chargeEfficiency: 1, dischargeEfficiency: 0.8, vomEURPerMWh: 200))
        let dr = Resource.curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 10, costEURPerMWh: 1_000, maxEnergyPerDayMWh: 10))
        let adequacy = Adequacy(margin: 0.1, forcedOutageRates: [.coal: 0.2, .gasOCGT: 0.2], storageHours: 2, shortfallPenaltyEURPerMWh: 50)
        return Case(name: "adequacy", region: "XX", window: HourWindow(first: 1, last: 3)!, loadMW: [100, 100, 210],
                    resources: [coal, gas, big, small, dr], adequacy: adequacy)
    }

    /// A storage with no energy capacity counts nothing (its reserve is bounded by a state of charge of 0): coal 100 MW at forced-outage
    /// rate 0 against 1.2 × 100 MW leaves 20 MW short whatever the 50 MW of storage power.
    @Test("A storage with 0 MWh counts 0")
    func emptyStorageCountsNothing() throws {
        let empty = Resource.storage(Storage(name: "empty", technology: .battery, chargePowerMW: 50, dischargePowerMW: 50, energyMWh: 0,
                                             chargeEfficiency: 1, dischargeEfficiency: 1))
        let source = Case(name: "empty", region: "XX", window: HourWindow(first: 1, last: 1)!, loadMW: [100],
                          resources: [thermal("coal", 100, cost: 10), empty],
                          adequacy: Adequacy(margin: 0.2, forcedOutageRates: [.coal: 0], shortfallPenaltyEURPerMWh: 50))
        let run = try solveAllMethods(source)
        #expect(close(run.result.adequacy?.shortfallMW ?? [], [20]))
        #expect(close(run.result.objective, 1_000 + 20 * 50))
        #expect(close(run.result.flows["empty"]?[.reserve] ?? [], [0]))
    }
}
