import GridModel

/// How a plan's capacity figure changes a resource group, by the figure's qualifier:
/// - `at_least` (以上, 不低于, 突破, bare 达到/建成) is a floor: the group keeps max(its capacity, the figure), and
///   what is missing is added to the members by their shares, so no member ever loses capacity;
/// - `at_most` is a ceiling: the group keeps min(its capacity, the figure);
/// - `about` (左右) and `exactly` set the group to the figure;
/// - `increment` (新增) sets the group to the case's stated base plus the figure.
enum PlanCapacityRule {
    /// The members' new capacities (name → MW), or nil when the group already satisfies a floor or ceiling and
    /// keeps its capacities. `current` is every member's capacity (MW); `shares` the members that take the change
    /// and their shares (summing to 1); `baseMW` the stated base of an increment.
    static func capacities(current: [String: Double], shares: [String: Double], figureMW: Double,
                           qualifier: PlanTarget.Qualifier, baseMW: Double?) -> [String: Double]? {
        let total = current.values.reduce(0, +)
        let slack = 1e-9 * max(1, figureMW)
        switch qualifier {
        case .atLeast:
            guard total < figureMW - slack else { return nil }
            return shares.reduce(into: [:]) { result, share in result[share.key] = (current[share.key] ?? 0) + (figureMW - total) * share.value }
        case .atMost:
            guard total > figureMW + slack else { return nil }
            return shares.mapValues { figureMW * $0 }
        case .about, .exactly:
            return shares.mapValues { figureMW * $0 }
        case .increment:
            return shares.mapValues { ((baseMW ?? 0) + figureMW) * $0 }
        }
    }
}
