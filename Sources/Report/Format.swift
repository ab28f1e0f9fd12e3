import Charts
import Localization

/// The units the report prints energy, money and shares in, so that every card and table reads alike.
enum Format {
    /// MWh as GWh with one decimal below 100 GWh (`12.3`), none above (`1,234`).
    static func gigawattHours(_ megawattHours: Double) -> String {
        let value = megawattHours / 1e3
        return NumberFormat.grouped(value, decimals: abs(value) < 100 ? 1 : 0)
    }

    /// EUR as millions with one decimal (`2,251.6`).
    static func millions(_ euros: Double) -> String { NumberFormat.grouped(euros / 1e6, decimals: 1) }

    /// `hours 8,593–8,760`: a span of hours of the year (1-based, inclusive).
    static func hours(_ first: Int, _ last: Int, _ text: Localizer) -> String {
        text(.hoursRange, ["first": NumberFormat.grouped(Double(first)), "last": NumberFormat.grouped(Double(last))])
    }

    /// A per-unit share as a percentage with two decimals (`97.25 %`).
    static func percent(_ share: Double) -> String { "\(NumberFormat.grouped(share * 100, decimals: 2)) %" }

    /// Energy as cards and labels show it: GWh, or 亿千瓦时 in Chinese units.
    static func energy(_ megawattHours: Double, _ text: Localizer) -> String {
        text.units == .cn ? text.energyText(megawattHours) : "\(gigawattHours(megawattHours)) GWh"
    }

    /// The unit of energy columns: GWh, or 亿千瓦时 in Chinese units.
    static func energyUnit(_ text: Localizer) -> String { text.units == .cn ? text.energyUnit : "GWh" }

    /// An energy cell in ``energyUnit(_:)``.
    static func energyColumn(_ megawattHours: Double, _ text: Localizer) -> String {
        text.units == .cn ? NumberFormat.grouped(text.energy(megawattHours), decimals: 2) : gigawattHours(megawattHours)
    }
}
