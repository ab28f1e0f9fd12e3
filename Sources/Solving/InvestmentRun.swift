import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming

/// `gridflex invest`: the investment LP solved (the case's candidates' capacities as columns, every target hard
/// unless asked otherwise) and the plan's portfolio (the case as written) dispatched beside it.
public struct InvestmentRun: Sendable {
    /// The investment LP.
    public let model: DispatchModel
    /// Its solution read back.
    public let dispatch: DispatchResult
    /// The case as written, dispatched (candidates ignored).
    public let plan: CaseRun
    /// Both portfolios compared.
    public let result: InvestmentResult
    /// Solver facts of the investment LP (its method, time and size; notes on fallbacks).
    public let solver: SolverFacts

    /// Solves both. With `softTargets` a target may be missed at its penalty; without, a target that no portfolio
    /// within the candidates' limits meets throws ``InvestmentFailure/unreachable(_:)`` naming it. `progress` hears
    /// one line as each step starts (a full-year investment LP takes a minute or more).
    public init(case source: Case, method: SolveMethod = .auto, timeLimitSeconds: Double? = nil, softTargets: Bool = false,
                readSeconds: Double = 0, progress: (String) -> Void = { _ in }) throws(InvestmentFailure) {
        let clock = ContinuousClock()
        let start = clock.now
        let model = DispatchModel(case: source, investing: true)
        let program = softTargets ? model.program : model.hardRequirementsProgram()
        let sizes: [String: CandidateSize]
        let optimalityGap: Double?
        do {
            let problem = try GLPKProblem(program)
            let buildSeconds = (clock.now - start).seconds
            progress("solving the investment LP (\(program.columnCount) columns × \(program.rowCount) rows, method \(method.rawValue))")
            let (solution, notes) = try method.solve(problem, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: Self.acceptedGap)
            if solution.status == .infeasible, !softTargets {
                throw InvestmentFailure.unreachable(try Self.unreachableTargets(model, method: method, timeLimitSeconds: timeLimitSeconds))
            }
            guard solution.status.hasSolution else {
                throw InvestmentFailure.noSolution("the investment LP ended with status '\(solution.status.rawValue)'")
            }
            self.model = model
            dispatch = model.result(from: solution)
            solver = SolverFacts(solution: solution, program: program, readSeconds: readSeconds, buildSeconds: buildSeconds, notes: notes)
            sizes = Self.sizes(model, solution: solution)
            optimalityGap = solution.status == .optimal ? nil : solution.relativeGap
            progress("investment LP \(solution.status.rawValue) after \(String(format: "%.1f", solution.seconds)) s; dispatching the plan's portfolio (the case as written)")
            plan = try CaseRun(case: source, method: method, timeLimitSeconds: timeLimitSeconds)
        } catch let error as GLPKError {
            throw .solver(error)
        } catch let failure as InvestmentFailure {
            throw failure
        } catch {
            throw .noSolution("\(error)")
        }
        guard plan.result.status.hasSolution else {
            throw .noSolution("the plan's portfolio (the case as written) ended with status '\(plan.result.status.rawValue)'")
        }
        let planSizes = (source.investment?.candidates ?? []).reduce(into: [String: CandidateSize]()) {
            $0[$1.resource] = CandidateSize.asWritten($1, in: source)
        }
        var result = InvestmentResult(
            case: source,
            optimum: PortfolioOutcome(sizes: sizes, dispatchedCase: source.withCandidateSizes(sizes), result: dispatch, capitalInObjective: true),
            plan: PortfolioOutcome(sizes: planSizes, dispatchedCase: source.withCandidateSizes(planSizes), result: plan.result, capitalInObjective: false))
        result.optimalityGap = optimalityGap
        self.result = result
    }

    /// Largest relative gap at which a point GLPK's interior point stopped at is kept as the portfolio (reported as
    /// `optimality_gap`). On the investment LP GLPK stops on numerical instability near the end, twice: on the
    /// full-year Models/guangxi/2030.yaml at gaps of 3e-5 to 9e-5, where its only fallback, a dual simplex from
    /// scratch, had not finished after 96 minutes. A portfolio within 1e-3 of the least cost (0.1 %) is kept, and
    /// says so.
    static let acceptedGap = 1e-3

