import Analysis
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming

/// A regional case too large for one LP solved window by window, in order, each window's storage levels and what is
/// left of each year-long budget handed to the next.
///
/// Why: GLPK's interior point factorises one matrix for the whole LP, and a mesh of regions joined hour by hour fills
/// it in fast: 31 provinces over a week solve in about 20 s, over the full year they run out of 24 GiB
/// (Benchmarks/README.md, "Regions"). Windows of a week keep each factorisation small.
///
/// What a window sees: the case over its hours, as `--hours` would cut it; every storage starts at the level the
/// previous window left (the first window keeps the case's own rule, cyclic within the window when the case gives no
/// initial level), and every thermal plant's first hour is tied by its ramp and start-up rows to the output and online
/// capacity the previous window left (``GridModel/ThermalPlant/hourBefore``); a year-long cap (demand response energy
/// per year, a CO2 cap, a group's CO2 cap) gets what is left of it in proportion to the window's share of the hours
/// left, and passes on what it does not use; a ratio target (renewable utilisation, non-hydro share, a region's or a
/// group's) is a row in every window, and its shortfall is then judged over the year (a week short and a week over make
/// a year met). What no window sees: the year's cyclic storage condition (the run's notes say how far the levels end
/// from it) and the rest of the year (each week is dispatched without foresight beyond it); the status is `feasible`,
/// never `optimal`. The first week's cyclic level is free, so the stitched cost is no bound on the single LP's optimum
/// either way; the gap on the southern grid's year is measured in Benchmarks/README.md.
public enum RegionalDecomposition {
    /// Hours per window: a week, so that weekly pumped-hydro cycles fit in one.
    public static let windowHours = 168
    /// Regions above which `auto` decomposes a case longer than one window: ten provinces over the full year solved as
    /// one LP in 238 s and 2.4 GB, 31 did not fit in 24 GiB (Benchmarks/README.md, "Regions").
    public static let largestSingleLPRegions = 10

    /// Whether `auto` solves this case window by window.
    public static func isTooLargeForOneLP(_ source: RegionalCase) -> Bool {
        source.regions.count > largestSingleLPRegions && (source.regions.first?.hours ?? 0) > windowHours
    }

    /// Solves `source` window by window; `windowCase` gives the case over a window of hours (as loading it with
    /// `--hours` would); `progress` gets a line per window.
    /// `timeLimitSeconds` bounds each window's simplex as `solve --time-limit` does a single LP's.
    public static func solve(_ source: RegionalCase, method: SolveMethod, timeLimitSeconds: Double? = nil, readSeconds: Double,
                             windowCase: (HourWindow) throws -> RegionalCase, progress: (String) -> Void = { _ in }) throws -> RegionalRun {
        guard let whole = source.window else { return try RegionalRun(case: source, method: method, readSeconds: readSeconds) }
        let clock = ContinuousClock()
        let blocks = whole.blocks(ofHours: windowHours)
        var state = HandedOver(source)
        var parts: [(program: LinearProgram, solution: Solution)] = []
        var buildSeconds = 0.0
        var windowNotes: [[String]] = []
        for (index, block) in blocks.enumerated() {
            let window = HourWindow(first: whole.first + block.lowerBound, last: whole.first + block.upperBound - 1)!
            let started = clock.now
            let hoursLeft = Double(whole.count - block.lowerBound)
            let model = RegionalModel(case: state.applied(to: try windowCase(window), share: Double(block.count) / hoursLeft, first: index == 0))
            let problem = try GLPKProblem(model.program)
            buildSeconds += (clock.now - started).seconds
            let (solution, notes) = try method.solve(problem, timeLimitSeconds: timeLimitSeconds)
            windowNotes.append(notes)
            guard solution.status.hasSolution else {
                throw DecompositionError.windowFailed(window: window, status: solution.status)
            }
            state.record(model, solution)
            parts.append((model.program, solution))
            progress("window \(index + 1)/\(blocks.count), hours \(window): \(solution.status.rawValue), "
                + String(format: "%.2f s", (clock.now - started).seconds))
        }
        let started = clock.now
        let model = RegionalModel(case: source)
        var solution = Solution.stitched(for: model.program, from: parts)
        judgeTargetsOverTheYear(model, &solution)
        buildSeconds += (clock.now - started).seconds
        let run = RegionalRun(model: model, solution: solution, buildSeconds: buildSeconds, readSeconds: readSeconds,
                              notes: ["solved in \(blocks.count) windows of up to \(windowHours) h, each window's storage levels, "
                                + "thermal output and online capacity and unused year-long budgets handed to the next; targets judged "
                                + "over the year; the shadow prices of year-long rows are not known (NaN)",
                                      "cyclic storage levels end \(Int(state.cyclicMismatchMWh(source).rounded())) MWh from closing the year"]
                                + summarised(windowNotes))
        return run
    }
}

