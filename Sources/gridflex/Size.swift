import Analysis
import ArgumentParser
import Foundation
import GridModel
import Scenario
import Solving

/// `gridflex size`: the least storage power that meets a target, two ways.
struct Size: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the least power of a storage that meets a target: sizing LP and bisection, which must agree.",
        discussion: """
            --target takes an existing target id of the case or plan (ID>=VALUE), or a kind that is added to the case:
            renewable_utilisation>=U, non_hydro_renewable_share>=S, co2_cap<=T. The storage's energy follows its power
            at --duration hours (default: the case's energy ÷ power). The cost-optimal power adds the annualised
            investment and fixed O&M of the bundle's cost file to operating cost.
            """)

    @OptionGroup var options: CaseOptions

    @Option(help: "The target, e.g. renewable_utilisation>=0.95.")
    var target: String

    @Option(help: "The storage resource to size (its name in the case).")
    var resource: String

    @Option(help: "Hours of energy per MW of power (default: the case's energy ÷ power).")
    var duration: Double?

    @Option(name: .customLong("max-mw"), help: "Largest power considered, MW (default: the window's peak load).")
    var maxMW: Double?

    @Option(name: .customLong("tolerance-mw"), help: "Bisection tolerance, MW (default: 0.1 % of --max-mw, at least 1).")
    var toleranceMW: Double?

    @Option(name: .customLong("discount-rate"), help: "Discount rate for annualising investment, per unit.")
    var discountRate = 0.05

    @Option(name: .customLong("cost-year"), help: "Cost file of the data bundle: costs/technology_costs_YEAR.csv (2025 or 2030).")
    var costYear = 2030

    @Flag(help: "Print the outcome as JSON.")
    var json = false

    func validate() throws {
        try OptionRange.check("--duration", duration, 0.01...100_000, unit: "hours")
        try OptionRange.check("--max-mw", maxMW, 1...10_000_000, unit: "MW")
        try OptionRange.check("--tolerance-mw", toleranceMW, 0.001...10_000_000, unit: "MW")
        if let maxMW, let toleranceMW, toleranceMW > maxMW { throw ValidationError("--tolerance-mw \(toleranceMW): give at most --max-mw (\(maxMW) MW)") }
        try OptionRange.check("--discount-rate", discountRate, 0...1, unit: "per unit (0.05 for 5 %)")
        guard [2025, 2030].contains(costYear) else { throw ValidationError("--cost-year \(costYear): the bundle has cost files for 2025 and 2030") }
    }

    func run() throws {
        try reportingFailures {
            let (loaded, _) = try options.load()
            var source = loaded.value
            let targetID = try applyTarget(to: &source)
            guard case let .storage(unit) = source.resources.first(where: { $0.name == resource }) else {
                let storages = source.resources.compactMap { if case let .storage(unit) = $0 { return unit.name }; return nil }
                throw Failure.input("--resource \(resource): not a storage of this case; storages: \(storages.joined(separator: ", "))")
            }
            let hours = duration ?? (unit.dischargePowerMW > 0 ? unit.energyMWh / unit.dischargePowerMW : 0)
            guard hours > 0, hours.isFinite else { throw Failure.input("--duration: give the storage's hours of energy per MW (its case power is 0)") }
            let maximum = maxMW ?? source.peakLoadMW
            guard maximum > 0 else { throw Failure.input("--max-mw must be positive") }
            let cost: Double
            do {
                let costs = try TechnologyCosts.load(from: loaded.dataDirectory, year: costYear)
                cost = try costs.annualisedStorageCost(unit.technology, durationHours: hours, discountRate: discountRate) * Double(source.hours) / 8760
            } catch {
                throw Failure.input("\(error)")
            }
            let outcome: SizingOutcome
            do {
                outcome = try CapacitySizing.size(case: source, resource: resource, targetID: targetID, durationHours: hours, maximumMW: maximum,
                                                  toleranceMW: toleranceMW ?? max(1, maximum * 0.001), capacityCostEURPerMW: cost)
            } catch {
                throw Failure.solver("\(error)")
            }
            print(json ? try OutputFiles.json(outcome) : SizingText.render(outcome))
            guard outcome.agree else { throw Failure.solver("the sizing LP and the bisection disagree by more than the tolerance") }
        }
    }

    /// Sets the required value of an existing target, or adds one of the named kind; returns its id.
    func applyTarget(to source: inout Case) throws -> String {
        let atLeast = target.contains(">=")
        let parts = target.components(separatedBy: atLeast ? ">=" : "<=")
        guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw Failure.input("--target \(target): write KEY>=VALUE (or co2_cap<=T), e.g. renewable_utilisation>=0.95")
        }
        let key = parts[0].trimmingCharacters(in: .whitespaces)
        let isCap = key == "co2_cap" || source.targets.contains { if $0.id == key, case .co2Cap = $0.requirement { return true }; return false }
        let range = isCap ? 0...1e12 : 0...1.0
        guard range.contains(value) else {
            throw Failure.input("--target \(target): \(value) is out of range; \(isCap ? "a CO2 cap is within 0–1,000,000,000,000 t" : "a share or utilisation is within 0–1 (0.95 for 95 %)")")
        }
        if let index = source.targets.firstIndex(where: { $0.id == key }) {
            switch source.targets[index].requirement {
            case let .renewableUtilisation(_, names): source.targets[index].requirement = .renewableUtilisation(minimum: value, resources: names)
            case .nonHydroRenewableShare: source.targets[index].requirement = .nonHydroRenewableShare(minimum: value)
            case .co2Cap: source.targets[index].requirement = .co2Cap(maxTonnes: value)
            }
            return key
        }
        let requirement: Target.Requirement
        switch (key, atLeast) {
        case ("renewable_utilisation", true): requirement = .renewableUtilisation(minimum: value, resources: [])
        case ("non_hydro_renewable_share", true): requirement = .nonHydroRenewableShare(minimum: value)
        case ("co2_cap", false): requirement = .co2Cap(maxTonnes: value)
        default:
            throw Failure.input("--target \(target): no target '\(key)' in the case; use a target id, renewable_utilisation>=U, non_hydro_renewable_share>=S or co2_cap<=T")
        }
        source.targets.append(Target(id: key, requirement: requirement, source: "gridflex size --target \(target)"))
        return key
    }
}

