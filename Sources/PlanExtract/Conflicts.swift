import GridModel

/// Figures for the same year that cannot all hold: two different values for the same thing, or a broader
/// resource group whose figure is below a narrower group it contains (Yinchuan 2030: clean energy about
/// 6,500 MW against new energy at least 7,500 MW).
enum Conflicts {
    /// Groups each capacity group contains.
    static let contains: [String: Set<String>] = [
        "renewables": ["wind_solar", "wind", "onwind", "offwind", "solar", "hydro", "biomass"],
        "wind_solar": ["wind", "onwind", "offwind", "solar"],
        "wind": ["onwind", "offwind"],
    ]

    /// Adds a conflict line to both targets of every conflicting pair.
    static func flag(_ targets: inout [DraftTarget]) {
        for first in targets.indices {
            for second in targets.indices where second > first {
                guard let reason = conflict(targets[first], targets[second]) else { continue }
                targets[first].review.conflicts.append("conflicts with \(targets[second].target.id): \(reason)")
                targets[second].review.conflicts.append("conflicts with \(targets[first].target.id): \(reason)")
            }
        }
    }

    /// Why two targets conflict, or nil.
    static func conflict(_ a: DraftTarget, _ b: DraftTarget) -> String? {
        let x = a.target, y = b.target
        guard x.year == y.year, x.kind == y.kind, x.kind != .context, x.qualifier != .increment, y.qualifier != .increment,
              let xValue = x.value, let yValue = y.value else { return nil }
        if x.resources == y.resources {
            guard xValue != yValue else { return nil }
            return "\(x.year) \(describe(a)) and \(describe(b)) for the same \(x.resources.first ?? x.kind.rawValue)"
        }
        guard let xGroup = x.resources.first, let yGroup = y.resources.first else { return nil }
        let (broad, narrow) = contains[xGroup, default: []].contains(yGroup) ? (a, b) : contains[yGroup, default: []].contains(xGroup) ? (b, a) : (a, a)
        guard broad.target.id != narrow.target.id, upperBound(broad.target) < lowerBound(narrow.target) else { return nil }
        return "\(x.year) \(broad.target.resources[0]) \(describe(broad)) is below \(narrow.target.resources[0]) \(describe(narrow)), which it contains"
    }

    static func upperBound(_ target: PlanTarget) -> Double { target.qualifier == .atLeast ? .infinity : target.value ?? .infinity }

    static func lowerBound(_ target: PlanTarget) -> Double { target.qualifier == .atMost ? 0 : target.value ?? 0 }

    static func describe(_ target: DraftTarget) -> String {
        let symbol: String
        switch target.target.qualifier {
        case .about: symbol = "≈ "
        case .atLeast: symbol = "≥ "
        case .atMost: symbol = "≤ "
        case .exactly, .increment: symbol = ""
        }
        return "\(target.review.topic) \(symbol)\(DraftYAML.number(target.target.value ?? 0)) \(target.target.unit ?? "")"
    }
}