extension RegionalDecomposition {
    /// The windows' solver notes, one line per kind (the same words once their numbers are left out): the first
    /// window's wording, and how many windows had such a note.
    public static func summarised(_ windowNotes: [[String]]) -> [String] {
        var kinds: [(kind: String, example: String, windows: Int)] = []
        for notes in windowNotes {
            var seen: Set<String> = []
            for note in notes {
                let kind = String(note.filter { !$0.isNumber })
                guard seen.insert(kind).inserted else { continue }
                if let index = kinds.firstIndex(where: { $0.kind == kind }) {
                    kinds[index].windows += 1
                } else {
                    kinds.append((kind, note, 1))
                }
            }
        }
        return kinds.map { $0.windows == windowNotes.count ? $0.example : "\($0.windows) of \(windowNotes.count) windows, e.g.: \($0.example)" }
    }

    /// Sets each target's shortfall (each region's and each group's) to what the stitched dispatch misses over the
    /// year, instead of the windows' sum of their own shortfalls, and the objective's penalty with it: `target[ID]` is
    /// Σ terms ± shortfall against the year's bound, and its stitched activity holds the windows' terms and shortfalls.
    static func judgeTargetsOverTheYear(_ model: RegionalModel, _ solution: inout Solution) {
        let regionRows = zip(model.regions, model.placements).flatMap { region, placement in
            region.targetRows.map { (row: placement.row($0.row).index, column: placement.column($0.shortfall).index) }
        }
        for (row, column) in regionRows + model.groupTargets.map({ (row: $0.row.index, column: $0.shortfall.index) }) {
            let windowsShortfall = solution.columnValues[column]
            let shortfall: Double, sign: Double
            switch model.program.rowBounds[row] {
            case let .atLeast(bound):
                sign = 1
                shortfall = max(0, bound - (solution.rowActivities[row] - windowsShortfall))
            case let .atMost(bound):
                sign = -1
                shortfall = max(0, solution.rowActivities[row] + windowsShortfall - bound)
            default:
                continue
            }
            solution.rowActivities[row] += sign * (shortfall - windowsShortfall)
            solution.objective += model.program.objective[column] * (shortfall - windowsShortfall)
            solution.columnValues[column] = shortfall
        }
    }
}

/// Why a decomposition stopped.
public enum DecompositionError: Error, CustomStringConvertible {
    /// A window's LP ended without a solution.
    case windowFailed(window: HourWindow, status: SolveStatus)

    /// What happened, naming the window.
    public var description: String {
        switch self {
        case let .windowFailed(window, status): return "the window of hours \(window) ended '\(status.rawValue)' without a dispatch"
        }
    }
}

/// What one window hands to the next: each storage's level and what is left of each year-long budget, by region (and
/// of each group's CO2 cap).
private struct HandedOver {
    /// Region → storage name → state of charge at the end of the last window, MWh.
    var levels: [String: [String: Double]] = [:]
    /// The same at the end of the first window: where a cyclic storage started the year (the first window is cyclic).
    var firstLevels: [String: [String: Double]]?
    /// Region → thermal plant name → its last hour in the last window.
    var lastHours: [String: [String: ThermalPlant.HourBefore]] = [:]
    /// Region → demand-response name → energy per year left, MWh.
    var demandResponseLeft: [String: [String: Double]] = [:]
    /// Region → target id → CO2 left, t.
    var co2Left: [String: [String: Double]] = [:]
    /// Group target id → CO2 left under the group's cap, t.
    var groupCO2Left: [String: Double] = [:]

