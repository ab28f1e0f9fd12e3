import GridModel
import LinearProgramming

/// What one more unit of a resource's capacity is worth over the window, read from the solution's duals and
/// reduced costs (no re-solve).
public struct MarginalValue: Sendable, Codable, Equatable {
    /// Resource name.
    public var resource: String
    /// The capacity that grows: `power_mw` (storage charge and discharge power together), `energy_mwh`
    /// (storage), `capacity_mw` (renewables, demand response).
    public var quantity: String
    /// Operating cost saved by one more unit over the window, EUR per MW (or per MWh of storage energy); for a
    /// year-long window this is EUR per MW-year.
    public var eurPerUnit: Double

    enum CodingKeys: String, CodingKey {
        case resource, quantity, eurPerUnit = "eur_per_unit"
    }
}

extension DispatchModel {
    /// Marginal values of storage power and energy, demand-response capacity and renewable capacity.
    ///
    /// A capacity enters the LP as column bounds (and, for renewables, as the balance's right-hand side and
    /// target rows; for storage and curtailable load under `adequacy:`, as the right-hand side of their
    /// `reserve_power` and `reserve_energy` rows, which replace the power bounds in those hours). The derivative of
    /// the optimal cost with respect to a bound is the column's reduced cost when that bound is active, so
    /// ∂cost/∂capacity = Σ reduced cost × ∂bound/∂capacity + Σ row dual × ∂right-hand side/∂capacity. The value
    /// reported is −∂cost/∂capacity: what one more unit saves.
    public func marginalValues(from solution: Solution) -> [MarginalValue] {
        zip(source.resources, resourceColumns).flatMap { resource, columns -> [MarginalValue] in
            let series = columns.series
            func upper(_ flow: Flow, scale: Double = 1) -> Double {
                (series[flow] ?? []).compactMap { $0 }.reduce(0) { $0 + min(0, solution.reducedCost(of: $1)) * scale }
            }
            // A candidate's reserve rows hold its capacity column, not its capacity, on the right-hand side.
            let reserve = investedCapacity[resource.name] == nil ? reserveRows[resource.name] : nil
            let reservePower = (reserve?.power ?? []).reduce(0) { $0 + solution.dual(of: $1) }
            switch resource {
            case let .storage(unit):
                let power = upper(.charge) + upper(.discharge) + reservePower
                var energy = (series[.stateOfCharge] ?? []).compactMap { $0 }.reduce(0.0) { total, column in
                    let reduced = solution.reducedCost(of: column)
                    return total + reduced * (reduced < 0 ? unit.maxStateOfCharge : unit.minStateOfCharge)
                }
                if let initial = unit.initialStateOfCharge, let row = storageFirstRows[unit.name] {
                    energy += solution.dual(of: row) * (1 - unit.selfDischargePerHour) * initial
                }
                energy -= (reserve?.energy ?? []).reduce(0) { $0 + solution.dual(of: $1) } * unit.minStateOfCharge
                return [MarginalValue(resource: unit.name, quantity: "power_mw", eurPerUnit: -power),
                        MarginalValue(resource: unit.name, quantity: "energy_mwh", eurPerUnit: -energy)]
            case let .curtailableLoad(load):
                return [MarginalValue(resource: load.name, quantity: "capacity_mw", eurPerUnit: -upper(.reduction) - reservePower)]
            case let .renewable(plant):
                return [MarginalValue(resource: plant.name, quantity: "capacity_mw", eurPerUnit: -renewableDerivative(plant, series[.curtailment] ?? [], solution))]
            default:
                return []
            }
        }
    }

    /// ∂cost/∂capacity of a wind or solar plant: the balance's fixed injection cf·P, the curtailment bound cf·P,
    /// the VOM constant, and target rows whose right-hand side counts the plant's available energy.
    private func renewableDerivative(_ plant: VariableRenewable, _ curtailment: [ColumnID?], _ solution: Solution) -> Double {
        let cf = plant.capacityFactor
        var derivative = cf.reduce(0, +) * plant.vomEURPerMWh
        for t in 0..<source.hours {
            derivative -= cf[t] * solution.dual(of: balanceRows[t])
            if let column = curtailment[t] { derivative += min(0, solution.reducedCost(of: column)) * cf[t] }
        }
        let availablePerMW = cf.reduce(0, +)
        for row in targetRows {
            switch row.target.requirement {
            case let .renewableUtilisation(minimum, names) where names.isEmpty || names.contains(plant.name):
                derivative += solution.dual(of: row.row) * (1 - minimum) * availablePerMW
            case .nonHydroRenewableShare:
                derivative -= solution.dual(of: row.row) * availablePerMW
            default:
                break
            }
        }
        return derivative
    }
}
