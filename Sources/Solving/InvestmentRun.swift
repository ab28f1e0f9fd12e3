import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming

/// `gridflex invest`: the investment LP solved (the case's candidates' capacities as columns, every target hard
/// unless asked otherwise); the portfolio read from it and the plan's portfolio (the case as written) are then
/// each dispatched, at once on two threads, so that what the least-cost portfolio meets and costs is tested on the
/// capacities reported, not on the LP's point. Capacities are read by ``CapacityReading``; when that loses a target
/// or the adequacy row the LP met, the portfolio is reported and dispatched as the LP left it instead.
public struct InvestmentRun: Sendable {
    /// The investment LP.
    public let model: DispatchModel
    /// Its solution read back.
    public let dispatch: DispatchResult
    /// The least-cost portfolio as reported, dispatched.
    public let optimum: CaseRun
    /// The case as written, dispatched (candidates ignored).
    public let plan: CaseRun
    /// Both portfolios compared.
    public let result: InvestmentResult
    /// Solver facts of the investment LP (its method, time and size; notes on fallbacks, and on a dispatch kept within
    /// its gap of optimal).
    public private(set) var solver: SolverFacts

    /// Solves all three. With `softTargets` a target may be missed at its penalty; without, a target that no
    /// portfolio within the candidates' limits meets throws ``InvestmentFailure/unreachable(_:)`` naming it.
    /// `progress` hears one line as each step starts (a full-year investment LP takes a minute or more).
    public init(case source: Case, method: SolveMethod = .auto, timeLimitSeconds: Double? = nil, softTargets: Bool = false,
                readSeconds: Double = 0, progress: (String) -> Void = { _ in }) throws(InvestmentFailure) {
        let clock = ContinuousClock()
        let start = clock.now
        let model = DispatchModel(case: source, investing: true)
        let program = softTargets ? model.program : model.hardRequirementsProgram()
        let solution: Solution
        let buildSeconds: Double
        do {
            let problem = try GLPKProblem(program)
            buildSeconds = (clock.now - start).seconds
            progress("solving the investment LP (\(program.columnCount) columns × \(program.rowCount) rows, method \(method.rawValue))")
            let notes: [String]
            (solution, notes) = try method.solve(problem, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: Self.acceptedGap,
                                                 ordering: Self.ordering, crossingOver: false)
            if solution.status == .infeasible, !softTargets {
                throw InvestmentFailure.unreachable(try Self.unreachableTargets(model, method: method, timeLimitSeconds: timeLimitSeconds))
            }
            guard solution.status.hasSolution else {
                throw InvestmentFailure.noSolution("the investment LP ended with status '\(solution.status.rawValue)'")
            }
            solver = SolverFacts(solution: solution, program: program, readSeconds: readSeconds, buildSeconds: buildSeconds, notes: notes)
        } catch {
            throw Self.failure(error)
        }
        self.model = model
        dispatch = model.result(from: solution)
        progress("investment LP \(solution.status.rawValue) after \(String(format: "%.1f", solution.seconds)) s; dispatching the plan's portfolio "
                 + "(the case as written) and the least-cost portfolio as read, at once")
        let portfolios: DispatchedPortfolios
        do {
            portfolios = try Self.dispatchPortfolios(model, solution: solution, investmentLP: dispatch, softTargets: softTargets, method: method,
                                                     timeLimitSeconds: timeLimitSeconds, progress: progress)
        } catch {
            throw Self.failure(error)
        }
        (optimum, plan) = (portfolios.optimum, portfolios.plan)
        var notes = solver.notes + portfolios.notes
        for (run, which) in [(optimum, "the least-cost portfolio"), (plan, "the plan's portfolio (the case as written)")] {
            let facts = run.summary.solver
            guard run.result.status.hasSolution else {
                throw .noSolution("\(which) ended with status '\(run.result.status.rawValue)' when dispatched")
            }
            progress("\(which) dispatched: \(facts.method), \(facts.iterations) iterations, \(String(format: "%.1f", facts.solveSeconds)) s")
            if run.result.status != .optimal {
                notes += facts.notes.map { "dispatch of \(which): \($0)" }
            }
        }
        solver.notes = notes
        let planSizes = (source.investment?.candidates ?? []).reduce(into: [String: CandidateSize]()) {
            $0[$1.resource] = CandidateSize.asWritten($1, in: source)
        }
        var result = InvestmentResult(
            case: source,
            optimum: PortfolioOutcome(sizes: portfolios.sizes, dispatchedCase: portfolios.optimumCase, result: optimum.result,
                                      capitalInObjective: false, investmentLP: (source, dispatch)),
            plan: PortfolioOutcome(sizes: planSizes, dispatchedCase: source.withCandidateSizes(planSizes), result: plan.result, capitalInObjective: false))
        result.optimalityGap = solution.status == .optimal ? nil : solution.relativeGap
        self.result = result
    }

