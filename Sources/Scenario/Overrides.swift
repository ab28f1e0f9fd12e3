import Yams

/// One `--set KEY=VALUE` from the command line.
///
/// - `RESOURCE.KEY=V` sets a key of the resource named RESOURCE (`battery.power_mw=3000`), and
///   `RESOURCE.invest.KEY=V` / `RESOURCE.retrofit.KEY=V` a key of its candidate (`battery.invest.max_mw=5000`);
/// - `KEY=V` sets a top-level key of the case (`co2_price_eur_per_t=50`); `investment.KEY=V` a key of its
///   `investment:` block (`investment.discount_rate=0.07`);
/// - `target.ID=V` sets the required value of the case or plan target ID;
/// - `plan.dr_share=V` sets every demand-response share target of the plan; `plan.ID=V` one plan target's value;
///   `plan.year=Y` the plan year.
public struct Override: Sendable, Equatable, CustomStringConvertible {
    /// Dotted key.
    public let key: String
    /// Value as written.
    public let value: String

    /// Parses `KEY=VALUE`; nil when there is no `=` or either side is empty.
    public init?(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        key = text[..<equals].trimmingCharacters(in: .whitespaces)
        value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !value.isEmpty else { return nil }
    }

    /// `KEY=VALUE`.
    public var description: String { "\(key)=\(value)" }

    var error: (String) -> ScenarioError {
        { message in ScenarioError(file: "--set", key: key, message: message) }
    }
}

extension CaseDocument {
    /// Applies the case-level overrides (everything but `plan.*`), after the plan has been mapped.
    mutating func apply(_ overrides: [Override]) throws(ScenarioError) {
        for override in overrides where !override.key.hasPrefix("plan.") {
            let parts = override.key.split(separator: ".", maxSplits: 1).map(String.init)
            let node = Node(override.value)
            if parts.count == 1 {
                guard CaseLoader.topLevelKeys.contains(parts[0]), !["resources", "targets", "assumptions", "load", "plan"].contains(parts[0]) else {
                    throw override.error("not a top-level value of a case; use RESOURCE.KEY=V, target.ID=V, plan.dr_share=V or one of: "
                                         + CaseLoader.topLevelKeys.filter { !["resources", "targets", "assumptions", "load", "plan"].contains($0) }.joined(separator: ", "))
                }
                setTopLevel(parts[0], to: node)
            } else if parts[0] == "investment" {
                setTopLevel(parts[1], in: parts[0], to: node)
            } else if parts[0] == "target" {
                try setTargetValue(parts[1], node, override)
            } else if resource(named: parts[0]) != nil {
                let inner = parts[1].split(separator: ".", maxSplits: 1).map(String.init)
                if inner.count == 2, ["invest", "retrofit"].contains(inner[0]) {
                    set(inner[1], in: inner[0], of: parts[0], to: node)
                } else {
                    set(parts[1], of: parts[0], to: node)
                }
            } else {
                throw override.error("no resource named '\(parts[0])'; resources: \(resourceNames.joined(separator: ", "))")
            }
        }
    }

    private mutating func setTargetValue(_ id: String, _ node: Node, _ override: Override) throws(ScenarioError) {
        for key in ["min", "max_t", "margin"] where setTargetIfPresent(id, key: key, node) { return }
        throw override.error("no case or plan target with id '\(id)' in force")
    }

    private mutating func setTargetIfPresent(_ id: String, key: String, _ node: Node) -> Bool {
        guard let targets = root.mapping?["targets"]?.sequence,
              let target = targets.first(where: { $0.mapping?["id"]?.string == id })?.mapping, target[key] != nil else { return false }
        return setTarget(id, key: key, to: node)
    }
}
