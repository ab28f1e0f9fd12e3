import Foundation
import GridModel
@testable import PyPSAExport
import Testing

/// The three-hour case (hours 23–25) with `candidates`; window share 3 ÷ 8,760, so a cost of 2,920 EUR/MW-year is
/// 1 EUR/MW over the window.
func investmentCase(_ resources: [Resource], load: [Double] = [100, 130, 100], candidates: [InvestmentCandidate],
                    targets: [Target] = []) -> Case {
    var source = threeHourCase(resources, targets: targets)
    source.loadMW = load
    source.investment = Investment(candidates: candidates, discountRate: 0.05)
    return source
}

let coal120 = Resource.thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 120, marginalCostEURPerMWh: 50))

/// A battery whose power (≤ 6 MW at 10 EUR/MW over the window) and energy (2–4 h at 1 EUR/MWh) are decisions, and
/// DR (≤ 100 MW at 5 EUR/MW, 100 EUR/MWh) for the 10 MW hour 24 lacks beyond coal's 120 MW.
func batteryAndDemandResponse() -> Case {
    investmentCase([
        coal120,
        .storage(Storage(name: "battery", technology: .battery, chargePowerMW: 2, dischargePowerMW: 2, energyMWh: 4,
                         chargeEfficiency: 1, dischargeEfficiency: 1)),
        .curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 1, costEURPerMWh: 100)),
    ], candidates: [
        InvestmentCandidate(resource: "battery", maxMW: 6, costEURPerMWYear: 29_200,
                            energy: EnergyCandidate(minHours: 2, maxHours: 4, costEURPerMWhYear: 2_920), costSource: "test"),
        InvestmentCandidate(resource: "dr", maxMW: 100, costEURPerMWYear: 14_600, costSource: "test"),
    ])
}

@Test func withoutInvestingCandidatesKeepTheCasesCapacities() {
    let network = PyPSANetwork(case: batteryAndDemandResponse())
    #expect(network.extra.investment == nil)
    #expect(network.storageUnits.value("p_nom", of: "battery") == .number(2))
    #expect(network.storageUnits.value("p_nom_extendable", of: "battery") == nil)
    #expect(network.generators.value("p_nom", of: "dr") == .number(1))
}

@Test func storageCandidateIsAnExtendableUnitWithItsEnergyAVariable() throws {
    let network = PyPSANetwork(case: batteryAndDemandResponse(), investing: true)
    let units = network.storageUnits
    let investment = try #require(network.extra.investment)
    #expect(investment.windowShare == 3.0 / 8760)
    #expect(units.value("p_nom", of: "battery") == .number(0))
    #expect(units.value("p_nom_extendable", of: "battery") == .flag(true))
    #expect(units.value("p_nom_max", of: "battery") == .number(6))
    // 29,200 EUR/MW-year × 3 ÷ 8,760 = 10 EUR/MW over the window.
    #expect(abs((units.value("capital_cost", of: "battery")?.number ?? 0) - 10) < 1e-12)
    #expect(units.value("p_max_pu", of: "battery") == .number(1) && units.value("p_min_pu", of: "battery") == .number(-1))
    // PyPSA's soc ≤ max_hours × p_nom at the most hours allowed: never tighter than soc ≤ E ≤ 4 × p_nom.
    #expect(units.value("max_hours", of: "battery") == .number(4))
    let battery = try #require(investment.storage.first)
    #expect(battery.storageUnit == "battery" && battery.durationHours == nil && battery.initialRetained == nil)
    #expect(battery.energy?.minHours == 2 && battery.energy?.maxHours == 4)
    #expect(abs((battery.energy?.costEURPerMWh ?? 0) - 1) < 1e-12)  // 2,920 × 3 ÷ 8,760
    #expect(investment.generators == ["dr"])
    #expect(network.generators.value("p_nom_extendable", of: "dr") == .flag(true))
    #expect(network.generators.value("p_max_pu", of: "dr") == .number(1))
}

