import Analysis
import Foundation
import GridModel
import Scenario
import Solving

/// `plan check` on a regional case: every region that applies a plan is checked against it on the regional
/// dispatch, and what each flexibility group its plan sets buys is measured by re-solving the whole regional case
/// without that group in that region.
enum RegionalPlanCheck {
    /// One region's check.
    struct RegionCheck: Encodable {
        /// Region code.
        var region: String
        /// The check, as `plan check` gives it for a single case; `delta_operating_cost_eur` of its contributions is
        /// the whole regional system's (every region's operating cost and the links' wheeling).
        var check: PlanCheck
    }

    /// What `plan check --json` prints for a regional case: each planned region's check and each target over a group
    /// of regions, judged on the same regional dispatch.
    struct Output: Encodable {
        /// Each planned region's check, in case order.
        var regions: [RegionCheck]
        /// The case's group targets (``GridModel/GroupTarget``), judged on the dispatch.
        var groupTargets: [GroupTargetCompliance]

        enum CodingKeys: String, CodingKey {
            case regions, groupTargets = "group_targets"
        }
    }

    /// Solves the regional case and checks each planned region; `solve` solves the loaded case with a change applied
    /// (``RegionalCommands/solve(_:options:decompose:method:timeLimitSeconds:readSeconds:keepLog:changing:)``).
    static func run(_ loaded: LoadedRegionalCase, solve: ((RegionalCase) -> RegionalCase) throws -> RegionalRun) throws -> (RegionalRun, [RegionCheck]) {
        let planned = loaded.regions.indices.filter { loaded.regions[$0].plan != nil }
        guard !planned.isEmpty else {
            throw Failure.input("\(loaded.file): no region applies a plan; place a plan case as a region (case build --use CODE=PATH)")
        }
        let baseline = try solve { $0 }
        let checks = try planned.map { index -> RegionCheck in
            let region = loaded.regions[index]
            guard let plan = region.plan, let year = region.planYear else { preconditionFailure("filtered to planned regions") }
            let summary = baseline.regions[index].summary
            var check = PlanCompliance.evaluate(plan: plan, year: year, applications: region.planApplications, case: region.value, summary: summary)
            check.addCaseTargets()
            let groups = Contributions.groups(setBy: region.planApplications, in: region.value)
            let rows = try groups.map { group in
                let run = try solve { whole in
                    var without = whole
                    without.regions[index] = Contributions.without(group, in: whole.regions[index])
                    return without
                }
                var row = ContributionRow(group: group, case: region.value, with: summary, without: run.regions[index].summary)
                row.deltaOperatingCostEUR = run.operatingCostEUR - baseline.operatingCostEUR
                return row
            }
            check.add(contributions: rows, applications: region.planApplications)
            return RegionCheck(region: region.value.region, check: check)
        }
        return (baseline, checks)
    }
}
