import DispatchBuilder
import GridModel
import LinearProgramming
import Testing

/// The LP leaves out columns fixed at zero and bounds that cannot bind; everything read back stays whole.
@Suite("Lean program")
struct LeanProgramTests {
    /// Wind with capacity factor 0 in hour 1 and 0.5 in hour 2 (50 MW available of 100), a link that only
    /// imports, load 80 then 80, thermal at 20 EUR/MWh: curtailment has a column in hour 2 only, exports none;
    /// the result still has two hours of each. Cost by hand: thermal 80 + 30 = 110 MWh × 20 = 2,200 EUR.
    @Test("No column for a flow fixed at zero; readers see zeros")
    func fixedColumnsLeftOut() throws {
        let link = Interconnector(name: "link", minImportMW: [0, 0], maxImportMW: [10, 0], minExportMW: [0, 0], maxExportMW: [0, 0],
                                  importPriceEURPerMWh: 50)
        let source = smallCase(load: [80, 80], resources: [thermal("coal", 200, cost: 20), wind(100, cf: [0, 0.5]), .interconnector(link)])
        let names = DispatchModel(case: source).program.columnNames
        #expect(names.filter { $0.hasPrefix("curtail[") } == ["curtail[wind,t=2]"])
        #expect(names.filter { $0.hasPrefix("import[") } == ["import[link,t=1]"])
        #expect(!names.contains { $0.hasPrefix("export[") })
        let run = try solveAllMethods(source)
        #expect(close(run.result.objective, 2200))
        #expect(close(series(run, "wind", .curtailment), [0, 0]))
        #expect(close(series(run, "link", .exports), [0, 0]))
        #expect(close(series(run, "link", .imports), [0, 0]))
    }

    /// `unserved ≤ load` stays only where it can bind: a link paying 20,000 EUR/MWh for exports, above the
    /// value of lost load (10,000), would buy unserved energy beyond the load. Load 10 MW, nothing else supplies:
    /// with the cap unserved = 10 and nothing exported, cost 10 × 10,000 = 100,000 EUR. At an export price of
    /// 5,000 the cap is left out and the cost is the same.
    @Test("The unserved-energy cap is kept only when an export is worth more than lost load")
    func unservedCap() throws {
        for (price, capped) in [(20_000.0, true), (5_000.0, false)] {
            let link = Interconnector(name: "link", minImportMW: [0], maxImportMW: [0], minExportMW: [0], maxExportMW: [50],
                                      importPriceEURPerMWh: 0, exportPriceEURPerMWh: price)
            let source = smallCase(load: [10], resources: [.interconnector(link)])
            let model = DispatchModel(case: source)
            #expect(model.program.columnBounds[model.unservedColumns[0].index] == (capped ? .upTo(10) : .nonNegative))
            let run = try solveAllMethods(source)
            #expect(close(run.result.objective, 100_000))
        }
    }

    /// A committed 100 MW plant has no gen ≤ capacity bound (gen ≤ online ≤ 100 holds it), and a ramp limit of
    /// 0.6 per hour on a plant with minimum load 0.5 (output within [50, 100], so it changes by at most 50 MW)
    /// gets no rows. Load 60 then 100 on the ramp-limited plant at 10 EUR/MWh: 1,600 EUR either way.
    @Test("Bounds and rows that cannot bind are left out")
    func redundantBoundsLeftOut() throws {
        let committed = DispatchModel(case: smallCase(load: [50], resources: [thermal("coal", 100, cost: 10, commitment: true)]))
        #expect(committed.program.columnBounds[committed.program.columnNames.firstIndex(of: "gen[coal,t=1]")!] == .nonNegative)
        let source = smallCase(load: [60, 100], resources: [thermal("coal", 100, cost: 10, minLoad: 0.5, ramp: 0.6)])
        #expect(!DispatchModel(case: source).program.rowNames.contains { $0.hasPrefix("ramp[") })
        #expect(close(try solveAllMethods(source).result.objective, 1600))
    }

    /// With exclusive charging, `exclusive` rows charge ÷ 10 + discharge ÷ 10 ≤ 1 hold both flows of a 10 MW
    /// store below 10 MW, so neither column keeps that bound. By hand: load 20 then 150 MW, coal 100 MW at
    /// 10 EUR/MWh, gas 100 MW at 100 EUR/MWh, the store 10 MW / 100 MWh, efficiency 1, cyclic: it charges 10 MW
    /// from coal in hour 1 and discharges 10 MW in hour 2 (the row binds as the bound would), gas covers the other
    /// 40 MW: coal (30 + 100) × 10 + gas 40 × 100 = 5,300 EUR.
    @Test("Exclusive charging rows replace the storage's power bounds")
    func exclusiveRowsReplacePowerBounds() throws {
        let store = Storage(name: "bat", technology: .battery, chargePowerMW: 10, dischargePowerMW: 10, energyMWh: 100,
                            chargeEfficiency: 1, dischargeEfficiency: 1, exclusiveChargeDischarge: true)
        let gas = Resource.thermal(ThermalPlant(name: "gas", technology: .gasOCGT, capacityMW: 100, marginalCostEURPerMWh: 100))
        let source = smallCase(load: [20, 150], resources: [thermal("coal", 100, cost: 10), gas, .storage(store)])
        let program = DispatchModel(case: source).program
        for name in ["charge[bat,t=1]", "charge[bat,t=2]", "discharge[bat,t=1]", "discharge[bat,t=2]"] {
            #expect(program.columnBounds[try #require(program.columnNames.firstIndex(of: name))] == .nonNegative)
        }
        let run = try solveAllMethods(source)
        #expect(close(run.result.objective, 5_300))
        #expect(close(series(run, "bat", .charge), [10, 0]) && close(series(run, "bat", .discharge), [0, 10]))
    }

    /// The committed plant's online columns, and only they, are hinted to rest at their upper bound (Thermal.swift):
    /// one per hour of the window, when the plant (60 MW) is no larger than the peak load (70 MW); a 100 MW plant
    /// that the load can never use in full gets no hint.
    @Test("Online capacity of a committed plant the load can use in full is expected at its upper bound")
    func onlineExpectedAtCapacity() {
        let model = DispatchModel(case: smallCase(load: [50, 60, 70], resources: [thermal("coal", 60, cost: 10, commitment: true)]))
        let names = model.program.columnsExpectedAtUpperBound.map { model.program.columnNames[$0.index] }
        #expect(names == ["online[coal,t=1]", "online[coal,t=2]", "online[coal,t=3]"])
        let larger = DispatchModel(case: smallCase(load: [50, 60, 70], resources: [thermal("coal", 100, cost: 10, commitment: true)]))
        #expect(larger.program.columnsExpectedAtUpperBound.isEmpty)
    }
}
