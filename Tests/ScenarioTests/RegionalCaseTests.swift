import Foundation
import GridModel
import Testing
@testable import Scenario

/// Regional case files: regions as their own case files, links between them.
@Suite("Regional cases")
struct RegionalCaseTests {
    let checks = BadInputTests()

    /// The fixture's data with two region files: A (region AA: coal and an interconnector) and B (region BB: coal).
    static func twoRegions() throws -> Fixture {
        let fixture = try Fixture()
        let a = """
            name: a
            region: AA
            hours: 1-24
            load: load.csv#AA
            resources:
            \(Fixture.coal)
              - {name: import, kind: interconnector, max_import_mw: 50, import_price_eur_per_mwh: 60}
            assumptions:
              - {key: import, value: 50 MW, reason: a neighbour}
              - {key: coal.commitment, value: none, reason: small}
            """
        let b = """
            name: b
            region: BB
            hours: 1-24
            load: load.csv#BB
            resources:
            \(Fixture.coal)
            """
        try a.write(to: fixture.directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try b.write(to: fixture.directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        return fixture
    }

    /// Writes `text` as `regional.yaml` beside the region files and loads it.
    static func load(_ text: String, in fixture: Fixture, window: HourWindow? = nil) throws(ScenarioError) -> LoadedRegionalCase {
        let path = fixture.directory.appendingPathComponent("regional.yaml").path
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch { Issue.record("cannot write \(path)") }
        return try RegionalCaseLoader.load(path: path, dataDirectory: fixture.directory.path, window: window)
    }

    static let valid = """
        name: two
        description: two regions
        regions:
          - case: a.yaml
            without: [import]
          - case: b.yaml
        links:
          - {from: AA, to: BB, capacity_forward_mw: 300, capacity_backward_mw: 200, loss_per_unit: 0.05, wheeling_eur_per_mwh: 2}
          - {name: AA-BB-dc, from: BB, to: AA, capacity_mw: 75}
        assumptions:
          - {key: links.loss_per_unit, value: "0.05", reason: a test}
        """

    @Test("Two regions, each its own case, with two links: values as written")
    func twoRegionFile() throws {
        let fixture = try Self.twoRegions()
        let loaded = try Self.load(Self.valid, in: fixture)
        let regional = loaded.value
        #expect(regional.name == "two" && regional.description == "two regions")
        #expect(regional.regions.map(\.region) == ["AA", "BB"])
        // The fixture's load: AA 100 MW with 150 MW at 17:00, BB 200 MW every hour; the files' hours are 1-24.
        #expect(regional.region("AA")?.loadMW.reduce(0, +) == 2450.0)  // 23 × 100 + 150
        #expect(regional.region("BB")?.loadMW == Array(repeating: 200, count: 24))
        #expect(regional.window == HourWindow(first: 1, last: 24))
        // `without: [import]` leaves the interconnector out, and the assumption keyed to it; the coal one stays.
        #expect(regional.region("AA")?.resources.map(\.name) == ["coal"])
        #expect(regional.region("AA")?.assumptions.map(\.key) == ["coal.commitment"])
        #expect(regional.links == [
            Link(name: "AA-BB", from: "AA", to: "BB", forwardCapacityMW: 300, backwardCapacityMW: 200, lossPerUnit: 0.05, wheelingEURPerMWh: 2),
            Link(name: "AA-BB-dc", from: "BB", to: "AA", forwardCapacityMW: 75, backwardCapacityMW: 75, lossPerUnit: 0, wheelingEURPerMWh: 0),
        ])
        #expect(regional.assumptions.map(\.key) == ["links.loss_per_unit"])
        #expect(loaded.regions.map(\.file) == ["a.yaml", "b.yaml"].map { fixture.directory.appendingPathComponent($0).path })
        #expect(loaded.dataDirectory.url.path == fixture.directory.standardizedFileURL.path)
    }

    @Test("The regional file's hours, and the --hours window, apply to every region")
    func windows() throws {
        let fixture = try Self.twoRegions()
        let written = try Self.load("hours: 1-48\n" + Self.valid, in: fixture)
        #expect(written.value.regions.map(\.hours) == [48, 48])
        let option = try Self.load("hours: 1-48\n" + Self.valid, in: fixture, window: HourWindow(first: 25, last: 30))
        #expect(option.value.regions.map(\.window) == [HourWindow(first: 25, last: 30), HourWindow(first: 25, last: 30)])
    }

    @Test("Only a file with a top-level regions: key is regional")
    func isRegional() throws {
        let fixture = try Self.twoRegions()
        _ = try Self.load(Self.valid, in: fixture)
        #expect(RegionalCaseLoader.isRegional(path: fixture.directory.appendingPathComponent("regional.yaml").path))
        #expect(!RegionalCaseLoader.isRegional(path: fixture.directory.appendingPathComponent("a.yaml").path))
        #expect(!RegionalCaseLoader.isRegional(path: fixture.directory.appendingPathComponent("nothing.yaml").path))
    }

