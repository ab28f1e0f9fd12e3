import GridModel

/// The top-level `targets:` of a regional case file: targets over groups of its regions, each an ordinary target item
/// (`id`, `kind`, `min` or `max_t`, `source`, `penalty_eur_per_unit`) with `regions: [CODE, ...]` (default: every region).
enum GroupTargetSpec {
    /// The group targets, their ids unique and their regions among `codes`.
    static func parse(_ field: YAMLField?, codes: [String]) throws(ScenarioError) -> [GroupTarget] {
        var targets: [GroupTarget] = [], ids = Set<String>()
        for item in try field?.sequence() ?? [] {
            let fields = try Fields(item, allowed: ["regions", "resources", "id", "kind", "min", "max_t", "margin", "capacity_credits", "source",
                                                    "penalty_eur_per_unit"])
            if let resources = fields["resources"] {
                throw resources.error("a group target covers every wind and solar plant of its regions; 'resources:' names plants of one "
                    + "case: give that target in the region's own case file instead")
            }
            let target = try TargetSpec.parse(item, resources: [], extraKeys: ["regions"])
            guard ids.insert(target.id).inserted else {
                throw (fields["id"] ?? item).error("a group target with id '\(target.id)' is already defined; ids must be unique")
            }
            targets.append(GroupTarget(target: target, regions: try regions(fields["regions"], codes: codes)))
        }
        return targets
    }

    /// The codes a `regions:` list names, in the case's order; every region when it is not given.
    static func regions(_ field: YAMLField?, codes: [String]) throws(ScenarioError) -> [String] {
        guard let field else { return codes }
        let items = try field.sequence()
        guard !items.isEmpty else { throw field.error("a group needs at least one region; regions: \(codes.joined(separator: ", "))") }
        var named = Set<String>()
        for item in items {
            let code = try item.string()
            guard codes.contains(code) else {
                throw item.error("'\(code)' is not a region of this case; regions: \(codes.joined(separator: ", "))")
            }
            guard named.insert(code).inserted else { throw item.error("region \(code) is listed twice in this group") }
        }
        return codes.filter(named.contains)
    }
}