@Test func storageCandidateWithoutEnergyDecisionKeepsItsHoursAndScalesItsInitialState() throws {
    let source = investmentCase([
        .storage(Storage(name: "phs", technology: .pumpedHydro, chargePowerMW: 90, dischargePowerMW: 100, energyMWh: 600,
                         chargeEfficiency: 0.9, dischargeEfficiency: 0.8, selfDischargePerHour: 0.01, minStateOfCharge: 0.1,
                         maxStateOfCharge: 0.9, initialStateOfCharge: 0.5, exclusiveChargeDischarge: true)),
    ], candidates: [InvestmentCandidate(resource: "phs", minMW: 50, maxMW: 300, costEURPerMWYear: 2_920, costSource: "test")])
    let network = PyPSANetwork(case: source, investing: true)
    // 600 MWh ÷ 100 MW discharge = 6 h per MW of power; the initial state (1 − 0.01) × 0.5 of the energy.
    #expect(network.storageUnits.value("max_hours", of: "phs") == .number(6))
    #expect(network.storageUnits.value("p_nom_min", of: "phs") == .number(50))
    #expect(network.storageUnits.value("state_of_charge_initial", of: "phs") == .number(0))
    #expect(network.storageUnits.value("cyclic_state_of_charge", of: "phs") == .flag(false))
    #expect(network.extra.investment?.storage == [ExtraRows.SizedStorage(
        storageUnit: "phs", durationHours: 6, energy: nil, minStateOfCharge: 0.1, maxStateOfCharge: 0.9, initialRetained: 0.495, exclusive: true)])
    #expect(network.extra.stateOfChargeBounds.isEmpty && network.extra.exclusiveChargeDischarge.isEmpty)
}

@Test func retrofitLowersTheFloorAndCarriesItsCost() throws {
    let source = investmentCase([
        .thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 100, marginalCostEURPerMWh: 50, minStableLoad: 0.6)),
        .thermal(ThermalPlant(name: "unit", technology: .coal, capacityMW: 100, marginalCostEURPerMWh: 50, minStableLoad: 0.6,
                              commitment: true, startupCostEURPerMW: 100)),
    ], load: [100, 40, 100], candidates: [
        InvestmentCandidate(resource: "coal", decision: .retrofit(minStableLoad: 0.3), maxMW: 100, costEURPerMWYear: 29_200, costSource: "test"),
        InvestmentCandidate(resource: "unit", decision: .retrofit(minStableLoad: 0.3), maxMW: 50, costEURPerMWYear: 29_200, costSource: "test"),
    ])
    let network = PyPSANetwork(case: source, investing: true)
    #expect(network.generators.value("p_min_pu", of: "coal") == .number(0.3))
    #expect(network.generators.value("p_min_pu", of: "unit") == .number(0))
    #expect(network.generators.value("p_nom_extendable", of: "coal") == nil)
    let retrofits = try #require(network.extra.investment?.retrofits)
    #expect(retrofits.map(\.generator) == ["coal", "unit"] && retrofits.map(\.commitment) == [false, true])
    #expect(retrofits[1].maxMW == 50 && retrofits[1].minStableLoad == 0.6 && retrofits[1].retrofittedMinStableLoad == 0.3)
    #expect(abs(retrofits[0].costEURPerMW - 10) < 1e-12)
    // Commitment keeps the plant's own minimum stable load; the retrofit's share lowers it in extra_functionality.
    #expect(network.extra.commitment.first?.minStableLoad == 0.6)
}

/// Coal (forced outage rate 0.2), wind (50 MW, capacity credit 0.1) and a battery (2 MW, 4 MWh, discharge efficiency
/// 0.8), wind (≤ 500 MW) and battery (≤ 60 MW) candidates, and an adequacy row (margin 0.1, 2 h of storage); with
/// `others` besides and `targets`.
func windAndBatteryAdequacyCase(others: [Resource] = [], targets: [Target] = []) -> Case {
    var source = investmentCase([
        coal120,
        .renewable(VariableRenewable(name: "wind", kind: .onwind, capacityMW: 50, capacityFactor: [0.2, 0.4, 0.6])),
        .storage(Storage(name: "battery", technology: .battery, chargePowerMW: 2, dischargePowerMW: 2, energyMWh: 4,
                         chargeEfficiency: 1, dischargeEfficiency: 0.8)),
    ] + others, load: [100, 120, 90], candidates: [
        InvestmentCandidate(resource: "wind", maxMW: 500, costEURPerMWYear: 1, costSource: "test"),
        InvestmentCandidate(resource: "battery", maxMW: 60, costEURPerMWYear: 1, costSource: "test"),
    ], targets: targets)
    source.adequacy = Adequacy(margin: 0.1, forcedOutageRates: [.coal: 0.2], capacityCredits: [.onwind: 0.1], storageHours: 2)
    return source
}