    /// Each candidate's size read from its master columns: power (MW retrofitted for a retrofit) and, for storage,
    /// energy (its own column, or the case's hours of energy × power), each read by ``CapacityReading`` (the energy
    /// of a storage read at 0 MW as 0 within max hours × its tolerance).
    static func sizes(_ model: DispatchModel, solution: Solution) -> [String: CandidateSize] {
        model.investmentColumns.reduce(into: [:]) { sizes, columns in
            guard let candidate = model.source.investment?.candidate(for: columns.resource) else { return }
            let power = CapacityReading.megawatts(solution[columns.power], minMW: candidate.minMW, maxMW: candidate.maxMW)
            var energy: Double?
            if case let .storage(unit)? = model.source.resources.first(where: { $0.name == columns.resource }) {
                energy = columns.energy.map { column in
                    let value = solution[column]
                    let slack = CapacityReading.tolerance * (candidate.maxMW - candidate.minMW) * (candidate.energy?.maxHours ?? 0)
                    return power == 0 && value <= slack ? 0 : value
                } ?? power * (unit.dischargePowerMW > 0 ? unit.energyMWh / unit.dischargePowerMW : 0)
            }
            sizes[columns.resource] = CandidateSize(powerMW: power, energyMWh: energy)
        }
    }

    /// The targets no portfolio within the candidates' limits meets: the soft LP re-solved for the least total
    /// shortfall (each target's shortfall ÷ its bound, so MWh and t weigh alike; the adequacy shortfall ÷ the largest
    /// hourly requirement); those still short are named, the adequacy row as `adequacy`.
    static func unreachableTargets(_ model: DispatchModel, method: SolveMethod, timeLimitSeconds: Double?) throws -> [UnreachableTarget] {
        var program = model.program
        program.clearObjective()
        for row in model.targetRows {
            program.setCost(1 / max(1, abs(row.target.terms(in: model.source, investing: true).bound)), of: row.shortfall)
        }
        let adequacyScale = max(1, model.source.loadMW.max() ?? 0)
        for column in Set(model.adequacyRows?.shortfall ?? []) { program.setCost(1 / adequacyScale, of: column) }
        let solution = try method.solve(try GLPKProblem(program), timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedGap).solution
        guard solution.status.hasSolution else {
            throw InvestmentFailure.noSolution("the investment LP is infeasible even with its targets relaxed (status '\(solution.status.rawValue)')")
        }
        var short = model.targetRows.compactMap { row -> UnreachableTarget? in
            let shortfall = solution[row.shortfall]
            let scale = max(1, abs(row.target.terms(in: model.source, investing: true).bound))
            return shortfall > 1e-6 * scale ? UnreachableTarget(id: row.target.id, shortfall: shortfall, unit: row.unit) : nil
        }
        let adequacyShortfall = Set(model.adequacyRows?.shortfall ?? []).reduce(0) { $0 + solution[$1] }
        if adequacyShortfall > 1e-6 * adequacyScale {
            short.append(UnreachableTarget(id: "adequacy", shortfall: adequacyShortfall, unit: "MWh"))
        }
        guard !short.isEmpty else {
            throw InvestmentFailure.noSolution("the investment LP is infeasible, though each target alone can be met")
        }
        return short
    }
}

/// A target no portfolio within the candidates' limits meets.
public struct UnreachableTarget: Sendable, Equatable {
    /// Target id.
    public var id: String
    /// Least shortfall found with every candidate free within its limits, in `unit`.
    public var shortfall: Double
    /// The target row's unit (MWh or t).
    public var unit: String
}

/// Why `gridflex invest` has no portfolio to report.
public enum InvestmentFailure: Error, CustomStringConvertible {
    /// Hard targets no portfolio within the candidates' limits meets.
    case unreachable([UnreachableTarget])
    /// The solver ended without a solution.
    case noSolution(String)
    /// GLPK failed.
    case solver(GLPKError)

    /// What went wrong, for the error line.
    public var description: String {
        switch self {
        case let .unreachable(targets):
            let named = targets.map { "\($0.id) (at best \(Int($0.shortfall.rounded())) \($0.unit) short)" }.joined(separator: ", ")
            return "no portfolio within the candidates' limits meets target \(named); raise the candidates' max_mw, add candidates, or use --soft-targets to pay the penalty instead"
        case let .noSolution(text): return text
        case let .solver(error): return "\(error)"
        }
    }
}
