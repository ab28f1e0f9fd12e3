import GridModel
import LinearProgramming

extension DispatchModel {
    /// Wind and solar: the available output (capacity factor × capacity) is a fixed injection in the balance;
    /// `curtail` (between zero and the available output) takes part of it back. Absorbed = available − curtailed.
    mutating func addRenewable(_ plant: VariableRenewable, into columns: inout ResourceColumns) {
        let available = plant.availableMW
        // Absorbed energy costs VOM: VOM × (available − curtailed) = constant − VOM × curtailed.
        program.objectiveConstant += plant.vomEURPerMWh * available.reduce(0, +)
        // No column in an hour without wind or sun (capacity factor 0; the capacity does not decide, so an LP
        // re-solved for another capacity keeps its structure).
        let curtailment = hourlyColumnsWherever(.curtailment, of: &columns, cost: -plant.vomEURPerMWh) { t in
            plant.capacityFactor[t] > 0 ? .upTo(available[t]) : nil
        }
        for t in 0..<source.hours {
            balanceRHS[t] -= available[t]
            addToBalance(t, curtailment[t], -1)
        }
    }

    /// A wind or solar candidate: its available output cf_t × C (C the hour's copy of `invest[NAME]`) enters the
    /// balance as a column term, and `curtail_cap[NAME,t=H]`: curtail − cf_t × C ≤ 0. VOM on the available energy,
    /// VOM × Σ cf per MW, is charged on the master column; the curtailment earns it back, as in dispatch.
    mutating func addInvestedRenewable(_ plant: VariableRenewable, _ candidate: InvestmentCandidate, into columns: inout ResourceColumns) {
        let factor = plant.capacityFactor
        let capacity = addInvestment(candidate, extraCost: plant.vomEURPerMWh * factor.reduce(0, +))
        let curtailment = hourlyColumnsWherever(.curtailment, of: &columns, cost: -plant.vomEURPerMWh) { t in
            factor[t] > 0 ? .nonNegative : nil
        }
        for t in 0..<source.hours {
            guard let curtailed = curtailment[t] else { continue }
            addToBalance(t, capacity.hourly[t], factor[t])
            addToBalance(t, curtailed, -1)
            program.addRow(named: "curtail_cap[\(plant.name),t=\(hourOfYear(t))]", bounds: .atMost(0),
                           terms: [(curtailed, 1), (capacity.hourly[t], -factor[t])])
        }
    }
}