    /// Each defect of a regional file, with the key path the error names and words it must say.
    static let defects: [(String, from: String, to: String, key: String?, mentions: [String])] = [
        ("unknown top-level key", "links:", "linkz:", "linkz", ["unknown key", "did you mean 'links'"]),
        ("unknown region key", "  - case: b.yaml", "  - case: b.yaml\n    plan: x", "regions[1].plan", ["unknown key", "case, without"]),
        ("missing region file", "case: b.yaml", "case: nothing.yaml", "regions[1].case", ["no case file at", "nothing.yaml", "relative to the directory"]),
        ("duplicate region", "case: b.yaml", "case: a.yaml", "regions[1]", ["region AA", "is already regions[0]"]),
        ("link end not a region", "to: BB, capacity_forward", "to: CC, capacity_forward", "links[0].to", ["'CC' is not a region", "AA, BB"]),
        ("link to itself", "to: BB, capacity_forward", "to: AA, capacity_forward", "links[0].to", ["from AA to itself"]),
        ("duplicate link name", "name: AA-BB-dc, ", "name: AA-BB, ", "links[1]", ["'AA-BB' is already defined"]),
        ("invalid link name", "name: AA-BB-dc", "name: \"AA BB\"", "links[1].name", ["not a valid name"]),
        ("negative capacity", "capacity_mw: 75", "capacity_mw: -75", "links[1].capacity_mw", ["out of range [0, 10000000]"]),
        ("NaN capacity", "capacity_mw: 75", "capacity_mw: .nan", "links[1].capacity_mw", ["not a finite number"]),
        ("infinite capacity", "capacity_mw: 75", "capacity_mw: .inf", "links[1].capacity_mw", ["not a finite number"]),
        ("huge capacity", "capacity_mw: 75", "capacity_mw: 1e300", "links[1].capacity_mw", ["beyond ±1000000000000000"]),
        ("capacity above the limit", "capacity_forward_mw: 300", "capacity_forward_mw: 2e7", "links[0].capacity_forward_mw", ["out of range [0, 10000000]"]),
        ("both capacities", "capacity_mw: 75", "capacity_mw: 75, capacity_forward_mw: 3", "links[1].capacity_forward_mw", ["not both"]),
        ("no capacity", ", capacity_mw: 75", "", "links[1]", ["missing 'capacity_forward_mw'"]),
        ("one direction only", ", capacity_backward_mw: 200", "", "links[0]", ["missing 'capacity_backward_mw'"]),
        ("loss of 1", "loss_per_unit: 0.05", "loss_per_unit: 1", "links[0].loss_per_unit", ["delivers nothing"]),
        ("negative loss", "loss_per_unit: 0.05", "loss_per_unit: -0.05", "links[0].loss_per_unit", ["out of range [0, 1]"]),
        ("NaN wheeling", "wheeling_eur_per_mwh: 2", "wheeling_eur_per_mwh: .nan", "links[0].wheeling_eur_per_mwh", ["not a finite number"]),
        ("negative wheeling", "wheeling_eur_per_mwh: 2", "wheeling_eur_per_mwh: -2", "links[0].wheeling_eur_per_mwh", ["0–100,000 EUR/MWh"]),
        ("without: an unknown resource", "without: [import]", "without: [nothing]", "regions[0].without[0]", ["has no resource 'nothing'", "coal, import"]),
        ("without: a resource twice", "without: [import]", "without: [import, import]", "regions[0].without[1]", ["listed twice"]),
        ("nested regional file", "case: b.yaml", "case: regional.yaml", "regions[1].case", ["itself a regional case"]),
        ("no regions", "regions:\n  - case: a.yaml\n    without: [import]\n  - case: b.yaml\n", "regions: []\n", "regions", ["1 to 100 regions"]),
        ("no name", "name: two\n", "", nil, ["missing 'name'"]),
    ]

    @Test("Each defect of a regional file is refused with a located error", arguments: defects.indices)
    func defect(_ index: Int) throws {
        let (what, from, to, key, mentions) = Self.defects[index]
        let fixture = try Self.twoRegions()
        #expect(Self.valid.contains(from), "\(what): the valid file has '\(from)'")
        let text = Self.valid.replacingOccurrences(of: from, with: to)
        checks.expectError({ _ = try Self.load(text, in: fixture) }, file: "regional.yaml", key: key, mentions: mentions)
    }

    @Test("Regions with different hours are refused, naming both windows")
    func differentWindows() throws {
        let fixture = try Self.twoRegions()
        let b = try String(contentsOf: fixture.directory.appendingPathComponent("b.yaml"), encoding: .utf8)
        try b.replacingOccurrences(of: "hours: 1-24", with: "hours: 1-48").write(to: fixture.directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        checks.expectError({ _ = try Self.load(Self.valid, in: fixture) }, file: "regional.yaml", line: 6, key: "regions[1]",
                           mentions: ["covers hours 1-48", "covers 1-24", "give 'hours:'"])
        // The regional file's hours settle it.
        #expect(try Self.load("hours: 1-12\n" + Self.valid, in: fixture).value.regions.map(\.hours) == [12, 12])
    }

    @Test("An error inside a region's file names that file")
    func regionFileError() throws {
        let fixture = try Self.twoRegions()
        try "name: b\nregion: BB\nload: load.csv#BB\nresources:\n  - {name: coal, kind: thermal, capacity_mw: -1, marginal_cost_eur_per_mwh: 1}\n"
            .write(to: fixture.directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        checks.expectError({ _ = try Self.load(Self.valid, in: fixture) }, file: "b.yaml", line: 5, key: "resources[0].capacity_mw", mentions: ["out of range"])
    }

    @Test("An alias bomb in a regional file is refused before it is expanded")
    func aliasBomb() throws {
        let fixture = try Self.twoRegions()
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        checks.expectError({ _ = try Self.load(bomb + Self.valid, in: fixture) }, file: "regional.yaml", mentions: ["more than 100000 values"])
    }
}
