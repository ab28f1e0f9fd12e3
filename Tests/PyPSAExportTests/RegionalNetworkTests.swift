import Foundation
import GridModel
@testable import PyPSAExport
import Testing

/// Two regions over hours 1–3, each with a plant named `thermal`: GX cheap (10 EUR/MWh, load 100, 80, 120 MW), GD
/// expensive (50 EUR/MWh, load 200, 300, 100 MW), joined by GX-GD: 100 MW to GD, 50 MW back, 5 % loss, 2 EUR/MWh.
///
/// By hand: a MWh delivered in GD from GX costs (10 + 2) ÷ 0.95 ≈ 12.6 EUR < 50, and GD's load always exceeds the
/// 95 MW the full link delivers, so flow = 100 MW every hour and nothing flows back. GX's plant makes load + 100
/// (200, 180, 220 MW), GD's load − 95 (105, 205, 5 MW). Objective = 10 × 600 + 2 × 300 + 50 × 315 = 22,350 EUR.
/// Solving the network written from this case with PyPSA 1.4 + HiGHS (`extra_functionality` included) gave
/// n.objective = 22,350 EUR, flows 100 MW each hour on `flow[GX-GD]` (95 MW arriving) and 0 on `flow_back[GX-GD]`,
/// and prices 10 EUR/MWh in GX and 50 in GD (the link at its limit).
func twoRegions(backwardMW: Double = 50) -> RegionalCase {
    let window = HourWindow(first: 1, last: 3)!
    func region(_ code: String, load: [Double], costEURPerMWh: Double) -> Case {
        Case(name: code, region: code, window: window, loadMW: load, resources: [
            .thermal(ThermalPlant(name: "thermal", technology: .coal, capacityMW: 500, marginalCostEURPerMWh: costEURPerMWh)),
        ], valueOfLostLoadEURPerMWh: 5000)
    }
    return RegionalCase(name: "two", regions: [region("GX", load: [100, 80, 120], costEURPerMWh: 10),
                                               region("GD", load: [200, 300, 100], costEURPerMWh: 50)],
                        links: [Link(from: "GX", to: "GD", forwardCapacityMW: 100, backwardCapacityMW: backwardMW, lossPerUnit: 0.05,
                                     wheelingEURPerMWh: 2)])
}

@Test func aCorridorIsTwoOneWayLinks() throws {
    let links = try PyPSANetwork(regional: twoRegions()).links
    #expect(links.rows.map(\.name) == ["flow[GX-GD]", "flow_back[GX-GD]"])
    #expect(links.value("bus0", of: "flow[GX-GD]") == .text("GX") && links.value("bus1", of: "flow[GX-GD]") == .text("GD"))
    #expect(links.value("bus0", of: "flow_back[GX-GD]") == .text("GD") && links.value("bus1", of: "flow_back[GX-GD]") == .text("GX"))
    #expect(links.value("p_nom", of: "flow[GX-GD]") == .number(100))
    #expect(links.value("p_nom", of: "flow_back[GX-GD]") == .number(50))
    for name in ["flow[GX-GD]", "flow_back[GX-GD]"] {
        #expect(links.value("efficiency", of: name) == .number(0.95))  // 1 − 0.05 loss
        #expect(links.value("marginal_cost", of: name) == .number(2))
        #expect(links.value("p_min_pu", of: name) == .number(0))
    }
    // A direction without capacity has no link.
    #expect(try PyPSANetwork(regional: twoRegions(backwardMW: 0)).links.rows.map(\.name) == ["flow[GX-GD]"])
}

