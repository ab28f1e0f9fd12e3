import Foundation
import Testing

/// `solve` and `export` on the committed southern-grid case, one week.
@Suite("Regional commands")
struct RegionalCommandTests {
    let cli = CommandLineTests()
    let southernGrid = "Models/regions/southern-grid-2030.yaml"

    /// The whole is checked against its parts: the total cost is the regions' own costs plus the links' wheeling,
    /// and an independent solve of the same LP (dual simplex from scratch, a vertex) agrees within 1e-6.
    @Test("solve --out: the whole, each region and links.csv; the total is the regions' costs plus wheeling")
    func solveWritesEveryPart() throws {
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("gridflex-regions-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: directory) }
        let result = try cli.run(["solve", southernGrid, "--hours", "1-168", "--json", "--out", directory.path])
        #expect(result.status == 0)
        let summary = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let regions = try #require(summary["regions"] as? [[String: Any]]), links = try #require(summary["links"] as? [[String: Any]])
        #expect(regions.compactMap { $0["region"] as? String } == ["GD", "GX", "YN", "GZ", "HI"])
        #expect(links.count == 5)
        let total = try #require(summary["objective"] as? Double)
        let parts = regions.compactMap { $0["objective"] as? Double }.reduce(0, +) + links.compactMap { $0["wheelingEUR"] as? Double }.reduce(0, +)
        #expect(abs(total - parts) <= 1e-6 * total)

        let simplex = try cli.run(["solve", southernGrid, "--hours", "1-168", "--json", "--method", "simplex"])
        let reference = try #require((JSONSerialization.jsonObject(with: Data(simplex.stdout.utf8)) as? [String: Any])?["objective"] as? Double)
        #expect(abs(total - reference) <= 1e-6 * reference)

        let table = try String(contentsOf: directory.appendingPathComponent("links.csv"), encoding: .utf8).split(separator: "\n")
        #expect(table.count == 169)
        #expect(table[0].hasPrefix("hour,flow[GD-GX],flow_back[GD-GX],") && table[0].hasSuffix(",price[GZ],price[HI]"))
        for region in ["GD", "GX", "YN", "GZ", "HI"] {
            #expect(manager.fileExists(atPath: directory.appendingPathComponent("\(region)/hourly.csv").path))
        }
    }

    @Test("Options a regional case does not take are refused as bad input, the option named")
    func refusedOptions() throws {
        let result = try cli.run(["solve", southernGrid, "--hours", "1-168", "--set", "battery.power_mw=1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--set is not available for a regional case"))
    }

    @Test("export --mps writes the joined LP with names scoped by region")
    func exportScopedNames() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("regions-\(UUID().uuidString).mps")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try cli.run(["export", southernGrid, "--hours", "1-24", "--mps", file.path])
        #expect(result.status == 0)
        let mps = try String(contentsOf: file, encoding: .utf8)
        #expect(mps.contains("balance[GX,t=1]") && mps.contains("flow[GD-GX,t=24]") && mps.contains("gen[GD,"))
    }
}

extension RegionalCommandTests {
    /// Without a group the regional LP is the same LP with some columns fixed at 0, so its optimum cannot be lower:
    /// every cost delta is ≥ 0 (up to the interior point's gap).
    @Test("plan check on a regional case checks the placed plan region on the regional dispatch")
    func planCheckPlacedRegion() throws {
        let result = try cli.run(["plan", "check", southernGrid, "--hours", "1-168", "--json"])
        #expect(result.status == 0)
        let output = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((output["group_targets"] as? [Any])?.isEmpty == true)
        let checks = try #require(output["regions"] as? [[String: Any]])
        #expect(checks.compactMap { $0["region"] as? String } == ["GX"])
        let check = try #require(checks.first?["check"] as? [String: Any])
        let rows = try #require(check["contributions"] as? [[String: Any]])
        #expect(rows.compactMap { $0["group"] as? String } == ["pumped_hydro", "new_storage", "demand_response", "all_flexibility"])
        #expect(rows.allSatisfy { ($0["delta_operating_cost_eur"] as? Double ?? -1) >= -1e-6 * 2.8e9 })
    }
}