    /// Each candidate whose read size differs from the LP's value, as `NAME LP → read MW`.
    /// A difference within ``ActivityTolerance`` of the candidate's largest capacity is round-off and not listed.
    static func readAtLimits(_ sizes: [String: CandidateSize], investedMW: [String: Double], in source: Case) -> [String] {
        (source.investment?.candidates ?? []).compactMap { candidate in
            guard let value = investedMW[candidate.resource], let size = sizes[candidate.resource]?.powerMW,
                  ActivityTolerance.isActive(abs(size - value), capacityMW: candidate.maxMW) else { return nil }
            return "\(candidate.resource) \(String(format: "%.3f", value)) → \(String(format: "%g", size)) MW"
        }
    }

    /// The least-cost portfolio and the plan's, dispatched.
    struct DispatchedPortfolios {
        /// The least-cost portfolio's sizes as reported.
        var sizes: [String: CandidateSize]
        /// The case at those sizes.
        var optimumCase: Case
        /// Its dispatch.
        var optimum: CaseRun
        /// The case as written, dispatched.
        var plan: CaseRun
        /// What the reader should know about how the least-cost portfolio was read and dispatched.
        var notes: [String] = []

        /// Replaces the least-cost portfolio by `sizes` of `source`, dispatched (`hard`: every requirement hard).
        mutating func redispatch(_ sizes: [String: CandidateSize], of source: Case, hard: Bool,
                                 with dispatch: (Case, Bool) throws -> CaseRun) throws {
            self.sizes = sizes
            optimumCase = source.withCandidateSizes(sizes)
            optimum = try dispatch(optimumCase, hard)
        }
    }

    /// Dispatches the portfolio read from the investment LP and the case as written, at once. When reading capacities
    /// at their limits loses a requirement the LP's point meets, the portfolio is read and dispatched as the LP left
    /// it; when, without `softTargets`, its dispatch still pays a penalty rather than meet a requirement the LP held
    /// hard (at fixed capacities that can be cheaper), it is dispatched with every requirement hard, as in the LP.
    static func dispatchPortfolios(_ model: DispatchModel, solution: Solution, investmentLP: DispatchResult, softTargets: Bool,
                                   method: SolveMethod, timeLimitSeconds: Double?, progress: (String) -> Void) throws -> DispatchedPortfolios {
        let source = model.source
        let dispatch: @Sendable (Case, Bool) throws -> CaseRun = { portfolio, hard in
            try CaseRun(case: portfolio, method: method, timeLimitSeconds: timeLimitSeconds, investing: portfolio.investment != nil,
                        hardRequirements: hard, acceptedInteriorGap: acceptedGap)
        }
        let read = sizes(model, solution: solution, readingLimits: true)
        let readCase = source.withCandidateSizes(read)
        let (optimum, plan) = try SolvedTogether.both({ try dispatch(readCase, false) }, {
            try CaseRun(case: source, method: method, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedGap)
        })
        var portfolios = DispatchedPortfolios(sizes: read, optimumCase: readCase, optimum: optimum, plan: plan)
        let readAtLimits = readAtLimits(read, investedMW: investmentLP.investedMW, in: source)
        var lost = requirementsLost(investmentLP: investmentLP, of: source, dispatched: optimum.result, at: readCase)
        if !lost.isEmpty, !readAtLimits.isEmpty {
            // Reading at the limits took away what the LP needed: report and dispatch the LP's own capacities.
            progress("the least-cost portfolio as read misses \(lost.joined(separator: ", ")); dispatching it as the LP left it")
            portfolios.notes.append("capacities near a limit are kept as the LP left them (\(readAtLimits.joined(separator: ", "))): read at the "
                                    + "limit, the portfolio misses \(lost.joined(separator: ", ")) when dispatched")
            try portfolios.redispatch(sizes(model, solution: solution, readingLimits: false), of: source, hard: false, with: dispatch)
            lost = requirementsLost(investmentLP: investmentLP, of: source, dispatched: portfolios.optimum.result, at: portfolios.optimumCase)
        } else if !readAtLimits.isEmpty {
            portfolios.notes.append("capacities within \(CapacityReading.tolerance) of their range from a limit are read as that limit, and the "
                                    + "portfolio is dispatched as read: \(readAtLimits.joined(separator: ", "))")
        }
        if !lost.isEmpty, !softTargets {
            progress("the least-cost portfolio's dispatch pays the penalty of \(lost.joined(separator: ", ")) rather than meet it; dispatching it "
                     + "with every requirement hard, as in the investment LP")
            portfolios.notes.append("at the least-cost portfolio's capacities the penalty of \(lost.joined(separator: ", ")) is cheaper than meeting "
                                    + "it; the portfolio, as the LP left it, is dispatched with every target and the adequacy row hard, as in the LP")
            try portfolios.redispatch(sizes(model, solution: solution, readingLimits: false), of: source, hard: true, with: dispatch)
        }
        return portfolios
    }

