import GridModel
import LinearProgramming

extension DispatchModel {
    /// Unserved energy and undispatchable surplus: they keep every dispatch feasible, at the value of lost load.
    mutating func addBalanceSlacks() {
        let voll = source.valueOfLostLoadEURPerMWh
        for t in 0..<source.hours {
            let hour = hourOfYear(t)
            let unserved = program.addColumn(named: "unserved[t=\(hour)]", bounds: .upTo(max(0, source.loadMW[t])), cost: voll)
            let surplus = program.addColumn(named: "surplus[t=\(hour)]", bounds: .nonNegative, cost: voll)
            unservedColumns.append(unserved)
            surplusColumns.append(surplus)
            addToBalance(t, unserved, 1)
            addToBalance(t, surplus, -1)
        }
    }

    /// `balance[t=H]`: Σ supply − Σ consumption = load − fixed injections. Its dual is the marginal price.
    mutating func addBalanceRows() {
        for t in 0..<source.hours {
            balanceRows.append(program.addRow(named: "balance[t=\(hourOfYear(t))]", bounds: .fixed(balanceRHS[t]), terms: balanceTerms[t]))
        }
        balanceTerms = []
    }
}
