import Foundation
import GridModel

/// Investment, lifetime and fixed O&M from the data bundle's `costs/technology_costs_YEAR.csv` (EUR 2020),
/// annualised for sizing and investment.
public struct TechnologyCosts: Sendable {
    /// Technology → parameter → value, in the file's units.
    public let values: [String: [String: Double]]
    /// The file read, for messages.
    public let file: String

    /// Reads `costs/technology_costs_YEAR.csv` from the data directory.
    public static func load(from directory: DataDirectory, year: Int) throws(ScenarioError) -> TechnologyCosts {
        let file = "costs/technology_costs_\(year).csv"
        let text: String
        do {
            text = try String(contentsOf: directory.url.appendingPathComponent(file), encoding: .utf8)
        } catch {
            throw ScenarioError(file: file, message: "cannot read the cost file in \(directory.url.path); the bundle has 2025 and 2030 (use --cost-year)")
        }
        var values: [String: [String: Double]] = [:]
        for (offset, line) in text.split(separator: "\n").enumerated().dropFirst() {
            // technology, year, parameter, value, unit come before any quoted source text.
            let fields = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count >= 4 else { throw ScenarioError(file: file, line: offset + 1, message: "expected technology,year,parameter,value,…") }
            if let value = Double(fields[3]) { values[String(fields[0]), default: [:]][String(fields[2])] = value }
        }
        return TechnologyCosts(values: values, file: file)
    }

    /// Annuity factor: the share of an investment paid each year over `lifetime` years at `rate`.
    public static func annuity(rate: Double, lifetime: Double) -> Double {
        rate == 0 ? 1 / lifetime : rate / (1 - pow(1 + rate, -lifetime))
    }

    /// Annualised cost of one MW of storage power with `durationHours` of energy, EUR/MW-year: battery =
    /// inverter (EUR/kW, lifetime, FOM) + storage (EUR/kWh × hours, lifetime); pumped hydro = PHS (EUR/kW, lifetime, FOM).
    public func annualisedStorageCost(_ technology: Storage.Technology, durationHours: Double, discountRate: Double) throws(ScenarioError) -> Double {
        switch technology {
        case .battery, .other:
            return try annualised(Self.batteryPower, discountRate: discountRate) + durationHours * (try annualised(Self.batteryEnergy, discountRate: discountRate))
        case .pumpedHydro:
            return try annualised(Self.pumpedHydro, discountRate: discountRate)
        }
    }

    /// Annualised cost of one MW (or MWh, for an energy technology) of `technology`, EUR/MW-year (EUR/MWh-year):
    /// investment (per kW or kWh, × 1000) × annuity(discount rate, lifetime) + fixed O&M (% of investment per year;
    /// 0 when the file has none, as for `battery storage`).
    public func annualised(_ technology: String, discountRate: Double) throws(ScenarioError) -> Double {
        try annualised(technology, discountRate: discountRate, unitsPerInvestmentUnit: 1000)
    }

    /// Annualised cost of one unit of `technology` as the file gives its investment (EUR/MW for an inverter pair,
    /// EUR/km/MW for a line): investment × annuity(discount rate, lifetime) + fixed O&M (% of investment per year).
    public func annualisedPerMW(_ technology: String, discountRate: Double) throws(ScenarioError) -> Double {
        try annualised(technology, discountRate: discountRate, unitsPerInvestmentUnit: 1)
    }

    /// Investment × `unitsPerInvestmentUnit` (1000 from per kW to per MW), annualised with fixed O&M.
    private func annualised(_ technology: String, discountRate: Double, unitsPerInvestmentUnit: Double) throws(ScenarioError) -> Double {
        let investment = try value(technology, "investment") * unitsPerInvestmentUnit
        return investment * (Self.annuity(rate: discountRate, lifetime: try value(technology, "lifetime")) + (values[technology]?["FOM"] ?? 0) / 100)
    }

    /// The file's technology for battery power (EUR/kW).
    public static let batteryPower = "battery inverter"
    /// The file's technology for battery energy (EUR/kWh).
    public static let batteryEnergy = "battery storage"
    /// The file's technology for pumped hydro, energy included (EUR/kW).
    public static let pumpedHydro = "PHS"

    /// The file's technology for an AC overhead line (EUR/km/MW).
    public static let hvacLine = "HVAC overhead"
    /// The file's technology for a DC overhead line (EUR/km/MW).
    public static let hvdcLine = "HVDC overhead"
    /// The file's technology for a DC line's two converter stations (EUR/MW).
    public static let hvdcConverters = "HVDC inverter pair"

    private func value(_ name: String, _ parameter: String) throws(ScenarioError) -> Double {
        guard let value = values[name]?[parameter] else { throw ScenarioError(file: file, key: "\(name).\(parameter)", message: "not in the cost file") }
        return value
    }
}
