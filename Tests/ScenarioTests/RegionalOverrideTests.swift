import Foundation
import GridModel
import Testing
@testable import Scenario

/// `--set` values of a regional case (what `sweep` varies): `REGION.KEY` on that region's case file, `link.NAME.KEY` on a link.
@Suite("Regional overrides")
struct RegionalOverrideTests {
    let checks = BadInputTests()

    /// The two-region fixture's regional file (``RegionalCaseTests/valid``) loaded with `overrides`.
    static func load(_ overrides: [String]) throws(ScenarioError) -> LoadedRegionalCase {
        let fixture: Fixture
        do {
            fixture = try RegionalCaseTests.twoRegions()
            try RegionalCaseTests.valid.write(to: fixture.directory.appendingPathComponent("regional.yaml"), atomically: true, encoding: .utf8)
        } catch {
            preconditionFailure("cannot write the fixture: \(error)")
        }
        return try RegionalCaseLoader.load(path: fixture.directory.appendingPathComponent("regional.yaml").path, dataDirectory: fixture.directory.path,
                                           overrides: overrides.compactMap(Override.init))
    }

    @Test("REGION.KEY changes that region's case only, as a single-case --set changes it")
    func regionKey() throws {
        let loaded = try Self.load(["AA.coal.capacity_mw=150", "BB.value_of_lost_load_eur_per_mwh=3000"])
        let coal = { (code: String) in loaded.value.region(code)?.resources.first { $0.name == "coal" } }
        guard case let .thermal(aa)? = coal("AA"), case let .thermal(bb)? = coal("BB") else {
            Issue.record("both regions have a thermal plant named coal")
            return
        }
        // The fixture's coal is 200 MW in both files.
        #expect(aa.capacityMW == 150 && bb.capacityMW == 200)
        #expect(loaded.value.region("AA")?.valueOfLostLoadEURPerMWh == 10_000 && loaded.value.region("BB")?.valueOfLostLoadEURPerMWh == 3_000)
        // The `without: [import]` of AA's entry still applies to the overridden region.
        #expect(loaded.value.region("AA")?.resources.map(\.name) == ["coal"])
    }

    @Test("link.NAME.KEY: capacity_mw replaces a link's directed figures, a directed figure keeps the other direction")
    func linkKeys() throws {
        // As written: AA-BB 300 MW forward and 200 MW back, loss 0.05; AA-BB-dc 75 MW both ways.
        let loaded = try Self.load(["link.AA-BB.capacity_mw=40", "link.AA-BB-dc.capacity_backward_mw=10", "link.AA-BB.loss_per_unit=0.2"])
        let links = loaded.value.links
        #expect(links[0].forwardCapacityMW == 40 && links[0].backwardCapacityMW == 40 && links[0].lossPerUnit == 0.2)
        #expect(links[0].wheelingEURPerMWh == 2)
        #expect(links[1].forwardCapacityMW == 75 && links[1].backwardCapacityMW == 10)
    }

    @Test("Keys that name no region, link or link key, and a region's code or hours, are refused with what is valid",
          arguments: [
              ("CC.coal.capacity_mw=1", "CC.coal.capacity_mw", ["no region 'CC'", "regions: AA, BB"]),
              ("AA.nothing.capacity_mw=1", "AA.nothing.capacity_mw", ["no resource named 'nothing'", "coal"]),
              ("link.AA-CC.capacity_mw=1", "link.AA-CC.capacity_mw", ["no link named 'AA-CC'", "links: AA-BB, AA-BB-dc"]),
              ("link.AA-BB.capacity=1", "link.AA-BB.capacity", ["not a key of a link", "capacity_mw, capacity_forward_mw"]),
              ("link.AA-BB=1", "link.AA-BB", ["link.NAME.KEY"]),
              ("AA=1", "AA", ["REGION.KEY"]),
              ("AA.hours=1-48", "AA.hours", ["every region covers the hours", "--hours"]),
              ("AA.region=BB", "AA.region", ["code cannot be set"]),
          ])
    func refused(_ override: String, key: String, mentions: [String]) {
        checks.expectError({ _ = try Self.load([override]) }, file: "--set", key: key, mentions: mentions)
    }

    @Test("A link value out of range is refused by the regional file's own check, naming the link's entry")
    func linkValueOutOfRange() {
        checks.expectError({ _ = try Self.load(["link.AA-BB.capacity_forward_mw=-5"]) }, file: "regional.yaml", key: "links[0].capacity_forward_mw",
                           mentions: ["-5 is out of range [0, 10000000]"])
    }
}

@Test("A link's flow profile survives a change of its capacity")
func profileKeptOnOverride() throws {
    // The fixture's cf.csv#wind is 0.3 in hours 1–6 and 21–24 of each day, 0.1 in the others.
    let fixture = try RegionalCaseTests.twoRegions()
    let text = RegionalCaseTests.valid.replacingOccurrences(of: "wheeling_eur_per_mwh: 2}",
                                                           with: "wheeling_eur_per_mwh: 2, max_flow_profile: cf.csv#wind}")
    let path = fixture.directory.appendingPathComponent("regional.yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let loaded = try RegionalCaseLoader.load(path: path, dataDirectory: fixture.directory.path,
                                             overrides: ["link.AA-BB.capacity_mw=40"].compactMap(Override.init))
    let link = loaded.value.links[0]
    #expect(link.forwardCapacityMW == 40)
    #expect(link.profiles?.maximumPerUnit?.prefix(8) == [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.1, 0.1])
}
