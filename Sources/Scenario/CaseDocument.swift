import Yams

/// A case file's YAML tree, edited before it is read: plan targets and `--set` overrides change values here,
/// so that every value, edited or not, goes through the same checks and errors.
struct CaseDocument {
    var root: Node
    let file: String

    init(_ field: YAMLField) throws(ScenarioError) {
        guard field.node.mapping != nil else { throw field.error("expected a mapping of keys at the top of the case file") }
        root = field.node
        file = field.file
    }

    var field: YAMLField { YAMLField(node: root, path: "", file: file) }

    /// The resource entries, as (index, mapping) pairs.
    var resources: [(index: Int, mapping: Node.Mapping)] {
        guard let sequence = root.mapping?["resources"]?.sequence else { return [] }
        return sequence.enumerated().compactMap { index, node in node.mapping.map { (index, $0) } }
    }

    /// Names of the resources in file order.
    var resourceNames: [String] { resources.compactMap { $0.mapping["name"]?.string } }

    func resource(named name: String) -> Node.Mapping? {
        resources.first { $0.mapping["name"]?.string == name }?.mapping
    }

    /// A number stored under a resource's key, if it is one.
    func number(_ key: String, of name: String) -> Double? {
        resource(named: name)?[key]?.string.flatMap { Double($0.replacingOccurrences(of: "_", with: "")) }
    }

    /// Sets (or, with nil, removes) a key of the resource named `name`.
    mutating func set(_ key: String, of name: String, to value: Node?) {
        guard var rootMapping = root.mapping, var sequence = rootMapping["resources"]?.sequence,
              let entry = resources.first(where: { $0.mapping["name"]?.string == name }) else { return }
        var mapping = entry.mapping
        mapping[key] = value
        sequence[entry.index] = .mapping(mapping)
        rootMapping["resources"] = .sequence(sequence)
        root = .mapping(rootMapping)
    }

    /// Removes the resources `fields` name (a regional case's `without:` items) and the assumptions keyed to them
    /// (`NAME` or `NAME.…`): a resource left out is not in the case, so neither is what was assumed about it.
    mutating func leaveOut(_ fields: [YAMLField]) throws(ScenarioError) {
        guard !fields.isEmpty, var mapping = root.mapping else { return }
        var sequence = mapping["resources"]?.sequence ?? Node.Sequence()
        var removed: [String] = []
        for field in fields {
            let name = try field.string()
            guard !removed.contains(name) else { throw field.error("'\(name)' is listed twice") }
            guard let index = sequence.firstIndex(where: { $0.mapping?["name"]?.string == name }) else {
                throw field.error("\(file) has no resource '\(name)'; its resources: \(resourceNames.joined(separator: ", "))")
            }
            sequence.remove(at: index)
            removed.append(name)
        }
        mapping["resources"] = .sequence(sequence)
        if let assumptions = mapping["assumptions"]?.sequence {
            mapping["assumptions"] = .sequence(Node.Sequence(assumptions.filter { item in
                let key = item.mapping?["key"]?.string ?? ""
                return !removed.contains { key == $0 || key.hasPrefix($0 + ".") }
            }))
        }
        root = .mapping(mapping)
    }

    /// Sets a top-level key.
    mutating func setTopLevel(_ key: String, to value: Node?) {
        guard var mapping = root.mapping else { return }
        mapping[key] = value
        root = .mapping(mapping)
    }

    /// Sets `key` of the resource's block `block` (`invest`, `retrofit`), which it creates when absent.
    mutating func set(_ key: String, in block: String, of name: String, to value: Node) {
        set(block, of: name, to: .mapping(Self.setting(key, to: value, in: resource(named: name)?[block])))
    }

    /// Sets `key` of the top-level block `block` (`investment`), which it creates when absent.
    mutating func setTopLevel(_ key: String, in block: String, to value: Node) {
        setTopLevel(block, to: .mapping(Self.setting(key, to: value, in: root.mapping?[block])))
    }

    /// `block`'s mapping (empty when it is absent or not a mapping) with `key` set to `value`.
    private static func setting(_ key: String, to value: Node, in block: Node?) -> Node.Mapping {
        var mapping = block?.mapping ?? Node.Mapping([])
        mapping[key] = value
        return mapping
    }

    /// Appends an entry to the top-level `targets` list.
    mutating func appendTarget(_ target: Node) {
        guard var mapping = root.mapping else { return }
        var targets = mapping["targets"]?.sequence ?? Node.Sequence()
        targets.append(target)
        mapping["targets"] = .sequence(targets)
        root = .mapping(mapping)
    }

    /// Sets a key of the case target with `id`; false when there is none.
    mutating func setTarget(_ id: String, key: String, to value: Node) -> Bool {
        guard var mapping = root.mapping, var targets = mapping["targets"]?.sequence,
              let index = targets.firstIndex(where: { $0.mapping?["id"]?.string == id }), var target = targets[index].mapping else { return false }
        target[key] = value
        targets[index] = .mapping(target)
        mapping["targets"] = .sequence(targets)
        root = .mapping(mapping)
        return true
    }

    /// A scalar node for a number, written so that YAML reads it back exactly.
    static func scalar(_ value: Double) -> Node {
        Node(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
    }
}
