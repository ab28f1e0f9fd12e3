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

extension LanguageOptionTests {
    @Test("solve --report in Chinese: lang attribute, Chinese headings, peak load in 万千瓦 (MW ÷ 10)")
    func chineseReport() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-zh-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: page) }
        let json = try cli.run(["solve", "Models/guangxi/2030.yaml", "--hours", "1-168", "--json"])
        let summary = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let peak = try #require((summary["kpis"] as? [String: Double])?["peak_load_mw"])
        let result = try cli.run(["solve", "Models/guangxi/2030.yaml", "--hours", "1-168", "--lang", "zh-CN", "--units", "cn", "--report", page])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("主要结果") && html.contains("算例与数据") && html.contains("\"Noto Sans CJK SC\""))
        // By hand: 1 万千瓦 = 10 MW; the card rounds to one decimal with thousands separators.
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.maximumFractionDigits = 1
        #expect(html.contains("<div class=\"value\">\(formatter.string(from: NSNumber(value: peak / 10))!) 万千瓦</div>"))
        #expect(!html.contains(">Key results<") && !html.contains(">Operating cost<"))
    }
}
