import Foundation

/// Looks up the words of one language and writes capacities and energy in one unit style.
public struct Localizer: Sendable {
    /// The language of the words.
    public var language: Language
    /// The units of capacities and energy.
    public var units: UnitStyle

    /// English words, MW and MWh.
    public static let english = Localizer(language: .english, units: .si)

    /// A localizer.
    public init(language: Language, units: UnitStyle) {
        self.language = language
        self.units = units
    }

    /// The text of `key`, with each `{name}` replaced by its value.
    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        var text = StringTables.table(language)[key] ?? StringTables.table(.english)[key] ?? key.rawValue
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// A status or evaluation code of the outputs (`met`, `missed`, `applied`, `tested`, `context`, `binding`,
    /// `aspirational`) in this language; any other code as it is.
    public func word(_ code: String) -> String {
        TextKey(rawValue: code).map { callAsFunction($0) } ?? code
    }

    /// The unit capacities are written in: `MW` or `万千瓦`.
    public var powerUnit: String { units == .cn ? "万千瓦" : "MW" }
    /// The unit energy is written in: `MWh` or `亿千瓦时`.
    public var energyUnit: String { units == .cn ? "亿千瓦时" : "MWh" }

    /// MW in the chosen unit (1 万千瓦 = 10 MW).
    public func power(_ megawatts: Double) -> Double { units == .cn ? megawatts / 10 : megawatts }
    /// MWh in the chosen unit (1 亿千瓦时 = 10⁸ kWh = 100,000 MWh).
    public func energy(_ megawattHours: Double) -> Double { units == .cn ? megawattHours / 100_000 : megawattHours }

    /// A capacity with its unit, grouped: `12,345 MW` or `1,234.5 万千瓦`.
    public func powerText(_ megawatts: Double) -> String {
        "\(Self.grouped(power(megawatts), decimals: units == .cn ? 1 : 0)) \(powerUnit)"
    }

    /// An energy with its unit, grouped: `1,234,567 MWh` or `12.35 亿千瓦时`.
    public func energyText(_ megawattHours: Double) -> String {
        "\(Self.grouped(energy(megawattHours), decimals: units == .cn ? 2 : 0)) \(energyUnit)"
    }

    /// `value` with thousands separators and `decimals` decimals.
    static func grouped(_ value: Double, decimals: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSize = 3
        formatter.minimumFractionDigits = 0
        formatter.maximumFractionDigits = decimals
        return formatter.string(from: NSNumber(value: abs(value) < 0.5 * pow(10, Double(-decimals)) ? 0 : value)) ?? String(value)
    }
}
