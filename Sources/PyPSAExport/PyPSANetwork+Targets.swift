import GridModel

extension PyPSANetwork {
    /// A target row over the whole window with its penalised shortfall (see ``TargetTerms``), written in terms of
    /// generators' `p`. GridFlex states energy targets with curtailment columns; with curtailment = available − p
    /// each curtailment term becomes a term on `p` and a constant moved to the right-hand side (for a candidate,
    /// whose available energy is Σ cf × p_nom, a capacity term). The investment LP's `capacity` terms are on `p_nom`.
    mutating func addTarget(_ target: Target) {
        let definition = target.terms(in: source, investing: extra.investment != nil)
        let (terms, fixed, capacityTerms) = pypsaTerms(of: definition, in: source)
        extra.energyRows.append(ExtraRows.EnergyRow(
            name: "target[\(target.id)]", terms: terms, blockSizes: [source.hours], blockLabels: [""],
            sense: definition.sense == .atMost ? "<=" : ">=", rhs: [definition.bound - fixed], shortfallPenalty: definition.penaltyEURPerUnit,
            capacityTerms: investmentOnly(capacityTerms)))
        map(target.id, "target row", "row target[\(target.id)], variable shortfall[\(target.id)] at the penalty", extra: true)
    }

    /// A target row's terms on the generators of `region` (named as in its own network), the constant they leave
    /// (the row's own plus the available energy of curtailment terms) and the investment LP's capacity terms (a
    /// candidate is looked up in `region`'s own investment block).
    func pypsaTerms(of definition: TargetTerms, in region: Case) -> (terms: [ExtraRows.Term], fixed: Double, capacity: [ExtraRows.CapacityTerm]) {
        var fixed = definition.constant
        var terms: [ExtraRows.Term] = [], capacityTerms: [ExtraRows.CapacityTerm] = []
        for term in definition.terms {
            switch term {
            case let .surplus(coefficient):
                terms.append(.init(generator: "surplus", coefficient: coefficient))
            case let .flow(resource, .curtailment, coefficient):
                // coefficient × curtailed = coefficient × available − coefficient × p.
                let plant = region.renewables(named: [resource]).first
                if extra.investment != nil, region.investment?.candidate(for: resource)?.decision == .capacity {
                    capacityTerms.append(.init(component: resource, coefficient: coefficient * (plant?.capacityFactor.reduce(0, +) ?? 0)))
                } else {
                    fixed += coefficient * (plant?.availableMW.reduce(0, +) ?? 0)
                }
                terms.append(.init(generator: resource, coefficient: -coefficient))
            case let .flow(resource, flow, coefficient):
                terms.append(.init(generator: generator(of: resource, flow), coefficient: coefficient))
            case let .capacity(resource, coefficient):
                capacityTerms.append(.init(component: resource, coefficient: coefficient))
            }
        }
        return (terms, fixed, capacityTerms)
    }

    /// A group target's row (see ``GridModel/GroupTarget``): each member's terms on its own generators, renamed as
    /// in the regional network (`GX coal`), their constants moved to the right-hand side, one shortfall at the
    /// group's penalty; named `target[ID]` as GridFlex names the row.
    mutating func addGroupTarget(_ group: GroupTarget, in regional: RegionalCase) {
        let definition = group.terms(in: regional, investing: extra.investment != nil)
        var fixed = 0.0, terms: [ExtraRows.Term] = [], capacityTerms: [ExtraRows.CapacityTerm] = []
        for member in definition.members {
            guard let region = regional.region(member.region) else { continue }
            let part = pypsaTerms(of: member.terms, in: region)
            fixed += part.fixed
            terms += part.terms.map { .init(generator: Self.regionalName($0.generator, in: member.region), coefficient: $0.coefficient) }
            capacityTerms += part.capacity.map { .init(component: Self.regionalName($0.component, in: member.region), coefficient: $0.coefficient) }
        }
        let id = group.target.id
        extra.energyRows.append(ExtraRows.EnergyRow(
            name: "target[\(id)]", terms: terms, blockSizes: [source.hours], blockLabels: [""], sense: definition.sense == .atMost ? "<=" : ">=",
            rhs: [definition.bound - fixed], shortfallPenalty: definition.penaltyEURPerUnit, capacityTerms: investmentOnly(capacityTerms)))
        map(id, "group target row", "row target[\(id)] over regions \(group.regions.joined(separator: ", ")), variable shortfall[\(id)] "
            + "at the penalty (\(GroupTarget.accounting))", extra: true)
    }

    /// The generator whose `p` is a resource's flow in a target row.
    private func generator(of resource: String, _ flow: Flow) -> String {
        switch flow {
        case .imports: return "import[\(resource)]"
        case .exports: return "export[\(resource)]"
        default: return resource
        }
    }
}
