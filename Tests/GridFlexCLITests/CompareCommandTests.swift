import Foundation
import Testing

/// `gridflex compare` run as a user would, against the summaries `gridflex solve` prints for the same cases.
@Suite("Compare command")
struct CompareCommandTests {
    let cli = CommandLineTests()

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("Guangxi 2025 against 2030 over one week: each difference is the 2030 summary's value less the 2025 one's")
    func guangxi() throws {
        let cases = ["Models/guangxi/2025.yaml", "Models/guangxi/2030.yaml"]
        let compared = try cli.run(["compare"] + cases + ["--hours", "1-168", "--json"])
        #expect(compared.status == 0, "\(compared.stderr)")
        let comparison = try object(compared.stdout)
        #expect(comparison["cases"] as? [String] == ["guangxi-2025", "guangxi-2030"])
        let summaries = try cases.map { path in try object(cli.run(["solve", path, "--hours", "1-168", "--json"]).stdout) }
        let kpis = try summaries.map { try #require($0["kpis"] as? [String: Double]) }
        let measures = try #require(comparison["measures"] as? [[String: Any]])
        func row(_ group: String, _ name: String) throws -> (values: [Double], difference: Double) {
            let found = try #require(measures.first { $0["group"] as? String == group && $0["name"] as? String == name }, "\(group) \(name)")
            let values = try #require(found["values"] as? [Double]), differences = try #require(found["differences"] as? [Double])
            #expect(differences[0] == 0)
            return (values, differences[1])
        }
        // By hand: the difference is solve(2030).kpis[key] − solve(2025).kpis[key], each solved on its own.
        for (name, key) in [("curtailment", "curtailment_mwh"), ("load", "load_mwh"), ("operating_cost", "operating_cost_eur"), ("co2", "co2_t"),
                            ("renewable_utilisation", "renewable_utilisation"), ("peak_net_load_after_flex", "peak_net_load_after_flex_mw")] {
            let group = try #require(["curtailment": "energy", "load": "energy", "operating_cost": "cost", "co2": "emissions",
                                      "renewable_utilisation": "utilisation", "peak_net_load_after_flex": "adequacy"][name])
            let compared = try row(group, name)
            let a = try #require(kpis[0][key]), b = try #require(kpis[1][key])
            #expect(compared.values == [a, b], "\(name)")
            #expect(abs(compared.difference - (b - a)) <= 1e-9 * max(1, abs(b)), "\(name): \(compared.difference) against \(b - a)")
        }
        // By hand from the files: wind and solar grow from the case files' 12,670 (onwind) + 0 (offwind) + 20,524 MW (solar)
        // to the plan's 70,000 MW (gx_wind_solar_2030; 2030 keeps the existing plant and adds onwind_new and solar_new),
        // +36,806 MW; PHS from Nanning's 4 × 300 = 1,200 MW to 8,400 MW (gx_phs_2030: Nanning's phs and the new phs_new),
        // +7,200 MW. A resource a case has not counts 0 there.
        func total(_ names: [String], case index: Int) throws -> Double {
            try names.reduce(0) { sum, name in
                let found = try #require(measures.first { $0["group"] as? String == "capacity" && $0["name"] as? String == name }, "\(name)")
                return sum + ((found["values"] as? [Any])?[index] as? Double ?? 0)
            }
        }
        let windAndSolar = ["onwind", "onwind_new", "offwind", "solar", "solar_new"], pumpedHydro = ["phs", "phs_new"]
        #expect(try total(windAndSolar, case: 1) - total(windAndSolar, case: 0) == 36_806)
        #expect(try total(pumpedHydro, case: 1) - total(pumpedHydro, case: 0) == 7_200)
        let targets = try #require(comparison["targets"] as? [[String: Any]])
        let phs = try #require(targets.first { $0["id"] as? String == "gx_phs_2030" })
        #expect((phs["statuses"] as? [Any])?.last as? String == "applied")
    }

    @Test("In Chinese with --units cn, capacities are in 万千瓦 (MW ÷ 10) and energy in 亿千瓦时 (MWh ÷ 100,000)")
    func chinese() throws {
        let cases = ["Models/guangxi/2025.yaml", "Models/guangxi/2030.yaml"]
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-compare-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: page) }
        let result = try cli.run(["compare"] + cases + ["--hours", "1-24", "--lang", "zh-CN", "--units", "cn", "--report", page])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        // By hand: Nanning's PHS, 1,200 MW in both cases, is 120 万千瓦; the rest of gx_phs_2030's 8,400 MW, 7,200 MW, is
        // 720 万千瓦 of phs_new, which 2025 has not (—).
        #expect(lines.contains(["装机", "phs", "万千瓦", "120", "120", "0"]))
        #expect(lines.contains(["装机", "phs_new", "万千瓦", "—", "720", "—"]))
        #expect(result.stdout.hasPrefix("以 guangxi-2025 为基准"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("算例对比") && html.contains("已采用"))
    }

    @Test("Fewer than two inputs is a usage error; a file that is no summary names itself and exits 1")
    func badInput() throws {
        let one = try cli.run(["compare", "Models/guangxi/2025.yaml"])
        #expect(one.status == 64 && one.stderr.contains("at least two inputs"))
        let wrong = try cli.run(["compare", "README.md", "Models/guangxi/2030.yaml", "--hours", "1-24"])
        #expect(wrong.status == 1 && wrong.stderr.contains("README.md: not a summary.json"))
    }
}
