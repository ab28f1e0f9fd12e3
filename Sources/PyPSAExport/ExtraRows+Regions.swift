import LinearProgramming

extension ExtraRows {
    /// These rows as one region's part of a regional network (see ``PyPSANetwork/init(regional:)``): every component
    /// they name renamed by `component`, every row family's name scoped to the region as the regional LP scopes its
    /// own (``LinearProgram/scoped(_:by:)``: `target[use]` → `target[GX,use]`), the adequacy row moved to
    /// `regionalAdequacy` with its region, and case-wide mappings (`case`) given to the region; the investment
    /// decisions' components renamed likewise.
    func scoped(to region: String, component: (String) -> String) -> ExtraRows {
        var scoped = ExtraRows()
        scoped.commitment = commitment.map { changed($0) { $0.generator = component($0.generator) } }
        scoped.stateOfChargeBounds = stateOfChargeBounds.map { changed($0) { $0.storageUnit = component($0.storageUnit) } }
        scoped.exclusiveChargeDischarge = exclusiveChargeDischarge.map { changed($0) { $0.storageUnit = component($0.storageUnit) } }
        scoped.energyRows = energyRows.map { row in
            changed(row) {
                $0.name = LinearProgram.scoped(row.name, by: region)
                $0.terms = row.terms.map { changed($0) { $0.generator = component($0.generator) } }
                $0.capacityTerms = row.capacityTerms?.map { changed($0) { $0.component = component($0.component) } }
            }
        }
        scoped.regionalAdequacy = adequacy.map { row in
            [changed(row) {
                $0.region = region
                $0.renewables = row.renewables.map(component)
                $0.renewableCapacity = row.renewableCapacity?.map { changed($0) { $0.component = component($0.component) } }
                $0.storage = row.storage.map { changed($0) { $0.storageUnit = component($0.storageUnit) } }
                $0.demandResponse = row.demandResponse.map { changed($0) { $0.generator = component($0.generator) } }
            }]
        } ?? []
        scoped.investment = investment.map { decisions in
            changed(decisions) {
                $0.generators = decisions.generators.map(component)
                $0.storage = decisions.storage.map { changed($0) { $0.storageUnit = component($0.storageUnit) } }
                $0.retrofits = decisions.retrofits.map { changed($0) { $0.generator = component($0.generator) } }
            }
        }
        scoped.mappings = mappings.map { changed($0) { $0.resource = $0.resource == "case" ? region : component($0.resource) } }
        return scoped
    }

    /// Adds another region's rows after these.
    mutating func append(_ other: ExtraRows) {
        commitment += other.commitment
        stateOfChargeBounds += other.stateOfChargeBounds
        exclusiveChargeDischarge += other.exclusiveChargeDischarge
        energyRows += other.energyRows
        regionalAdequacy = (regionalAdequacy ?? []) + (other.regionalAdequacy ?? [])
        if let decisions = other.investment {
            var merged = investment ?? Investment(windowShare: decisions.windowShare)
            merged.generators += decisions.generators
            merged.storage += decisions.storage
            merged.retrofits += decisions.retrofits
            investment = merged
        }
        mappings += other.mappings
    }
}

/// `value` after `change`.
private func changed<Value>(_ value: Value, _ change: (inout Value) -> Void) -> Value {
    var copy = value
    change(&copy)
    return copy
}