    /// The targets (by id) and the adequacy row (`adequacy`) that the investment LP's point meets (read against the
    /// LP's own case, `source`) and the dispatch of the portfolio at `portfolioCase` does not.
    static func requirementsLost(investmentLP: DispatchResult, of source: Case, dispatched: DispatchResult, at portfolioCase: Case) -> [String] {
        let metInLP = Set(Compliance.evaluate(case: source, result: investmentLP).filter(\.met).map(\.id))
        var lost = Compliance.evaluate(case: portfolioCase, result: dispatched).filter { metInLP.contains($0.id) && !$0.met }.map(\.id)
        if let lpShort = AdequacySummary(case: source, result: investmentLP)?.hoursShort, lpShort == 0,
           let short = AdequacySummary(case: portfolioCase, result: dispatched)?.hoursShort, short > 0 {
            lost.append("adequacy")
        }
        return lost
    }

    /// Any error of a solve as the run's failure.
    static func failure(_ error: any Error) -> InvestmentFailure {
        switch error {
        case let failure as InvestmentFailure: return failure
        case let error as GLPKError: return .solver(error)
        default: return .noSolution("\(error)")
        }
    }

    /// Largest relative gap at which a point GLPK's interior point stopped at is kept as the portfolio (reported as
    /// `optimality_gap`). On the investment LP GLPK stops on numerical instability near the end, twice: on the
    /// full-year Models/guangxi/2030.yaml at gaps of 3e-5 to 9e-5, where its only fallback, a dual simplex from
    /// scratch, had not finished after 96 minutes. A portfolio within 1e-3 of the least cost (0.1 %) is kept, and
    /// says so.
    static let acceptedGap = 1e-3

    /// The interior point's ordering on the investment LP: AMD. The chained capacity copies give it a different
    /// structure from a dispatch LP (where SYMAMD is the default); glp_interior on the exported full-year
    /// Models/guangxi/2030.yaml investment LP took 27.9 s with AMD against 37.9 s with SYMAMD (Benchmarks/README.md,
    /// "Investment LP against dispatch").
    static let ordering = InteriorOrdering.amd

    /// Each candidate's size read from its master columns: power (MW retrofitted for a retrofit) and, for storage,
    /// energy (its own column, or the case's hours of energy × power); with `readingLimits` each read by
    /// ``CapacityReading`` (the energy of a storage read at 0 MW as 0 within max hours × its tolerance), without as
    /// the LP left them.
    static func sizes(_ model: DispatchModel, solution: Solution, readingLimits: Bool) -> [String: CandidateSize] {
        model.investmentColumns.reduce(into: [:]) { sizes, columns in
            guard let candidate = model.source.investment?.candidate(for: columns.resource) else { return }
            let power = readingLimits ? CapacityReading.megawatts(solution[columns.power], minMW: candidate.minMW, maxMW: candidate.maxMW)
                                      : solution[columns.power]
            var energy: Double?
            if case let .storage(unit)? = model.source.resources.first(where: { $0.name == columns.resource }) {
                energy = columns.energy.map { column in
                    let value = solution[column]
                    let slack = CapacityReading.tolerance * (candidate.maxMW - candidate.minMW) * (candidate.energy?.maxHours ?? 0)
                    return readingLimits && power == 0 && value <= slack ? 0 : value
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
        let solution = try method.solve(try GLPKProblem(program), timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedGap,
                                    ordering: ordering, crossingOver: false).solution
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