@Test func adequacyCountsCandidatesThroughTheirCapacity() throws {
    let row = try #require(PyPSANetwork(case: windAndBatteryAdequacyCase(), investing: true).extra.adequacy)
    // 1.1 × load − 0.8 × 120 MW of coal; the wind candidate counts 0.1 × p_nom instead of 0.1 × its 50 MW.
    #expect(close(row.requiredMW, [14, 36, 3]))
    #expect(row.renewableCapacity == [ExtraRows.CapacityTerm(component: "wind", coefficient: 0.1)])
    #expect(row.storage == [.init(storageUnit: "battery", dischargeMW: 60, energyPerMW: 2.5, minimumMWh: 0, sized: true)])
}

@Test func targetsCountACandidatesAvailableEnergyOnItsCapacity() {
    let source = investmentCase(
        [.renewable(VariableRenewable(name: "sun", kind: .solar, capacityMW: 100, capacityFactor: [0, 0.5, 0.5]))],
        load: [100, 120, 90], candidates: [InvestmentCandidate(resource: "sun", maxMW: 1000, costEURPerMWYear: 1, costSource: "test")],
        targets: [Target(id: "use", requirement: .renewableUtilisation(minimum: 0.9, resources: [])),
                  Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.2))])
    let rows = Dictionary(uniqueKeysWithValues: PyPSANetwork(case: source, investing: true).extra.energyRows.map { ($0.name, $0) })
    // Σ cf = 1 MWh per MW. Utilisation: Σ curtailed + surplus ≤ 0.1 × Σ cf × C, with curtailed = Σ cf × C − Σ p:
    // −Σ p + surplus + (1 − 0.1) × C ≤ 0, the 1 from the curtailment and the −0.1 from the target's capacity term.
    #expect(rows["target[use]"]?.terms == [ExtraRows.Term(generator: "sun", coefficient: -1), ExtraRows.Term(generator: "surplus", coefficient: 1)])
    #expect(rows["target[use]"]?.capacityTerms?.map(\.component) == ["sun", "sun"])
    #expect(close(rows["target[use]"]?.capacityTerms?.map(\.coefficient) ?? [], [1, -0.1]))
    #expect(rows["target[use]"]?.rhs == [0])
    // Share: Σ cf × C − Σ curtailed − surplus ≥ 0.2 × 310 MWh, i.e. Σ p − surplus ≥ 62 (the capacity terms cancel).
    #expect(rows["target[share]"]?.capacityTerms?.map(\.coefficient) == [1, -1])
    #expect(close(rows["target[share]"]?.rhs ?? [], [62]))
}

/// Every key of a JSON object, at any depth.
func keys(of json: Any) -> Set<String> {
    if let object = json as? [String: Any] { return Set(object.keys).union(object.values.flatMap { keys(of: $0) }) }
    if let array = json as? [Any] { return Set(array.flatMap { keys(of: $0) }) }
    return []
}

@Test func investmentKeysAreWrittenOnlyForTheInvestmentLP() throws {
    let source = windAndBatteryAdequacyCase(others: [.curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 1, costEURPerMWh: 100))],
                                            targets: [Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.2))])
    func writtenKeys(investing: Bool) throws -> Set<String> {
        keys(of: try JSONSerialization.jsonObject(with: JSONOutput.encoder().encode(PyPSANetwork(case: source, investing: investing).extra)))
    }
    // The target row, the adequacy row, its storage and DR reserves: each key that only the investment LP reads.
    let investmentKeys: Set = ["investment", "capacity_terms", "renewable_capacity", "sized", "extendable"]
    let dispatch = try writtenKeys(investing: false), investment = try writtenKeys(investing: true)
    #expect(dispatch.isDisjoint(with: investmentKeys))
    #expect(investment.isSuperset(of: investmentKeys))
    #expect(investment.isSuperset(of: dispatch))
}
