import GridModel
import LinearProgramming

extension DispatchModel {
    /// Unserved energy and undispatchable surplus: they keep every dispatch feasible, at the value of lost load.
    ///
    /// `unserved[t]` has no upper bound when ``unservedCapCannotBind`` holds (otherwise it stays ≤ the hour's
    /// load): GLPK's interior point turns every column with two bounds into an extra row and column of its
    /// working LP, and on a full year this one is the difference between converging and stopping on instability.
    mutating func addBalanceSlacks() {
        let voll = source.valueOfLostLoadEURPerMWh
        let uncapped = unservedCapCannotBind
        for t in 0..<source.hours {
            let hour = hourOfYear(t)
            let load = source.loadMW[t]
            let bounds: Bounds = uncapped && load >= 0 ? .nonNegative : .upTo(max(0, load))
            let unserved = program.addColumn(named: "unserved[t=\(hour)]", bounds: bounds, cost: voll)
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

    /// Whether `unserved[t] ≤ load_t` can be left out without changing the optimal cost. Unserved energy beyond
    /// the load must flow into something that consumes: surplus, curtailment, storage charge, shift-up or exports.
    /// Replacing δ MWh of such unserved energy and of that consumption by nothing changes the cost by −VOLL·δ plus
    /// what the consumption earned:
    /// - surplus costs VOLL itself, curtailment earns its VOM, far below VOLL; both only count against targets;
    /// - a charged MWh comes back as at most η_c·η_d ≤ 1 MWh later, which replaces at most one MWh bought at
    ///   VOLL or less, since unserved energy is available in every hour; targets count no storage flow;
    /// - shift-up must be met by as much shift-down in its block, which costs, and supplies at most one MWh;
    /// - exports earn their price and count in no target.
    /// So the cap can bind only through a link whose export price is at least the value of lost load.
    var unservedCapCannotBind: Bool {
        source.resources.allSatisfy { resource in
            guard case let .interconnector(link) = resource else { return true }
            return link.exportPriceEURPerMWh < source.valueOfLostLoadEURPerMWh
        }
    }
}
