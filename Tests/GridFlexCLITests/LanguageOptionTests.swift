import Foundation
import Testing

/// `--lang zh-CN --units cn` on the text a planner reads.
@Suite("Language options")
struct LanguageOptionTests {
    let cli = CommandLineTests()

    @Test("plan check in Chinese with 万千瓦: labels translated, peak load ÷ 10, plan quotes as written")
    func chinesePlanCheck() throws {
        let arguments = ["plan", "check", "Models/guangxi/2030.yaml", "--hours", "1-24"]
        let json = try cli.run(arguments + ["--json"])
        let check = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(check["summary"] as? [String: Any]), kpis = try #require(summary["kpis"] as? [String: Double])
        let targets = try #require(check["targets"] as? [[String: Any]])
        let chinese = try cli.run(arguments + ["--lang", "zh-CN", "--units", "cn"])
        #expect(chinese.status == 0)
        // By hand: 1 万千瓦 = 10 MW, so the peak load line shows peak_load_mw ÷ 10, grouped with no decimals (≥ 10).
        let peak = try #require(kpis["peak_load_mw"]) / 10
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        #expect(chinese.stdout.contains("最大负荷  \(formatter.string(from: NSNumber(value: peak))!) 万千瓦"))
        #expect(chinese.stdout.contains("运行成本") && chinese.stdout.contains("规划 guangxi 2030："))
        for target in targets { #expect(chinese.stdout.contains("「\(target["quote"] as? String ?? "")」")) }
        #expect(!chinese.stdout.contains("Operating cost") && !chinese.stdout.contains("Peak load"))
        let bad = try cli.run(arguments + ["--lang", "fr"])
        #expect(bad.status == 64 && bad.stderr.contains("zh-CN"))
    }
}
