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
}
