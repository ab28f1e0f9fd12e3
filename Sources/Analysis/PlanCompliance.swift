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
    /// The group's capacity in the case before the plan was applied, MW (capacity targets only).
    public var fleetBeforeMW: Double?
    /// Unit of the two values.
    public var unit: String
    /// about, at_least, at_most, exactly, increment.
    public var qualifier: String
    /// binding or aspirational (力争).
    public var firmness: String
    /// How the check treated it: `applied` (the case took its capacity or size from the plan, so there is nothing
    /// to test), `tested` (an LP row, or a figure the case's own capacity is compared with) or `context`.
    public var evaluation: String
    /// `applied`, `met`, `missed` or `context`; never `met` for an applied target.
    public var status: String
    /// The earlier year whose figure is in force when no later one is given (nil when the figure is for the check's year).
    public var carriedFrom: Int?
    /// How the target entered the model.
    public var effect: String
    /// Amount missing where a tested target was missed, in `shortfallUnit`.
    public var shortfall: Double?
    /// Unit of `shortfall` (MWh, MW, t).
    public var shortfallUnit: String?
    /// Whether the target's LP row binds (meeting it costs money).
    public var binding: Bool
    /// Cost of tightening the target by one unit of `shadowPriceUnit`, EUR (LP rows only).
    public var shadowPrice: Double?
    /// `EUR/pp` or `EUR/t`.
    public var shadowPriceUnit: String?
    /// Whether the shadow price is the target's penalty (the row was missed, so the LP pays the penalty on each
    /// unit missing): it says what the penalty is, not what meeting the target would cost.
    public var shadowPriceIsPenalty: Bool
    /// `penaltyNote` when `shadowPriceIsPenalty`, else nil.
    public var shadowPriceNote: String?
    /// The exact sentence from the plan.
    public var quote: String

    enum CodingKeys: String, CodingKey {
        case id, ref, year, kind, required, achieved, fleetBeforeMW = "fleet_before_mw", unit, qualifier, firmness, evaluation, status, carriedFrom = "carried_from", effect
        case shortfall, shortfallUnit = "shortfall_unit", binding, shadowPrice = "shadow_price", shadowPriceUnit = "shadow_price_unit"
        case shadowPriceIsPenalty = "shadow_price_is_penalty", shadowPriceNote = "shadow_price_note", quote
    }
}

extension PlanTargetCompliance {
    /// What a shadow price that is only the target's penalty is printed as.
    public static let penaltyNote = "missed: this is the penalty, not a cost"

    /// The label printed for the shadow price: the price with its unit, or, when it is only the penalty, a warning.
    public var shadowPriceLabel: String {
        guard let shadowPrice else { return "" }
        return shadowPriceIsPenalty ? Self.penaltyNote : "\(SummaryText.number(shadowPrice)) \(shadowPriceUnit ?? "")"
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
    /// What each flexibility group the plan sets buys (the case re-solved without it); empty until measured.
    public var contributions: [ContributionRow] = []

    enum CodingKeys: String, CodingKey {
        case region, document, documentStatus = "document_status", year, targets, summary, contributions
    }
}

