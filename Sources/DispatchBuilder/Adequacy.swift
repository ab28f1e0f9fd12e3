import GridModel
import LinearProgramming

/// The rows and shortfall columns of the adequacy requirement, one per hour of the window.
public struct AdequacyRows: Sendable {
    /// `adequacy[t=H]`: firm contributions + shortfall ≥ (1 + margin) × load. Its dual is what one more firm MW
    /// in that hour is worth, EUR/MW.
    public let rows: [RowID]
    /// `adequacy_shortfall[t=H]`: MW short of the requirement, at the case's shortfall penalty.
    public let shortfall: [ColumnID]
}

/// The adequacy row read back from a solution.
public struct AdequacyOutcome: Sendable {
    /// MW short of (1 + margin) × load in each hour.
    public let shortfallMW: [Double]
    /// Dual of each hour's row: the cost saved by one more firm MW in that hour, EUR/MW (≥ 0).
    public let dualEURPerMW: [Double]

    init(_ rows: AdequacyRows, _ solution: Solution) {
        shortfallMW = rows.shortfall.map { solution.columnValues[$0.index] }
        dualEURPerMW = rows.rows.map { solution.rowDuals[$0.index] }
    }
}

extension DispatchModel {
    /// Adds `adequacy[t=H]` for every hour: Σ firm contributions + shortfall ≥ (1 + margin) × load_t (see ``Adequacy``).
    ///
    /// Fixed contributions move to the right-hand side. Columns added here (series `reserve`):
    /// - storage: `reserve[S,t=H]` with `reserve_power[S,t=H]`: reserve + discharge ≤ discharge power, and
    ///   `reserve_energy[S,t=H]`: reserve × hours ÷ η_d ≤ soc − min soc, so it counts only what its state of charge
    ///   can sustain for `storageHours` (a storage with no energy counts nothing; the sized storage counts nothing);
    /// - curtailable load: `reserve[D,t=H]` with `reserve_power[D,t=H]`: reserve + shed ≤ capacity, and, with a daily
    ///   energy limit, `reserve_day[D,d=N]`: Σ_day (reserve + shed) ≤ the limit, so DR limited to k hours a day
    ///   counts in k hours of each day at most.
    /// With hourly output, wind and solar count available − curtailed (the curtailment columns enter the row).
    /// Every row has a handful of terms (no dense rows or columns).
    mutating func addAdequacy(_ adequacy: Adequacy, sized: String?) {
        let hours = source.hours
        var terms = Array(repeating: [(ColumnID, Double)](), count: hours)
        var fixed = Array(repeating: 0.0, count: hours)
        var curtailableMW = Array(repeating: 0.0, count: hours)
        for index in source.resources.indices {
            let resource = source.resources[index]
            for t in 0..<hours { fixed[t] += adequacy.fixedContributionMW(of: resource, hour: t) }
            switch resource {
            case let .renewable(plant) where adequacy.renewableCounting == .hourlyOutput:
                for (t, column) in resourceColumns[index].series[.curtailment, default: []].enumerated() {
                    terms[t].append((column, -1))
                    curtailableMW[t] += plant.availableMW[t]
                }
            case let .storage(unit) where unit.name != sized && unit.dischargePowerMW > 0 && unit.energyMWh > 0:
                let reserve = addStorageReserve(unit, hoursSustained: adequacy.storageHours, resource: index)
                for t in 0..<hours { terms[t].append((reserve[t], 1)) }
            case let .curtailableLoad(load) where load.capacityMW > 0:
                let reserve = addDemandResponseReserve(load, resource: index)
                for t in 0..<hours { terms[t].append((reserve[t], 1)) }
            default: break
            }
        }
        var rows: [RowID] = [], shortfall: [ColumnID] = []
        for t in 0..<hours {
            let required = (1 + adequacy.margin) * source.loadMW[t] - fixed[t]
            let column = program.addColumn(named: "adequacy_shortfall[t=\(hourOfYear(t))]",
                                           bounds: .upTo(max(0, required + curtailableMW[t])), cost: adequacy.shortfallPenaltyEURPerMWh)
            shortfall.append(column)
            rows.append(program.addRow(named: "adequacy[t=\(hourOfYear(t))]", bounds: .atLeast(required), terms: terms[t] + [(column, 1)]))
        }
        adequacyRows = AdequacyRows(rows: rows, shortfall: shortfall)
    }

    /// A storage's reserve columns within its power headroom and backed by its state of charge.
    private mutating func addStorageReserve(_ unit: Storage, hoursSustained: Double, resource index: Int) -> [ColumnID] {
        var columns = resourceColumns[index]
        let reserve = hourlyColumns(.reserve, of: &columns, cost: 0) { _ in .upTo(unit.dischargePowerMW) }
        resourceColumns[index] = columns
        let discharge = resourceColumns[index].series[.discharge, default: []], soc = resourceColumns[index].series[.stateOfCharge, default: []]
        for t in 0..<source.hours {
            let hour = hourOfYear(t)
            program.addRow(named: "reserve_power[\(unit.name),t=\(hour)]", bounds: .atMost(unit.dischargePowerMW),
                           terms: [(reserve[t], 1), (discharge[t], 1)])
            program.addRow(named: "reserve_energy[\(unit.name),t=\(hour)]", bounds: .atMost(-unit.minStateOfCharge * unit.energyMWh),
                           terms: [(reserve[t], hoursSustained / unit.dischargeEfficiency), (soc[t], -1)])
        }
        return reserve
    }

    /// A curtailable load's reserve columns within its headroom and, with a daily energy limit, within it by day.
    private mutating func addDemandResponseReserve(_ load: CurtailableLoad, resource index: Int) -> [ColumnID] {
        var columns = resourceColumns[index]
        let reserve = hourlyColumns(.reserve, of: &columns, cost: 0) { _ in .upTo(load.capacityMW) }
        resourceColumns[index] = columns
        let shed = resourceColumns[index].series[.reduction, default: []]
        for t in 0..<source.hours {
            program.addRow(named: "reserve_power[\(load.name),t=\(hourOfYear(t))]", bounds: .atMost(load.capacityMW),
                           terms: [(reserve[t], 1), (shed[t], 1)])
        }
        if let perDay = load.maxEnergyPerDayMWh {
            for day in source.window.blocks(ofHours: 24) {
                program.addRow(named: "reserve_day[\(load.name),d=\(source.window.dayOfYear(atOffset: day.lowerBound) + 1)]",
                               bounds: .atMost(perDay), terms: day.flatMap { [(reserve[$0], 1.0), (shed[$0], 1.0)] })
            }
        }
        return reserve
    }
}
