import GridModel

/// One plan target checked against a solved case.
public struct PlanTargetCompliance: Sendable, Codable, Equatable {
    /// Plan target id.
    public var id: String
    /// Reference in the seeds' target list.
    public var ref: String?
    /// Target year.
    public var year: Int
    /// Kind of target.
    public var kind: String
    /// Required value (MW, or per unit for shares), if the text gives one.
    public var required: Double?
    /// Achieved value, same unit.
    public var achieved: Double?
    /// Unit of the two values.
    public var unit: String
    /// about, at_least, at_most, exactly, increment.
    public var qualifier: String
    /// binding or aspirational (力争).
    public var firmness: String
    /// `met`, `not met` or `context`.
    public var status: String
    /// How the target entered the model.
    public var effect: String
    /// Amount missing where an LP row was missed.
    public var shortfall: Double?
    /// Whether the target's LP row binds (meeting it costs money).
    public var binding: Bool
    /// Cost of tightening the target by one unit of `shadowPriceUnit`, EUR (LP rows only).
    public var shadowPrice: Double?
    /// `EUR/pp` or `EUR/t`.
    public var shadowPriceUnit: String?
    /// The exact sentence from the plan.
    public var quote: String

    enum CodingKeys: String, CodingKey {
        case id, ref, year, kind, required, achieved, unit, qualifier, firmness, status, effect, shortfall, binding
        case shadowPrice = "shadow_price", shadowPriceUnit = "shadow_price_unit", quote
    }
}

/// `gridflex plan check --json`: the plan's targets in force against the solved case.
public struct PlanCheck: Sendable, Codable, Equatable {
    /// Region folder name.
    public var region: String
    /// Document title.
    public var document: String
    /// final or draft.
    public var documentStatus: String
    /// Plan year.
    public var year: Int
    /// Every target in force that year.
    public var targets: [PlanTargetCompliance]
    /// The solved case.
    public var summary: CaseSummary

    enum CodingKeys: String, CodingKey {
        case region, document, documentStatus = "document_status", year, targets, summary
    }
}

/// Checks each plan target in force against the case as solved.
public enum PlanCompliance {
    /// Relative tolerance for "about" (±10 %) and "exactly" (±0.1 %) capacity figures.
    static let aboutTolerance = 0.10, exactTolerance = 0.001

    /// The compliance of every applied plan target.
    public static func evaluate(plan: Plan, year: Int, applications: [PlanApplication], case source: Case, summary: CaseSummary) -> PlanCheck {
        let targets = applications.map { application -> PlanTargetCompliance in
            let target = application.target
            var entry = PlanTargetCompliance(
                id: target.id, ref: target.ref, year: target.year, kind: target.kind.rawValue, required: target.value, achieved: nil,
                unit: target.unit ?? "", qualifier: target.qualifier.rawValue, firmness: target.aspirational ? "aspirational" : "binding",
                status: "context", effect: "", shortfall: nil, binding: false, shadowPrice: nil, shadowPriceUnit: nil, quote: target.quote)
            switch application.effect {
            case let .capacity(set):
                let achieved = target.resources.reduce(0) { $0 + ResourceGroup.capacityMW(of: $1, in: source.resources) }
                let required = set.values.reduce(0, +)
                entry.required = required
                entry.achieved = achieved
                entry.unit = "MW"
                entry.status = meets(achieved, required, target.qualifier) ? "met" : "not met"
                entry.effect = application.effect.summary
            case let .demandResponseShare(names):
                let capacity = source.resources.filter { names.contains($0.name) }.reduce(0) { $0 + $1.ratedPowerMW }
                entry.achieved = source.peakLoadMW > 0 ? capacity / source.peakLoadMW : 0
                entry.status = meets(entry.achieved!, target.value ?? 0, .atLeast) ? "met" : "not met"
                entry.effect = "DR sized at the window's peak load: \(names.joined(separator: ", ")) \(Int(capacity.rounded())) MW"
            case let .importShare(names):
                let shares = source.resources.compactMap { resource -> Double? in
                    if case let .interconnector(link) = resource, names.contains(link.name) { return link.renewableShare }
                    return nil
                }
                entry.achieved = shares.min()
                entry.status = meets(entry.achieved ?? 0, target.value ?? 0, .atLeast) ? "met" : "not met"
                entry.effect = "renewable share of imports set on \(names.joined(separator: ", "))"
            case .row:
                if let row = summary.targets.first(where: { $0.id == target.id }) {
                    entry.achieved = row.achieved
                    entry.status = row.met ? "met" : "not met"
                    entry.shortfall = row.shortfall > 0 ? row.shortfall : nil
                    entry.binding = row.binding
                    entry.shadowPrice = row.shadowPrice
                    entry.shadowPriceUnit = row.shadowPriceUnit
                    entry.effect = "LP row target[\(target.id)]"
                }
            case let .context(reason):
                entry.effect = reason
            }
            return entry
        }
        return PlanCheck(region: plan.region, document: plan.document, documentStatus: plan.status, year: year, targets: targets, summary: summary)
    }

    static func meets(_ achieved: Double, _ required: Double, _ qualifier: PlanTarget.Qualifier) -> Bool {
        let slack = 1e-6 * max(1, abs(required))
        switch qualifier {
        case .atLeast, .increment: return achieved >= required - slack
        case .atMost: return achieved <= required + slack
        case .about: return abs(achieved - required) <= aboutTolerance * abs(required) + slack
        case .exactly: return abs(achieved - required) <= exactTolerance * abs(required) + slack
        }
    }
}
