import GridModel

/// Says how each plan target in force was evaluated against a solved case:
/// - `applied`: the case took the capacity or size from the plan, so comparing it with the plan would only compare
///   the figure with itself; the row shows the plan figure, its qualifier and the case's value, status `applied`;
/// - `tested`: an LP row, or a floor or ceiling the case's own capacity already satisfied: required, achieved,
///   met or missed (by how much), binding or slack, shadow price;
/// - `context`: not a quantity the dispatch represents, with the reason.
public enum PlanCompliance {
    /// Relative slack under which a tested capacity counts as meeting its figure.
    static let tolerance = 1e-6
    /// A row whose shadow price is below this (EUR per unit of the target, the precision printed) is slack: an
    /// interior-point solution leaves duals of this order on rows that do not bind.
    static let bindingPrice = 0.005

    /// The evaluation of every plan target in force in `year`.
    public static func evaluate(plan: Plan, year: Int, applications: [PlanApplication], case source: Case, summary: CaseSummary) -> PlanCheck {
        let targets = applications.map { entry(for: $0, year: year, case: source, summary: summary) }
        return PlanCheck(region: plan.region, document: plan.document, documentStatus: plan.status, year: year, targets: targets, summary: summary)
    }

    static func entry(for application: PlanApplication, year: Int, case source: Case, summary: CaseSummary) -> PlanTargetCompliance {
        let target = application.target
        var entry = PlanTargetCompliance(
            id: target.id, ref: target.ref, year: target.year, kind: target.kind.rawValue, required: target.value, achieved: nil,
            fleetBeforeMW: nil, unit: target.unit ?? "", qualifier: target.qualifier.rawValue, firmness: target.aspirational ? "aspirational" : "binding",
            evaluation: "context", status: "context", carriedFrom: target.year < year ? target.year : nil, effect: application.effect.summary,
            shortfall: nil, shortfallUnit: nil, binding: false, shadowPrice: nil, shadowPriceUnit: nil, shadowPriceIsPenalty: false, shadowPriceNote: nil,
            quote: target.quote)
        let groupMW = target.resources.reduce(0) { $0 + ResourceGroup.capacityMW(of: $1, in: source.resources) }
        switch application.effect {
        case let .capacity(_, before):
            entry.markApplied(achieved: groupMW)
            entry.fleetBeforeMW = before.values.reduce(0, +)
        case .capacityKept:
            let required = target.value ?? 0
            let missing = target.qualifier == .atMost ? groupMW - required : required - groupMW
            let met = missing <= tolerance * max(1, required)
            entry.markTested(achieved: groupMW, met: met, shortfall: met ? nil : missing, unit: "MW")
            entry.fleetBeforeMW = groupMW
            entry.effect = "the case's own capacity already meets the figure: " + application.effect.summary
        case let .demandResponseShare(names):
            let capacity = source.resources.filter { names.contains($0.name) }.reduce(0) { $0 + $1.ratedPowerMW }
            entry.markApplied(achieved: source.peakLoadMW > 0 ? capacity / source.peakLoadMW : 0)
            entry.effect = "DR sized at the window's peak load \(SummaryText.number(source.peakLoadMW)) MW: \(names.joined(separator: ", ")) \(SummaryText.number(capacity)) MW"
        case let .importShare(names):
            let shares = source.resources.compactMap { resource -> Double? in
                if case let .interconnector(link) = resource, names.contains(link.name) { return link.renewableShare }
                return nil
            }
            entry.markApplied(achieved: shares.min())
        case .row:
            if let row = summary.targets.first(where: { $0.id == target.id }) {
                entry.markTested(achieved: row.achieved, met: row.met, shortfall: row.shortfall > 0 ? row.shortfall : nil, unit: row.shortfallUnit)
                entry.binding = row.binding && abs(row.shadowPrice ?? 0) >= bindingPrice
                entry.shadowPrice = row.shadowPrice
                entry.shadowPriceUnit = row.shadowPriceUnit
                entry.shadowPriceIsPenalty = !row.met && row.shortfall > 0 && row.shadowPrice != nil
                entry.shadowPriceNote = entry.shadowPriceIsPenalty ? PlanTargetCompliance.penaltyNote : nil
                entry.effect = "LP row target[\(target.id)]"
            }
        case .context:
            break
        }
        return entry
    }
}

extension PlanTargetCompliance {
    mutating func markApplied(achieved: Double?) {
        evaluation = "applied"
        status = "applied"
        self.achieved = achieved
    }

    mutating func markTested(achieved: Double, met: Bool, shortfall: Double?, unit: String) {
        evaluation = "tested"
        self.achieved = achieved
        self.shortfall = met ? nil : shortfall
        shortfallUnit = self.shortfall == nil ? nil : unit
        status = met ? "met" : "missed"
    }
}

/// How many targets of a check were applied, tested (and met) or context.
public struct PlanCheckCounts: Sendable, Equatable {
    /// Targets whose figure the case took.
    public var applied = 0
    /// Targets tested against the solved case.
    public var tested = 0
    /// Tested targets met.
    public var met = 0
    /// Targets listed as context.
    public var context = 0

    /// The counts of a check.
    public init(_ check: PlanCheck) {
        for target in check.targets {
            switch target.evaluation {
            case "applied": applied += 1
            case "tested":
                tested += 1
                if target.status == "met" { met += 1 }
            default: context += 1
            }
        }
    }

    /// `N applied, M tested (K met), C context`.
    public var line: String { "\(applied) applied, \(tested) tested (\(met) met), \(context) context" }
}
