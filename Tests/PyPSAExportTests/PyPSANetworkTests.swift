import Foundation
import GridModel
@testable import PyPSAExport
import Testing

/// A three-hour case starting at hour 23 of the year, so that it spans two days.
func threeHourCase(_ resources: [Resource], targets: [Target] = []) -> Case {
    Case(name: "tiny", region: "XX", window: HourWindow(first: 23, last: 25)!, loadMW: [100, 120, 90], resources: resources,
         targets: targets, valueOfLostLoadEURPerMWh: 5000)
}

@Test func loadUnservedAndSurplusMirrorTheBalanceSlacks() {
    let network = PyPSANetwork(case: threeHourCase([]))
    #expect(network.snapshots == [23, 24, 25])
    #expect(network.bus == "XX")
    #expect(network.loads.hourly("p_set", of: "load") == [100, 120, 90])
    // unserved ≤ load each hour, at VOLL: p_nom is the peak, p_max_pu the load over it.
    #expect(network.generators.value("p_nom", of: "unserved") == .number(120))
    #expect(network.generators.hourly("p_max_pu", of: "unserved") == [100.0 / 120, 1, 90.0 / 120])
    #expect(network.generators.value("marginal_cost", of: "unserved") == .number(5000))
    // surplus consumes (sign -1) at VOLL; its bound is all supply (here only unserved), which cannot bind.
    #expect(network.generators.value("sign", of: "surplus") == .number(-1))
    #expect(network.generators.value("marginal_cost", of: "surplus") == .number(5000))
    #expect(network.generators.value("p_nom", of: "surplus") == .number(120))
}

@Test func thermalMustRunIsPMinPuAndCommitmentIsExtraRows() {
    let network = PyPSANetwork(case: threeHourCase([
        .thermal(ThermalPlant(name: "chp", technology: .chp, capacityMW: 50, marginalCostEURPerMWh: 20, minStableLoad: 0.5,
                              co2TonnesPerMWh: 0.8)),
        .thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 200, marginalCostEURPerMWh: 30, minStableLoad: 0.4,
                              rampPerHour: 0.25, commitment: true, startupCostEURPerMW: 12)),
    ]))
    #expect(network.generators.value("p_min_pu", of: "chp") == .number(0.5))
    #expect(network.generators.value("p_min_pu", of: "coal") == .number(0))
    #expect(network.generators.value("ramp_limit_up", of: "coal") == .number(0.25))
    #expect(network.generators.value("ramp_limit_down", of: "coal") == .number(0.25))
    #expect(network.generators.value("ramp_limit_up", of: "chp") == nil)
    #expect(network.extra.commitment == [ExtraRows.Commitment(generator: "coal", capacityMW: 200, minStableLoad: 0.4, startupCostEURPerMW: 12)])
    #expect(network.extra.mappings.contains { $0.resource == "coal" && $0.feature == "linear commitment" && $0.extra })
}

@Test func carbonPriceIsInTheMarginalCost() {
    var source = threeHourCase([.thermal(ThermalPlant(name: "gas", technology: .gasCCGT, capacityMW: 50, marginalCostEURPerMWh: 40,
                                                      co2TonnesPerMWh: 0.4))])
    source.co2PriceEURPerTonne = 25
    #expect(PyPSANetwork(case: source).generators.value("marginal_cost", of: "gas") == .number(50))
}

@Test func renewablesKeepTheirCapacityAndProfile() {
    let network = PyPSANetwork(case: threeHourCase([
        .renewable(VariableRenewable(name: "wind", kind: .onwind, capacityMW: 80, capacityFactor: [0.5, 0.25, 1], vomEURPerMWh: 0.01)),
    ]))
    #expect(network.generators.value("p_nom", of: "wind") == .number(80))
    #expect(network.generators.hourly("p_max_pu", of: "wind") == [0.5, 0.25, 1])
    #expect(network.generators.value("marginal_cost", of: "wind") == .number(0.01))
    #expect(network.generators.value("carrier", of: "wind") == .text("onwind"))
}

@Test func hydroBudgetIsOneRowPerDayOfTheWindow() {
    let network = PyPSANetwork(case: threeHourCase([
        .hydro(HydroPlant(name: "hydro", capacityMW: 10, availability: [0.2, 0.4, 0.6], dailyEnergyBudget: true)),
    ]))
    #expect(network.generators.value("p_max_pu", of: "hydro") == .number(1))
    // Hours 23 and 24 are day 1, hour 25 is day 2.
    let expected = ExtraRows.EnergyRow(name: "hydro_day[hydro]", terms: [ExtraRows.Term(generator: "hydro", coefficient: 1)],
                                       blockSizes: [2, 1], blockLabels: ["d=1", "d=2"], sense: "<=", rhs: [6, 6])
    #expect(network.extra.energyRows == [expected])
}

