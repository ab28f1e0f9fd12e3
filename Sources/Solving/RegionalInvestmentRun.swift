import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming

/// `gridflex invest` on a regional case: one investment LP over every region's candidates and every expandable link
/// (``RegionalModel`` with `investing`), every region's targets and adequacy row and every group target hard unless
/// asked otherwise; then the least-cost portfolio as read (``CapacityReading``) and the case as written are dispatched
/// as regional cases, at once on two threads, so that what each region meets is tested on the capacities reported.
public struct RegionalInvestmentRun: Sendable {
    /// The investment LP.
    public let model: RegionalModel
    /// The least-cost portfolio (each region's candidates and each link's addition), dispatched.
    public let optimum: RegionalRun
    /// The case as written (candidates ignored, no link added), dispatched.
    public let plan: RegionalRun
    /// Both portfolios compared.
    public let result: RegionalInvestmentResult
    /// Solver facts of the investment LP, with notes on how the portfolio was read and dispatched.
    public private(set) var solver: SolverFacts

    /// Solves the investment LP and dispatches both portfolios; arguments as ``InvestmentRun``'s. A case too large
    /// for one LP (``RegionalDecomposition/isTooLargeForOneLP(_:)``) must be given fewer hours or regions by the
    /// caller: the investment LP is not decomposed.
    public init(case source: RegionalCase, method: SolveMethod = .auto, timeLimitSeconds: Double? = nil, softTargets: Bool = false,
                readSeconds: Double = 0, progress: (String) -> Void = { _ in }) throws(InvestmentFailure) {
        let clock = ContinuousClock()
        let start = clock.now
        let model = RegionalModel(case: source, investing: true, hardRequirements: !softTargets)
        let solution: Solution
        do {
            let problem = try GLPKProblem(model.program)
            let buildSeconds = (clock.now - start).seconds
            progress("solving the regional investment LP (\(model.program.columnCount) columns × \(model.program.rowCount) rows, method \(method.rawValue))")
            let notes: [String]
            (solution, notes) = try method.solve(problem, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: InvestmentRun.acceptedGap,
                                                 ordering: InvestmentRun.ordering, crossingOver: false)
            if solution.status == .infeasible, !softTargets {
                throw InvestmentFailure.noSolution("no portfolio within the candidates' and the links' limits meets every region's targets and adequacy "
                                                   + "row and every group target; run with --soft-targets to see which are missed, at their penalty")
            }
            guard solution.status.hasSolution else {
                throw InvestmentFailure.noSolution("the regional investment LP ended with status '\(solution.status.rawValue)'")
            }
            solver = SolverFacts(solution: solution, program: model.program, readSeconds: readSeconds, buildSeconds: buildSeconds, notes: notes)
        } catch {
            throw InvestmentRun.failure(error)
        }
        self.model = model
        let lpRegions = model.regions.indices.map { model.regions[$0].result(from: model.regionSolution($0, of: solution)) }
        let lpGroupShortfalls = model.groupOutcomes(from: solution).map(\.shortfall)
        progress("investment LP \(solution.status.rawValue) after \(String(format: "%.1f", solution.seconds)) s; dispatching the plan's portfolio "
                 + "(the case as written) and the least-cost portfolio as read, at once")
        var notes: [String] = []
        do {
            let read = PortfolioReading(model: model, solution: solution, readingLimits: true)
            var reading = read
            var (dispatched, plan) = try SolvedTogether.both({ try read.dispatch(method: method, timeLimitSeconds: timeLimitSeconds, hard: false) }, {
                try RegionalRun(case: source, method: method, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: InvestmentRun.acceptedGap)
            })
            var lost = reading.requirementsLost(investmentLP: lpRegions, groupShortfalls: lpGroupShortfalls, dispatched: dispatched)
            if !lost.isEmpty {
                progress("the least-cost portfolio as read misses \(lost.joined(separator: ", ")); dispatching it as the LP left it")
                notes.append("read at their limits, the capacities miss \(lost.joined(separator: ", ")) when dispatched; the portfolio is reported "
                             + "and dispatched as the LP left it")
                reading = PortfolioReading(model: model, solution: solution, readingLimits: false)
                dispatched = try reading.dispatch(method: method, timeLimitSeconds: timeLimitSeconds, hard: false)
                lost = reading.requirementsLost(investmentLP: lpRegions, groupShortfalls: lpGroupShortfalls, dispatched: dispatched)
            }
            if !lost.isEmpty, !softTargets {
                progress("the least-cost portfolio's dispatch pays the penalty of \(lost.joined(separator: ", ")); dispatching it with every requirement hard")
                notes.append("at the least-cost portfolio's capacities the penalty of \(lost.joined(separator: ", ")) is cheaper than meeting it; "
                             + "the portfolio is dispatched with every target and adequacy row hard, as in the LP")
                dispatched = try reading.dispatch(method: method, timeLimitSeconds: timeLimitSeconds, hard: true)
            }
            for (run, which) in [(dispatched, "the least-cost portfolio"), (plan, "the plan's portfolio (the case as written)")]
            where !(SolveStatus(rawValue: run.summary.status)?.hasSolution ?? false) {
                throw InvestmentFailure.noSolution("\(which) ended with status '\(run.summary.status)' when dispatched")
            }
            (optimum, self.plan) = (dispatched, plan)
            solver.notes += notes
            var result = reading.result(investmentLP: lpRegions, objectiveEUR: solution.objective, optimum: dispatched, plan: plan,
                                        notes: solver.notes)
            result.optimalityGap = solution.status == .optimal ? nil : solution.relativeGap
            self.result = result
        } catch {
            throw InvestmentRun.failure(error)
        }
    }
}
