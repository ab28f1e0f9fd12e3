import Analysis
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming

/// One regional case solved: the joined LP, its dispatch, each region's own run and the links' summaries.
public struct RegionalRun: Sendable {
    /// The model that was solved.
    public let model: RegionalModel
    /// The dispatch read back.
    public let result: RegionalResult
    /// Each region as a case of its own: its part of the solution read back and summarised like a single-region solve.
    public let regions: [CaseRun]
    /// Everything reported.
    public let summary: RegionalSummary
    /// GLPK's own output (kept only when asked for).
    public let solverLog: String

    /// Builds and solves a regional case; arguments as ``CaseRun/init(case:method:timeLimitSeconds:readSeconds:keepLog:investing:hardRequirements:acceptedInteriorGap:)``
    /// (`investing` and `hardRequirements` as ``RegionalModel/init(case:investing:hardRequirements:)`` takes them).
    public init(case source: RegionalCase, method: SolveMethod = .auto, timeLimitSeconds: Double? = nil, readSeconds: Double = 0,
                keepLog: Bool = false, investing: Bool = false, hardRequirements: Bool = false,
                acceptedInteriorGap: Double = SolverOptions.provenGap) throws(GLPKError) {
        let clock = ContinuousClock()
        let buildStart = clock.now
        let model = RegionalModel(case: source, investing: investing, hardRequirements: hardRequirements)
        let problem = try GLPKProblem(model.program)
        let buildSeconds = (clock.now - buildStart).seconds
        let (solution, notes) = try method.solve(problem, timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedInteriorGap)
        self.init(model: model, solution: solution, buildSeconds: buildSeconds, readSeconds: readSeconds, notes: notes, keepLog: keepLog)
    }

    /// A model solved by the caller (window by window, say: ``RegionalDecomposition``), read back and summarised as a
    /// solve here would be.
    public init(model: RegionalModel, solution: Solution, buildSeconds: Double, readSeconds: Double = 0, notes: [String] = [],
                keepLog: Bool = false) {
        let source = model.source
        self.model = model
        result = model.result(from: solution)
        regions = model.regions.indices.map { index in
            CaseRun(model: model.regions[index], solution: model.regionSolution(index, of: solution), buildSeconds: 0, notes: notes)
        }
        let prices = Dictionary(zip(model.regions, result.regions).map { ($0.source.region, $1.priceEURPerMWh) }, uniquingKeysWith: { first, _ in first })
        let idle = [Double](repeating: 0, count: source.regions.first?.hours ?? 0)
        let links = result.links.map { flows in
            LinkSummary(flows, priceFromEURPerMWh: prices[flows.link.from] ?? idle, priceToEURPerMWh: prices[flows.link.to] ?? idle)
        }
        summary = RegionalSummary(
            caseName: source.name, window: source.window?.description ?? "", hours: source.regions.first?.hours ?? 0,
            status: solution.status.rawValue, objective: solution.objective, regions: regions.map(\.summary), links: links,
            solver: SolverFacts(solution: solution, program: model.program, readSeconds: readSeconds, buildSeconds: buildSeconds, notes: notes),
            groupTargets: GroupCompliance.evaluate(case: source, result: result, outcomes: model.groupOutcomes(from: solution)))
        solverLog = keepLog ? solution.log : ""
    }
}