@Test func storageWithUnequalPowersBoundsAndAnInitialState() {
    let network = PyPSANetwork(case: threeHourCase([
        .storage(Storage(name: "bat", technology: .battery, chargePowerMW: 40, dischargePowerMW: 50, energyMWh: 100,
                         chargeEfficiency: 0.9, dischargeEfficiency: 0.8, selfDischargePerHour: 0.01, minStateOfCharge: 0.1,
                         initialStateOfCharge: 0.5, vomEURPerMWh: 1, exclusiveChargeDischarge: true)),
    ]))
    let units = network.storageUnits
    #expect(units.value("p_nom", of: "bat") == .number(50))
    #expect(units.value("p_max_pu", of: "bat") == .number(1))
    #expect(units.value("p_min_pu", of: "bat") == .number(-0.8))
    #expect(units.value("max_hours", of: "bat") == .number(2))
    #expect(units.value("cyclic_state_of_charge", of: "bat") == .flag(false))
    // GridFlex applies the first hour's loss to the initial state; PyPSA does not, so it is written after it.
    #expect(units.value("state_of_charge_initial", of: "bat") == .number(0.99 * 50))
    #expect(network.extra.stateOfChargeBounds == [ExtraRows.StateOfChargeBounds(storageUnit: "bat", minimumMWh: 10, maximumMWh: 100)])
    #expect(network.extra.exclusiveChargeDischarge == [ExtraRows.ExclusiveChargeDischarge(storageUnit: "bat", chargeMW: 40, dischargeMW: 50)])
}

@Test func demandResponseAndInterconnectors() {
    let network = PyPSANetwork(case: threeHourCase([
        .curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 10, costEURPerMWh: 100, maxEnergyPerDayMWh: 15, maxEnergyPerYearMWh: 25)),
        .shiftableLoad(ShiftableLoad(name: "shift", upMW: 5, downMW: 4, windowHours: 2, costEURPerMWh: 3)),
        .interconnector(Interconnector(name: "link", minImportMW: [0, 0, 0], maxImportMW: [20, 20, 20], minExportMW: [1, 1, 1],
                                       maxExportMW: [5, 10, 5], importPriceEURPerMWh: 40, exportPriceEURPerMWh: 30)),
    ]))
    let generators = network.generators
    #expect(generators.value("e_sum_max", of: "dr") == .number(25))
    #expect(network.extra.energyRows.first { $0.name == "dr_day[dr]" }?.rhs == [15, 15])
    #expect(generators.value("sign", of: "shift_up[shift]") == .number(-1))
    #expect(generators.value("marginal_cost", of: "shift_down[shift]") == .number(3))
    let blocks = network.extra.energyRows.first { $0.name == "shift_block[shift]" }
    #expect(blocks?.blockSizes == [2, 1])  // 2-hour blocks of the year: hours 23–24, then 25 (cut at the window's end)
    #expect(blocks?.sense == "==")
    #expect(generators.value("sign", of: "export[link]") == .number(-1))
    #expect(generators.value("marginal_cost", of: "export[link]") == .number(-30))
    #expect(generators.value("p_nom", of: "export[link]") == .number(10))
    #expect(generators.hourly("p_max_pu", of: "export[link]") == [0.5, 1, 0.5])
    #expect(generators.value("p_min_pu", of: "export[link]") == .number(0.1))
}

@Test func targetsAreRowsOnGeneratorOutputWithAShortfall() {
    let network = PyPSANetwork(case: threeHourCase(
        [.renewable(VariableRenewable(name: "sun", kind: .solar, capacityMW: 100, capacityFactor: [0, 0.5, 0.5]))],
        targets: [Target(id: "use", requirement: .renewableUtilisation(minimum: 0.9, resources: [])),
                  Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.2))]))
    let rows = Dictionary(uniqueKeysWithValues: network.extra.energyRows.map { ($0.name, $0) })
    // Σ curtailed + Σ surplus ≤ 0.1 × 100 MWh  ⇔  −Σ p + Σ surplus ≤ −0.9 × 100.
    let terms = [ExtraRows.Term(generator: "sun", coefficient: -1), ExtraRows.Term(generator: "surplus", coefficient: 1)]
    #expect(rows["target[use]"]?.terms == terms)
    #expect(rows["target[use]"]?.rhs == [-90])
    #expect(rows["target[use]"]?.shortfallPenalty == 100_000)
    #expect(rows["target[share]"]?.sense == ">=")
    #expect(rows["target[share]"]?.rhs == [0.2 * 310])
}