@Test func everyRegionKeepsItsComponentsUnderUniqueNames() throws {
    let network = try PyPSANetwork(regional: twoRegions())
    #expect(network.buses.rows.map(\.name) == ["GX", "GD"])
    #expect(network.generators.rows.map(\.name) == ["GX unserved", "GX thermal", "GX surplus", "GD unserved", "GD thermal", "GD surplus"])
    #expect(network.generators.value("bus", of: "GD thermal") == .text("GD"))
    #expect(network.generators.value("marginal_cost", of: "GX thermal") == .number(10))
    #expect(network.generators.value("marginal_cost", of: "GD thermal") == .number(50))
    #expect(network.loads.rows.map(\.name) == ["GX load", "GD load"])
    #expect(network.loads.hourly("p_set", of: "GD load") == [200, 300, 100])
    #expect(network.carriers.rows.map(\.name) == ["AC", "unserved", "coal", "surplus"])
    // Surplus bounds: unserved (peak load) + 500 MW plant, plus what the incoming link delivers: GX 120 + 500 + 0.95 × 50,
    // GD 300 + 500 + 0.95 × 100.
    #expect(network.generators.value("p_nom", of: "GX surplus") == .number(667.5))
    #expect(network.generators.value("p_nom", of: "GD surplus") == .number(895))
}

/// GX's plant emits 1 t/MWh under a 50 t cap, GD has the same cap (no emissions) and a 10 MW hydro plant with a
/// daily budget of 15 MWh; both have an adequacy row (margin 0.1, coal derated by 0.2).
///
/// By hand: past 50 MWh, GX's plant costs 10 + 100,000 EUR/MWh (the cap's shortfall), so GX buys 50 MWh of it, takes
/// the full 50 MW back from GD (47.5 MW arriving, at (50 + 2) ÷ 0.95 EUR/MWh) and leaves 300 − 50 − 142.5 = 107.5 MWh
/// unserved at 5,000. GD serves 600 MWh + 150 MWh sent: 15 MWh hydro, 735 MWh at 50. Required adequacy is below the
/// derated plants in every hour, so no shortfall. Objective = 500 + 300 + 36,750 + 537,500 = 575,050 EUR; PyPSA 1.4 +
/// HiGHS on the network written from this case gave 575,050 EUR.
@Test func extraRowsAreScopedToTheirRegion() throws {
    var regional = twoRegions()
    for index in regional.regions.indices {
        regional.regions[index].targets = [Target(id: "cap", requirement: .co2Cap(maxTonnes: 50))]
    }
    regional.regions[0].resources[0] = .thermal(ThermalPlant(name: "thermal", technology: .coal, capacityMW: 500, marginalCostEURPerMWh: 10,
                                                             co2TonnesPerMWh: 1))
    for index in regional.regions.indices {
        regional.regions[index].adequacy = Adequacy(margin: 0.1, forcedOutageRates: [.coal: 0.2], shortfallPenaltyEURPerMWh: 500)
    }
    regional.regions[1].resources.append(.hydro(HydroPlant(name: "hydro", capacityMW: 10, availability: [0.5, 0.5, 0.5], dailyEnergyBudget: true)))
    let extra = try PyPSANetwork(regional: regional).extra
    #expect(extra.energyRows.map(\.name) == ["target[GX,cap]", "hydro_day[GD,hydro]", "target[GD,cap]"])
    #expect(extra.energyRows[0].terms == [ExtraRows.Term(generator: "GX thermal", coefficient: 1)])
    #expect(extra.energyRows[1].terms == [ExtraRows.Term(generator: "GD hydro", coefficient: 1)])
    #expect(extra.energyRows[1].rhs == [15])  // one day of 3 hours at 0.5 × 10 MW
    #expect(extra.adequacy == nil)
    #expect(extra.regionalAdequacy?.map(\.region) == ["GX", "GD"])
    let adequacy = try #require(extra.regionalAdequacy?.first)
    // (1 + 0.1) × load (110, 88, 132 MW) less the plant's 0.8 × 500 = 400 MW firm.
    #expect(close(adequacy.requiredMW, [-290, -312, -268]))
    #expect(extra.mappings.contains { $0.resource == "GX" && $0.feature == "adequacy row" })
    #expect(extra.mappings.contains { $0.resource == "GX-GD" && $0.feature == "corridor" && !$0.extra })
}

