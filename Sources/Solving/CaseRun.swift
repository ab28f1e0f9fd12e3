import Analysis
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming

/// One case solved: the model, its solution, the dispatch and the summary.
public struct CaseRun: Sendable {
    /// The model that was solved.
    public let model: DispatchModel
    /// The dispatch read back.
    public let result: DispatchResult
    /// Everything reported.
    public let summary: CaseSummary
    /// GLPK's own output (kept only when asked for).
    public let solverLog: String

    /// Builds and solves a case. `readSeconds` is the time the caller spent loading it. With `investing`, the case's
    /// candidates are columns (``DispatchModel/init(case:sizing:investing:)``): a portfolio read from the investment
    /// LP keeps its retrofits as candidates fixed at their size. With `hardRequirements`, every target and the
    /// adequacy row must hold (``DispatchModel/hardRequirementsProgram()``) instead of costing their penalties. An
    /// interior point GLPK stops at within `acceptedInteriorGap` is kept (``SolverOptions/acceptedInteriorGap``).
    public init(case source: Case, method: SolveMethod = .auto, timeLimitSeconds: Double? = nil, readSeconds: Double = 0,
                keepLog: Bool = false, investing: Bool = false, hardRequirements: Bool = false,
                acceptedInteriorGap: Double = SolverOptions.provenGap) throws(GLPKError) {
        let clock = ContinuousClock()
        let buildStart = clock.now
        let model = DispatchModel(case: source, investing: investing)
        let problem = try GLPKProblem(hardRequirements ? model.hardRequirementsProgram() : model.program)
        let buildSeconds = (clock.now - buildStart).seconds
        let (solution, notes) = try method.solve(problem, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedInteriorGap)
        self.init(model: model, solution: solution, buildSeconds: buildSeconds, readSeconds: readSeconds, notes: notes, keepLog: keepLog)
    }

    /// A model solved by the caller (a sweep re-solves one loaded LP point after point, warm-starting each from
    /// the last), read back and summarised exactly as a solve here would be. `buildSeconds` and `readSeconds`
    /// are the caller's timings; `notes` become the solver facts' notes as given.
    public init(model: DispatchModel, solution: Solution, buildSeconds: Double, readSeconds: Double = 0, notes: [String] = [],
                keepLog: Bool = false) {
        let facts = SolverFacts(solution: solution, program: model.program, readSeconds: readSeconds, buildSeconds: buildSeconds,
                                notes: notes)
        self.model = model
        self.solverLog = keepLog ? solution.log : ""
        self.result = model.result(from: solution)
        self.summary = Summarize.summary(of: model.source, result: result, solver: facts)
    }
}