@Test func writesAFolderPyPSAReads() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pypsa-export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try PyPSANetwork(case: threeHourCase([
        .renewable(VariableRenewable(name: "wind", kind: .onwind, capacityMW: 80, capacityFactor: [0.5, 0.25, 1])),
    ])).write(to: directory)
    func read(_ name: String) throws -> String { try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
    #expect(try read("network.csv") == "name,pypsa_version\ntiny,1.4.0\n")
    #expect(try read("snapshots.csv") == "snapshot\n23\n24\n25\n")
    #expect(try read("buses.csv") == "name,carrier\nXX,AC\n")
    #expect(try read("generators-p_max_pu.csv") == "snapshot,unserved,wind\n23,\(100.0 / 120),0.5\n24,1.0,0.25\n25,\(90.0 / 120),1.0\n")
    #expect(try read("generators.csv").hasPrefix("name,bus,carrier,p_nom,marginal_cost,p_min_pu,sign,p_max_pu\nunserved,XX,unserved,120.0,5000.0,0.0,,\n"))
    #expect(try read("loads-p_set.csv") == "snapshot,load\n23,100.0\n24,120.0\n25,90.0\n")
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("storage_units.csv").path) == false)
    let extra = try JSONDecoder().decode(ExtraRows.self, from: Data(try read("gridflex_extra.json").utf8))
    #expect(extra.mappings.contains { $0.feature == "unserved energy" })
    #expect(try read("extra_functionality.py").contains("def extra_functionality(n, snapshots):"))
}

@Test func aTargetsOwnPenaltyPricesItsShortfall() {
    // The case-wide penalty (100,000 EUR per unit) applies only to targets without their own.
    let network = PyPSANetwork(case: threeHourCase(
        [.thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 100, marginalCostEURPerMWh: 30, co2TonnesPerMWh: 1))],
        targets: [Target(id: "cap", requirement: .co2Cap(maxTonnes: 50), penaltyEURPerUnit: 7),
                  Target(id: "cap_default", requirement: .co2Cap(maxTonnes: 50))]))
    let rows = Dictionary(uniqueKeysWithValues: network.extra.energyRows.map { ($0.name, $0) })
    #expect(rows["target[cap]"]?.shortfallPenalty == 7)
    #expect(rows["target[cap_default]"]?.shortfallPenalty == 100_000)
    #expect(rows["target[cap]"]?.terms == [ExtraRows.Term(generator: "coal", coefficient: 1)])
}

/// Load 100, 120, 90 MW at margin 0.1 (110, 132, 99 MW required); coal 100 MW at forced-outage rate 0.2 counts 80 MW,
/// wind 50 MW counts by hourly output (its `p`), so the fixed part leaves 30, 52, 19 MW for reserves, wind and the
/// shortfall; a 10 MW / 40 MWh battery with η_d = 0.8 needs 2 h ÷ 0.8 = 2.5 MWh per MW of reserve. Hours 23–24 are
/// day 1 and hour 25 day 2 (the DR daily rows' blocks).
@Test func adequacyRowCarriesRequiredMWReservesAndPenalty() throws {
    var source = threeHourCase([
        .thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 100, marginalCostEURPerMWh: 20)),
        .renewable(VariableRenewable(name: "wind", kind: .onwind, capacityMW: 50, capacityFactor: [0.2, 0.4, 0.6])),
        .storage(Storage(name: "battery", technology: .battery, chargePowerMW: 10, dischargePowerMW: 10, energyMWh: 40,
                         chargeEfficiency: 0.9, dischargeEfficiency: 0.8, minStateOfCharge: 0.1)),
    ])
    source.adequacy = Adequacy(margin: 0.1, forcedOutageRates: [.coal: 0.2], renewableCounting: .hourlyOutput, storageHours: 2,
                               shortfallPenaltyEURPerMWh: 500)
    let row = try #require(PyPSANetwork(case: source).extra.adequacy)
    #expect(close(row.requiredMW, [30, 52, 19]))
    #expect(row.renewables == ["wind"] && row.shortfallPenalty == 500 && row.daySizes == [2, 1])
    #expect(row.storage == [.init(storageUnit: "battery", dischargeMW: 10, energyPerMW: 2.5, minimumMWh: 4)])
}

/// |a − b| < 1e-9 for every element, and equal lengths.
func close(_ a: [Double], _ b: [Double]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 } }
