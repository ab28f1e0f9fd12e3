import GridModel
import LinearProgramming

extension DispatchModel {
    /// Wind and solar: the available output (capacity factor × capacity) is a fixed injection in the balance;
    /// `curtail` (between zero and the available output) takes part of it back. Absorbed = available − curtailed.
    mutating func addRenewable(_ plant: VariableRenewable, into columns: inout ResourceColumns) {
        let available = plant.availableMW
        // Absorbed energy costs VOM: VOM × (available − curtailed) = constant − VOM × curtailed.
        program.objectiveConstant += plant.vomEURPerMWh * available.reduce(0, +)
        let curtailment = hourlyColumns(.curtailment, of: &columns, cost: -plant.vomEURPerMWh) { t in .upTo(available[t]) }
        for t in 0..<source.hours {
            balanceRHS[t] -= available[t]
            addToBalance(t, curtailment[t], -1)
        }
    }
}
