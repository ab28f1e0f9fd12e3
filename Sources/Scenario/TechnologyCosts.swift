import Foundation
import GridModel

/// Investment, lifetime and fixed O&M from the data bundle's `costs/technology_costs_YEAR.csv` (EUR 2020),
/// annualised for sizing.
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
        func value(_ name: String, _ parameter: String) throws(ScenarioError) -> Double {
            guard let value = values[name]?[parameter] else { throw ScenarioError(file: file, key: "\(name).\(parameter)", message: "not in the cost file") }
            return value
        }
        switch technology {
        case .battery, .other:
            let inverter = try value("battery inverter", "investment") * 1000
                * (Self.annuity(rate: discountRate, lifetime: try value("battery inverter", "lifetime")) + (try value("battery inverter", "FOM")) / 100)
            let storage = try value("battery storage", "investment") * 1000 * durationHours
                * Self.annuity(rate: discountRate, lifetime: try value("battery storage", "lifetime"))
            return inverter + storage
        case .pumpedHydro:
            return try value("PHS", "investment") * 1000 * (Self.annuity(rate: discountRate, lifetime: try value("PHS", "lifetime")) + (try value("PHS", "FOM")) / 100)
        }
    }
}