/// The sizing outcome for people.
enum SizingText {
    static func render(_ outcome: SizingOutcome) -> String {
        func mw(_ value: Double?) -> String { value.map { String(format: "%.1f MW", $0) } ?? "unreachable within --max-mw" }
        var lines = ["Sizing \(outcome.resource) (\(String(format: "%g", outcome.durationHours)) h) for target \(outcome.target):"]
        func how(_ key: String) -> String { String(format: "%.1f s", outcome.seconds[key] ?? 0) + (outcome.solvedBy[key].map { ", \($0)" } ?? "") }
        lines.append("  (a) sizing LP, least capacity:   \(mw(outcome.leastCapacityMW))  [\(how("least_capacity_lp"))]")
        if let cost = outcome.capacityCostEURPerMW {
            lines.append("      cost-optimal capacity:       \(mw(outcome.costOptimalCapacityMW))  at \(String(format: "%.0f", cost)) EUR/MW over the window [\(how("cost_optimal_lp"))]")
        }
        func mean(_ steps: [SizingOutcome.Step]) -> String { String(format: "%.2f", steps.map(\.seconds).reduce(0, +) / Double(max(1, steps.count))) }
        let warm = outcome.steps.filter(\.warm), cold = outcome.steps.filter { !$0.warm }
        lines.append("  (b) bisection:                   \(mw(outcome.bisectionCapacityMW))  [\(outcome.steps.count) solves, \(String(format: "%.1f", outcome.seconds["bisection"] ?? 0)) s; "
            + "\(cold.count) interior point \(mean(cold)) s each, \(warm.count) warm \(mean(warm)) s each]")
        lines.append("  agreement within \(String(format: "%g", outcome.toleranceMW)) MW: \(outcome.agree ? "yes" : "NO")")
        return lines.joined(separator: "\n")
    }
}
