/// A target's row, defined once for the LP builder, the PyPSA export and compliance: Σ over the window of the
/// terms, plus a constant, against a bound, with the price of missing it.
///
/// The quantity is stated on GridModel's columns (curtailment, not absorbed output): for example a renewable
/// utilisation of at least u is Σ curtailed + Σ surplus ≤ (1 − u) · Σ available.
public struct TargetTerms: Sendable, Equatable {
    /// One term, summed over every hour of the window.
    public enum Term: Sendable, Equatable {
        /// coefficient × a flow of the resource named `resource`.
        case flow(resource: String, Flow, coefficient: Double)
        /// coefficient × undispatchable surplus (`surplus[t=H]`), MW.
        case surplus(coefficient: Double)
        /// coefficient × the capacity decided for the candidate named `resource` (its `invest[NAME]` column), MW,
        /// counted once, not per hour: in the investment LP a candidate's available energy depends on it.
        case capacity(resource: String, coefficient: Double)
    }

    /// Which side of the bound the quantity must stay on.
    public enum Sense: Sendable, Equatable {
        /// quantity ≤ bound.
        case atMost
        /// quantity ≥ bound.
        case atLeast
    }

    /// The terms, in row order.
    public let terms: [Term]
    /// The part of the quantity no decision changes (e.g. the available wind and solar energy), in `unit`.
    public let constant: Double
    /// Which side of `bound` the quantity must stay on.
    public let sense: Sense
    /// The bound on the quantity, in `unit`.
    public let bound: Double
    /// The energy a required share is a fraction of, MWh (available wind and solar, or load); `nil` for a cap.
    public let referenceMWh: Double?
    /// In the investment LP, what the reference grows by with the candidates' capacity: `capacity` terms whose
    /// coefficients are MWh per MW (the reference is `referenceMWh` + Σ coefficient × capacity). Empty otherwise.
    public let referenceTerms: [Term]
    /// The quantity's unit, e.g. `MWh` or `t`.
    public let unit: String
    /// Price of missing the bound by one `unit`, EUR (the target's own, else the case's).
    public let penaltyEURPerUnit: Double
}

extension Target {
    /// The target's row in `source` (the planning reserve is the hourly adequacy row, see ``Adequacy``). With
    /// `investing`, a wind or solar candidate's available energy is Σ capacity factor × its decided capacity: a
    /// `capacity` term instead of part of the constant or the bound.
    ///
    /// Energy targets count undispatchable surplus as energy thrown away, like curtailment: otherwise the LP could
    /// "absorb" renewables only to dump them as surplus.
    public func terms(in source: Case, investing: Bool = false) -> TargetTerms {
        let penalty = source.penaltyEURPerUnit(of: self)
        /// Σ capacity factor over the window (MWh per MW) of a plant whose capacity is decided; `nil` for a fixed one.
        func energyPerMW(_ plant: VariableRenewable) -> Double? {
            guard investing, source.investment?.candidate(for: plant.name)?.decision == .capacity else { return nil }
            return plant.capacityFactor.reduce(0, +)
        }
        switch requirement {
        case let .renewableUtilisation(minimum, names):
            // Σ curtailed + Σ surplus ≤ (1 − minimum) · Σ available, in MWh; a candidate's share of the right-hand
            // side, (1 − minimum) · Σ cf · capacity, moves to the left.
            let plants = source.renewables(named: names)
            var available = 0.0
            var terms = plants.map { TargetTerms.Term.flow(resource: $0.name, .curtailment, coefficient: 1) } + [.surplus(coefficient: 1)]
            var reference: [TargetTerms.Term] = []
            for plant in plants {
                if let perMW = energyPerMW(plant) {
                    terms.append(.capacity(resource: plant.name, coefficient: -(1 - minimum) * perMW))
                    reference.append(.capacity(resource: plant.name, coefficient: perMW))
                } else {
                    available += plant.availableMW.reduce(0, +)
                }
            }
            return TargetTerms(terms: terms, constant: 0, sense: .atMost, bound: (1 - minimum) * available, referenceMWh: available,
                               referenceTerms: reference, unit: "MWh", penaltyEURPerUnit: penalty)
        case let .nonHydroRenewableShare(minimum):
            // Σ (available − curtailed) − surplus + biomass + renewable share × imports ≥ minimum · load, in MWh.
            var available = 0.0
            var terms: [TargetTerms.Term] = []
            for plant in source.renewables(named: []) {
                if let perMW = energyPerMW(plant) {
                    terms.append(.capacity(resource: plant.name, coefficient: perMW))
                } else {
                    available += plant.availableMW.reduce(0, +)
                }
                terms.append(.flow(resource: plant.name, .curtailment, coefficient: -1))
            }
            terms.append(.surplus(coefficient: -1))
            for resource in source.resources {
                if case let .thermal(plant) = resource, plant.technology == .biomass {
                    terms.append(.flow(resource: plant.name, .generation, coefficient: 1))
                }
                if case let .interconnector(link) = resource, link.renewableShare > 0 {
                    terms.append(.flow(resource: link.name, .imports, coefficient: link.renewableShare))
                }
            }
            return TargetTerms(terms: terms, constant: available, sense: .atLeast, bound: minimum * source.loadEnergyMWh,
                               referenceMWh: source.loadEnergyMWh, referenceTerms: [], unit: "MWh", penaltyEURPerUnit: penalty)
        case let .co2Cap(maxTonnes):
            // Σ emission factor × thermal output ≤ cap, in t.
            var terms: [TargetTerms.Term] = []
            for case let .thermal(plant) in source.resources where plant.co2TonnesPerMWh > 0 {
                terms.append(.flow(resource: plant.name, .generation, coefficient: plant.co2TonnesPerMWh))
            }
            return TargetTerms(terms: terms, constant: 0, sense: .atMost, bound: maxTonnes, referenceMWh: nil, referenceTerms: [], unit: "t",
                               penaltyEURPerUnit: penalty)
        }
    }
}

extension Case {
    /// The variable renewables named (all of them for an empty list), in case order.
    public func renewables(named names: [String]) -> [VariableRenewable] {
        resources.compactMap {
            guard case let .renewable(plant) = $0, names.isEmpty || names.contains(plant.name) else { return nil }
            return plant
        }
    }

    /// The price of missing `target` by one unit, EUR: the target's own, else the case's.
    public func penaltyEURPerUnit(of target: Target) -> Double {
        target.penaltyEURPerUnit ?? targetPenaltyEURPerUnit
    }
}
