import Testing
@testable import Localization

@Suite("String tables")
struct StringTableTests {
    @Test("Every key has a text in every language, with the same placeholders", arguments: Language.allCases)
    func everyKey(language: Language) {
        let table = StringTables.table(language), english = StringTables.table(.english)
        for key in TextKey.allCases {
            #expect(table[key] != nil, "\(language.rawValue) has no text for \(key)")
            #expect(placeholders(table[key] ?? "") == placeholders(english[key] ?? ""), "\(language.rawValue) \(key): placeholders differ")
        }
    }

    @Test("Chinese units: 1 万千瓦 = 10 MW and 1 亿千瓦时 = 100,000 MWh")
    func units() {
        let chinese = Localizer(language: .chinese, units: .cn)
        // By hand: 35,000 MW ÷ 10 = 3,500 万千瓦; 64,116,090 MWh ÷ 100,000 = 641.1609 → 641.16 亿千瓦时.
        #expect(chinese.powerText(35_000) == "3,500 万千瓦")
        #expect(chinese.energyText(64_116_090) == "641.16 亿千瓦时")
        #expect(Localizer.english.powerText(35_000) == "35,000 MW" && Localizer.english.energyText(1234.4) == "1,234 MWh")
        #expect(chinese(.planCounts, ["applied": "3", "tested": "2", "met": "1", "context": "7"]) == "目标：已采用 3 项，已检验 2 项（达标 1 项），背景 7 项")
    }

    /// The `{name}` placeholders of a text, sorted.
    func placeholders(_ text: String) -> [String] {
        text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) }.sorted()
    }
}
