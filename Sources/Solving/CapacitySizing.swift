import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming

/// The least storage power that meets a target, found two ways that must agree.
public struct SizingOutcome: Sendable, Codable, Equatable {
    /// One re-solve of the bisection.
    public struct Step: Sendable, Codable, Equatable {
        /// Power tried, MW.
        public var powerMW: Double
        /// Whether the target was met.
        public var met: Bool
        /// Simplex iterations.
        public var iterations: Int
        /// Seconds in the solver.
        public var seconds: Double
        /// Whether it started from the previous basis.
        public var warm: Bool

        enum CodingKeys: String, CodingKey {
            case powerMW = "power_mw", met, iterations, seconds, warm
        }
    }

    /// The storage sized.
    public var resource: String
    /// Energy per MW, h.
    public var durationHours: Double
    /// The target.
    public var target: String
    /// Least power from the sizing LP (capacity as a column, minimised alone, target hard), MW; nil when unreachable.
    public var leastCapacityMW: Double?
    /// Power that minimises operating plus annualised capacity cost with the target hard, MW (≥ the least).
    public var costOptimalCapacityMW: Double?
    /// Capacity cost used, EUR per MW over the window.
    public var capacityCostEURPerMW: Double?
    /// Least power from bisection over re-solves with the power fixed, MW (upper end of the final bracket).
    public var bisectionCapacityMW: Double?
    /// Bisection tolerance, MW.
    public var toleranceMW: Double
    /// Whether the sizing LP and the bisection agree within the tolerance.
    public var agree: Bool
    /// Bisection re-solves in order.
    public var steps: [Step]
    /// Seconds: least-capacity LP, cost-optimal LP, bisection.
    public var seconds: [String: Double]
    /// How each sizing LP was solved (same keys as `seconds`): the algorithm, and why it fell back when it did.
    public var solvedBy: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case resource, durationHours = "duration_hours", target, leastCapacityMW = "least_capacity_mw"
        case costOptimalCapacityMW = "cost_optimal_capacity_mw", capacityCostEURPerMW = "capacity_cost_eur_per_mw"
        case bisectionCapacityMW = "bisection_capacity_mw", toleranceMW = "tolerance_mw", agree, steps, seconds
        case solvedBy = "solved_by"
    }
}

/// Sizes one storage for one target.
public enum CapacitySizing {
    /// Runs both methods. `case` must contain the target (id `targetID`) and the storage `resource`.
    public static func size(case source: Case, resource: String, targetID: String, durationHours: Double, maximumMW: Double,
                            toleranceMW: Double, capacityCostEURPerMW: Double?) throws -> SizingOutcome {
        let clock = ContinuousClock()
        var outcome = SizingOutcome(resource: resource, durationHours: durationHours, target: targetID, toleranceMW: toleranceMW,
                                    agree: false, steps: [], seconds: [:])
        // (a) Sizing LP: least capacity, then cost-optimal capacity.
        var start = clock.now
        let sizing = Sizing(resource: resource, durationHours: durationHours, maximumMW: maximumMW, costEURPerMW: capacityCostEURPerMW ?? 0)
        let sized = DispatchModel(case: source, sizing: sizing)
        let least = try solve(sized.leastCapacityProgram(), as: "least_capacity_lp", in: &outcome)
        let read = { (solution: Solution, column: ColumnID) in CapacityReading.megawatts(solution[column], minMW: 0, maxMW: maximumMW) }
        if least.status == .optimal, let column = sized.capacityColumn { outcome.leastCapacityMW = read(least, column) }
        outcome.seconds["least_capacity_lp"] = (clock.now - start).seconds
        if let cost = capacityCostEURPerMW, outcome.leastCapacityMW != nil {
            start = clock.now
            let optimal = try solve(sized.hardTargetProgram(), as: "cost_optimal_lp", in: &outcome)
            if optimal.status == .optimal, let column = sized.capacityColumn { outcome.costOptimalCapacityMW = read(optimal, column) }
            outcome.capacityCostEURPerMW = cost
            outcome.seconds["cost_optimal_lp"] = (clock.now - start).seconds
        }
        // (b) Bisection over re-solves with the power fixed.
        start = clock.now
        outcome.bisectionCapacityMW = try bisect(case: source, resource: resource, targetID: targetID, durationHours: durationHours,
                                                 maximumMW: maximumMW, toleranceMW: toleranceMW, steps: &outcome.steps)
        outcome.seconds["bisection"] = (clock.now - start).seconds
        switch (outcome.leastCapacityMW, outcome.bisectionCapacityMW) {
        case let (least?, bisection?): outcome.agree = abs(least - bisection) <= toleranceMW + 1e-6 * max(1, least)
        case (nil, nil): outcome.agree = true
        default: outcome.agree = false
        }
        return outcome
    }

    /// Solves one sizing LP (interior point, dual simplex when it does not prove optimality) and records how.
    private static func solve(_ program: LinearProgram, as key: String, in outcome: inout SizingOutcome) throws(GLPKError) -> Solution {
        let (solution, fallbackReason) = try GLPKProblem(program).solveInteriorWithFallback()
        outcome.solvedBy[key] = solution.method.rawValue + (fallbackReason.map { " (\($0))" } ?? "")
        return solution
    }

    /// Brackets the least power meeting the target between an unmet and a met value, halving until the bracket is
    /// narrower than the tolerance. A ``WarmStartSolver`` without vertices re-solves: the first solve is an interior
    /// point and crossover, as `gridflex solve`; from its basis the next solves restart with only the storage's bounds
    /// changed (warm dual simplex, given no more time than the last cold solve took) for as long as a warm solve is
    /// no slower than a cold one (the choice is recorded in each step's `warm`).
    static func bisect(case source: Case, resource: String, targetID: String, durationHours: Double, maximumMW: Double,
                       toleranceMW: Double, steps: inout [SizingOutcome.Step]) throws -> Double? {
        let model = DispatchModel(case: source)
        guard let row = model.targetRows.first(where: { $0.target.id == targetID }) else { return nil }
        let solver = WarmStartSolver(warmStarts: true, vertices: false)
        defer { solver.release() }
        func met(_ power: Double) throws -> Bool {
            var program = model.program
            let changes = model.storageCapacityChanges(resource, powerMW: power, energyMWh: power * durationHours)
            for (column, bounds) in changes.columns { program.setBounds(bounds, of: column) }
            for (row, bounds) in changes.rows { program.setBounds(bounds, of: row) }
            let outcome = try solver.solve(program)
            let solution = outcome.solution
            guard solution.status == .optimal else { throw GLPKError.outOfRange("bisection solve at \(power) MW ended \(solution.status.rawValue)") }
            let isMet = solution[row.shortfall] <= 1e-6 * max(1, abs(solution.rowActivities[row.row.index]))
            steps.append(.init(powerMW: power, met: isMet, iterations: solution.iterations, seconds: solution.seconds, warm: outcome.warm))
            return isMet
        }
        // No storage first: a case that already meets its target (the common case) needs one solve.
        if try met(0) { return 0 }
        guard try met(maximumMW) else { return nil }
        var low = 0.0, high = maximumMW
        while high - low > toleranceMW {
            let middle = (low + high) / 2
            if try met(middle) { high = middle } else { low = middle }
        }
        return high
    }
}