@Test func writesTheLinksAndTheRegionalScript() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pypsa-regional-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try PyPSANetwork(regional: twoRegions()).write(to: directory)
    func read(_ name: String) throws -> String { try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
    #expect(try read("network.csv") == "name,pypsa_version\ntwo,1.4.0\n")
    #expect(try read("buses.csv") == "name,carrier\nGX,AC\nGD,AC\n")
    #expect(try read("links.csv") == """
        name,bus0,bus1,p_nom,p_min_pu,efficiency,marginal_cost
        flow[GX-GD],GX,GD,100.0,0.0,0.95,2.0
        flow_back[GX-GD],GD,GX,50.0,0.0,0.95,2.0

        """)
    #expect(try read("loads-p_set.csv") == "snapshot,GX load,GD load\n1,100.0,200.0\n2,80.0,300.0\n3,120.0,100.0\n")
    // Unserved energy ≤ load: each region's load over its own peak (120 and 300 MW).
    #expect(try read("generators-p_max_pu.csv") == "snapshot,GX unserved,GD unserved\n1,\(100.0 / 120),\(200.0 / 300)\n2,\(80.0 / 120),1.0\n3,1.0,\(100.0 / 300)\n")
    let script = try read("extra_functionality.py")
    #expect(script.contains(#"for spec in SPEC["regional_adequacy"]:"#))
    #expect(script.contains(#"name=f"adequacy[{spec['region']}]")"#))
    #expect(!script.contains(#"SPEC["adequacy"]"#))
    let extra = try JSONDecoder().decode(ExtraRows.self, from: Data(try read("gridflex_extra.json").utf8))
    #expect(extra.regionalAdequacy == [])
}

@Test func aCorridorToNoRegionIsRefused() {
    var regional = twoRegions()
    regional.links.append(Link(from: "GD", to: "YN", forwardCapacityMW: 10))
    #expect(throws: RegionalNetworkError.unknownRegion(link: "GD-YN", code: "YN")) { try PyPSANetwork(regional: regional) }
    regional.links = [regional.links[0], regional.links[0]]
    #expect(throws: RegionalNetworkError.repeatedLink("GX-GD")) { try PyPSANetwork(regional: regional) }
    regional.regions[1].region = "GX"
    #expect(throws: RegionalNetworkError.repeatedRegion("GX")) { try PyPSANetwork(regional: regional) }
}

@Test func anExpandableCorridorAddsTwoExtendableLinksOfEqualSize() throws {
    var regional = twoRegions()
    regional.links[0].expansion = LinkExpansion(maxMW: 300, lengthKM: 500, technology: .hvac, costEURPerMWYear: 8_760, costSource: "test")
    // Dispatch ignores the expansion.
    #expect(try PyPSANetwork(regional: regional).links.rows.map(\.name) == ["flow[GX-GD]", "flow_back[GX-GD]"])
    let network = try PyPSANetwork(regional: regional, investing: true)
    let links = network.links
    #expect(links.rows.map(\.name) == ["flow[GX-GD]", "flow_back[GX-GD]", "expand[GX-GD]", "expand_back[GX-GD]"])
    #expect(links.value("bus0", of: "expand[GX-GD]") == .text("GX") && links.value("bus0", of: "expand_back[GX-GD]") == .text("GD"))
    for name in ["expand[GX-GD]", "expand_back[GX-GD]"] {
        #expect(links.value("p_nom", of: name) == .number(0) && links.value("p_nom_max", of: name) == .number(300))
        #expect(links.value("p_nom_extendable", of: name) == .flag(true))
        #expect(links.value("efficiency", of: name) == .number(0.95) && links.value("marginal_cost", of: name) == .number(2))
    }
    // Capital on one direction only: 8,760 EUR/MW-year × 3 h ÷ 8,760 h = 3 EUR per MW over the window.
    #expect(links.value("capital_cost", of: "expand[GX-GD]") == .number(3))
    #expect(links.value("capital_cost", of: "expand_back[GX-GD]") == .number(0))
    #expect(network.extra.linkExpansions == [ExtraRows.LinkExpansionPair(link: "GX-GD", forward: "expand[GX-GD]", backward: "expand_back[GX-GD]")])
    // Each end's surplus bound grows by what the addition delivers: GX 667.5 + 0.95 × 300, GD 895 + 0.95 × 300.
    #expect(network.generators.value("p_nom", of: "GX surplus") == .number(952.5))
    #expect(network.generators.value("p_nom", of: "GD surplus") == .number(1_180))
}