    init(_ source: RegionalCase) {
        for region in source.regions {
            for case let .curtailableLoad(load) in region.resources {
                if let perYear = load.maxEnergyPerYearMWh { demandResponseLeft[region.region, default: [:]][load.name] = perYear }
            }
            for target in region.targets {
                if case let .co2Cap(maxTonnes) = target.requirement { co2Left[region.region, default: [:]][target.id] = maxTonnes }
            }
        }
        for group in source.targets {
            if case let .co2Cap(maxTonnes) = group.target.requirement { groupCO2Left[group.target.id] = maxTonnes }
        }
    }

    /// A window's case with the levels and its share of what is left.
    func applied(to windowCase: RegionalCase, share: Double, first: Bool) -> RegionalCase {
        var windowCase = windowCase
        for index in windowCase.regions.indices {
            let code = windowCase.regions[index].region
            windowCase.regions[index].resources = windowCase.regions[index].resources.map { resource in
                switch resource {
                case var .storage(unit) where !first && unit.energyMWh > 0:
                    unit.initialStateOfCharge = (levels[code]?[unit.name] ?? 0) / unit.energyMWh
                    return .storage(unit)
                case var .thermal(plant) where !first:
                    plant.hourBefore = lastHours[code]?[plant.name]
                    return .thermal(plant)
                case var .curtailableLoad(load) where load.maxEnergyPerYearMWh != nil:
                    load.maxEnergyPerYearMWh = max(0, (demandResponseLeft[code]?[load.name] ?? 0) * share)
                    return .curtailableLoad(load)
                default:
                    return resource
                }
            }
            windowCase.regions[index].targets = windowCase.regions[index].targets.map { target in
                guard case .co2Cap = target.requirement, let left = co2Left[code]?[target.id] else { return target }
                var target = target
                target.requirement = .co2Cap(maxTonnes: max(0, left * share))
                return target
            }
        }
        windowCase.targets = windowCase.targets.map { group in
            guard case .co2Cap = group.target.requirement, let left = groupCO2Left[group.target.id] else { return group }
            var group = group
            group.target.requirement = .co2Cap(maxTonnes: max(0, left * share))
            return group
        }
        return windowCase
    }

    /// Takes the end levels and what the window used.
    mutating func record(_ model: RegionalModel, _ solution: Solution) {
        let result = model.result(from: solution)
        for (index, region) in model.regions.enumerated() {
            let code = region.source.region, dispatch = result.regions[index]
            for case let .storage(unit) in region.source.resources {
                levels[code, default: [:]][unit.name] = dispatch.values(.stateOfCharge, of: unit.name).last ?? 0
            }
            for case let .thermal(plant) in region.source.resources {
                lastHours[code, default: [:]][plant.name] = ThermalPlant.HourBefore(
                    generationMW: dispatch.values(.generation, of: plant.name).last ?? 0,
                    onlineMW: dispatch.values(.online, of: plant.name).last ?? plant.capacityMW)
            }
            for (name, left) in demandResponseLeft[code] ?? [:] {
                demandResponseLeft[code]?[name] = left - dispatch.values(.reduction, of: name).reduce(0, +)
            }
            for target in region.source.targets where co2Left[code]?[target.id] != nil {
                co2Left[code]?[target.id]? -= Compliance.quantity(of: target.terms(in: region.source), in: dispatch)
            }
        }
        for group in model.source.targets where groupCO2Left[group.target.id] != nil {
            groupCO2Left[group.target.id]? -= GroupCompliance.quantity(of: group.terms(in: model.source), in: model.source, result: result)
        }
        if firstLevels == nil { firstLevels = levels }
    }

    /// Σ over the storages the case leaves cyclic of |level at the end − level the first window started from|, MWh:
    /// the one row between windows that none of them holds.
    func cyclicMismatchMWh(_ source: RegionalCase) -> Double {
        source.regions.reduce(0) { total, region in
            region.resources.reduce(total) { total, resource in
                guard case let .storage(unit) = resource, unit.initialStateOfCharge == nil,
                      let end = levels[region.region]?[unit.name], let start = firstLevels?[region.region]?[unit.name] else { return total }
                return total + abs(end - start)
            }
        }
    }
}
