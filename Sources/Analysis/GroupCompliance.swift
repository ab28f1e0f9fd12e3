import DispatchBuilder
import GridModel

/// A target over a group of regions judged on a regional dispatch.
public struct GroupTargetCompliance: Sendable, Codable, Equatable {
    /// The members' region codes.
    public var regions: [String]
    /// How the group's energy is counted (``GridModel/GroupTarget/accounting``).
    public var accounting: String
    /// Required and achieved values, met or not, shortfall and shadow price, as for a single case's target.
    public var target: TargetCompliance
}

/// Judges group targets from the dispatch, never from the case: the group's quantity is the sum of what each
/// member's part of the row (``GridModel/GroupTargetTerms``) reads on that member's dispatch.
public enum GroupCompliance {
    /// Each group target of `source` on `result`; `outcomes` are the rows' shortfalls and duals, in the same order
    /// (``DispatchBuilder/RegionalModel/groupOutcomes(from:)``).
    public static func evaluate(case source: RegionalCase, result: RegionalResult, outcomes: [DispatchResult.TargetOutcome]) -> [GroupTargetCompliance] {
        zip(source.targets, outcomes).map { group, outcome in
            let definition = group.terms(in: source)
            let judged = Compliance.judged(group.target, quantity: quantity(of: definition, in: source, result: result),
                                           reference: definition.referenceMWh ?? 0, capacityPart: 0, outcome: outcome)
            return GroupTargetCompliance(regions: group.regions, accounting: GroupTarget.accounting, target: judged)
        }
    }

    /// The quantity a group target's row bounds on a regional dispatch: Σ over the members of what their part of the
    /// row reads on their own dispatch (constants included).
    public static func quantity(of definition: GroupTargetTerms, in source: RegionalCase, result: RegionalResult) -> Double {
        definition.members.reduce(0.0) { total, member in
            guard let index = source.regions.firstIndex(where: { $0.region == member.region }) else { return total }
            return total + Compliance.quantity(of: member.terms, in: result.regions[index])
        }
    }
}
