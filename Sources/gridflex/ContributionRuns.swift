import Analysis
import GridModel
import Solving

/// Re-solves a case once without each flexibility group and compares it with the case as solved.
enum ContributionRuns {
    /// One row per group; `baseline` is the case solved with every group.
    static func rows(for groups: [FlexibilityGroup], case source: Case, baseline: CaseRun, method: SolveMethod) throws -> [ContributionRow] {
        try groups.map { group in
            let without: CaseRun
            do {
                without = try CaseRun(case: Contributions.without(group, in: source), method: method)
            } catch {
                throw Failure.solver("re-solving without \(group.name): \(error)")
            }
            return ContributionRow(group: group, case: source, with: baseline.summary, without: without.summary)
        }
    }
}
