import Foundation
import Testing

/// `gridflex export --invest` run as a user would.
@Suite("Export of the investment LP")
struct ExportInvestTests {
    let cli = CommandLineTests()

    @Test("export --invest of a case without candidates exits 1 naming the option")
    func refusedWithoutCandidates() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-invest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.run(["export", "Models/examples/guangxi-2020.yaml", "--hours", "1-24", "--invest", "--pypsa", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--invest") && result.stderr.contains("no candidates"))
    }

    @Test("export --pypsa --invest of the invest case: candidates extendable, energy, retrofits and the window share in the extra rows")
    func writesExtendableComponents() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-invest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.run(["export", "Benchmarks/cases/guangdong-invest.yaml", "--hours", "1-24", "--invest", "--pypsa", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        let generators = try String(contentsOf: directory.appendingPathComponent("generators.csv"), encoding: .utf8)
        let header = generators.split(separator: "\n")[0].split(separator: ",").map(String.init)
        let extendable = try #require(header.firstIndex(of: "p_nom_extendable"))
        let names = generators.split(separator: "\n").dropFirst().compactMap { line -> String? in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields[extendable] == "True" ? String(fields[0]) : nil
        }
        #expect(names == ["dr_new", "onwind_new", "offwind_new", "solar_new"])
        let extra = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("gridflex_extra.json")))
            as? [String: Any])
        let investment = try #require(extra["investment"] as? [String: Any])
        #expect(abs((investment["window_share"] as? Double ?? 0) - 24.0 / 8760) < 1e-15)
        let storage = try #require(investment["storage"] as? [[String: Any]])
        // battery_new sizes its energy apart (1–8 h); phs_new keeps its 6 h per MW.
        #expect(storage.map { $0["storage_unit"] as? String } == ["battery_new", "phs_new"])
        #expect(storage[1]["duration_hours"] as? Double == 6)
        let retrofits = try #require(investment["retrofits"] as? [[String: Any]])
        // coal: half of 67,303 MW may be retrofitted (max_share 0.5); chp: max_mw 10,000.
        #expect(retrofits.map { $0["max_mw"] as? Double } == [33_651.5, 10_000])
    }
}
