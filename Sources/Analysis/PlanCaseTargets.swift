extension PlanCheck {
    /// Adds the case's own targets (those no plan target set, such as the national renewable-utilisation figure a
    /// case adopts where its plan gives none) as `tested` rows, so that the check shows every row the dispatch met
    /// or missed. Their quote is the target's `source` text.
    public mutating func addCaseTargets() {
        let planIDs = Set(targets.map(\.id))
        for row in summary.targets where !planIDs.contains(row.id) {
            var entry = PlanTargetCompliance(
                id: row.id, ref: nil, year: year, kind: row.kind, required: row.required, achieved: nil, fleetBeforeMW: nil,
                unit: row.kind == "co2_cap" ? "t" : "fraction", qualifier: row.kind == "co2_cap" ? "at_most" : "at_least",
                firmness: "case (not in the plan)", evaluation: "tested", status: "", carriedFrom: nil,
                effect: "LP row target[\(row.id)], set by the case, not by the plan", shortfall: nil, shortfallUnit: nil, binding: false,
                shadowPrice: row.shadowPrice, shadowPriceUnit: row.shadowPriceUnit, shadowPriceIsPenalty: false, shadowPriceNote: nil,
                quote: row.source ?? "")
            entry.markTested(achieved: row.achieved, met: row.met, shortfall: row.shortfall > 0 ? row.shortfall : nil, unit: row.shortfallUnit)
            entry.binding = row.binding && abs(row.shadowPrice ?? 0) >= PlanCompliance.bindingPrice
            entry.shadowPriceIsPenalty = !row.met && row.shortfall > 0 && row.shadowPrice != nil
            entry.shadowPriceNote = entry.shadowPriceIsPenalty ? PlanTargetCompliance.penaltyNote : nil
            targets.append(entry)
        }
    }
}
