/// The unit of a `--set` key, read from its name as the case format writes units into key names.
enum ParameterUnit {
    /// `MW` for `battery.power_mw`, `per unit` for `dr.share_of_peak`, …; `as set` when the name does not say.
    static func of(_ key: String) -> String {
        let name = key.split(separator: ".").last.map(String.init) ?? key
        let suffixes: [(String, String)] = [
            ("_eur_per_mwh", "EUR/MWh"), ("_eur_per_t", "EUR/t"), ("_eur_per_mw", "EUR/MW"), ("_eur_per_unit", "EUR/unit"),
            ("_mwh", "MWh"), ("_mw", "MW"), ("_twh", "TWh"), ("_hours", "h"), ("_t", "t"),
        ]
        if let unit = suffixes.first(where: { name.hasSuffix($0.0) })?.1 { return unit }
        if ["share", "efficiency", "utilisation", "soc", "min", "margin", "load"].contains(where: name.contains) || key.hasPrefix("plan.") {
            return "per unit"
        }
        return "as set"
    }
}
