import ArgumentParser
import Localization

/// `--lang` and `--units`, shared by the commands whose output a planner reads.
struct LanguageOptions: ParsableArguments {
    @Option(help: "Language of the text, pages and workbooks: en or zh-CN (plan quotes stay as written; errors stay English).")
    var lang: Language = .english

    @Option(help: "Units of capacities and energy: si (MW, MWh) or cn (万千瓦, 亿千瓦时).")
    var units: UnitStyle = .si

    /// The words and units chosen.
    var localizer: Localizer { Localizer(language: lang, units: units) }
}

extension Language: ExpressibleByArgument {}
extension UnitStyle: ExpressibleByArgument {}
