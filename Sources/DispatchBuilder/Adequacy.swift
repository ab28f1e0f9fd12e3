import GridModel
import LinearProgramming

/// The rows and shortfall columns of the adequacy requirement, one per hour of the window.
public struct AdequacyRows: Sendable {
    /// `adequacy[t=H]`: firm contributions + shortfall ≥ (1 + margin) × load; `nil` in an hour whose fixed
    /// contributions alone meet the requirement (the row could not bind there). Its dual is what one more firm MW
    /// in that hour is worth, EUR/MW.
    public let rows: [RowID?]
    /// `adequacy_shortfall[t=H]`: MW short of the requirement, at the case's shortfall penalty (the fixed-at-0
    /// column `adequacy_none` in hours without a row).
    public let shortfall: [ColumnID]
}

/// The adequacy row read back from a solution.
public struct AdequacyOutcome: Sendable {
    /// MW short of (1 + margin) × load in each hour.
    public let shortfallMW: [Double]
    /// Dual of each hour's row: the cost saved by one more firm MW in that hour, EUR/MW (≥ 0; 0 without a row).
    public let dualEURPerMW: [Double]

    init(_ rows: AdequacyRows, _ solution: Solution) {
        shortfallMW = rows.shortfall.map { solution.columnValues[$0.index] }
        dualEURPerMW = rows.rows.map { $0.map { solution.rowDuals[$0.index] } ?? 0 }
    }
}

extension DispatchModel {
    /// Adds `adequacy[t=H]`: Σ firm contributions + shortfall ≥ (1 + margin) × load_t (see ``Adequacy``).
    ///
    /// Fixed contributions move to the right-hand side. An hour whose fixed contributions (thermal, hydro, wind and
    /// solar by credit, imports; by hourly output, without wind and solar) already meet the requirement gets no row
    /// and no reserve columns: the row could not bind there, and leaving it out keeps the LP small. In the other
    /// hours (flow `reserve`):
    /// - storage: `reserve[S,t=H]` with `reserve_power[S,t=H]`: reserve + discharge ≤ discharge power, and
    ///   `reserve_energy[S,t=H]`: reserve × hours ÷ η_d ≤ soc − min soc, so it counts only what its state of charge
    ///   can sustain for `storageHours` (a storage with no energy counts nothing; the sized storage counts nothing);
    ///   columns and rows exist whatever the capacity, so that a sweep through 0 MW keeps one LP shape to warm-start;
    /// - curtailable load: `reserve[D,t=H]` with `reserve_power[D,t=H]`: reserve + shed ≤ capacity, and, with a daily
    ///   energy limit, `reserve_day[D,d=N]`: Σ_day (reserve + shed) ≤ the limit, so DR limited to k hours a day
    ///   counts in k hours of each day at most.
    /// With hourly output, wind and solar count available − curtailed (the curtailment columns enter the row).
    /// In the investment LP a candidate's capacity is the hour's copy of its column (C, storage power P and energy
    /// E): storage `reserve_power` reserve + discharge − P ≤ 0 and `reserve_energy` reserve × hours ÷ η_d − soc +
    /// min soc × E ≤ 0; curtailable load reserve + shed − C ≤ 0; wind and solar C × credit, or cf × C − curtailed.
    /// Candidates count as 0 MW in the test for hours without a row (only they could make it bind there).
    /// Every row has a handful of terms (no dense rows or columns).
    ///
    /// Bounds the rows already imply are left out, because GLPK's interior point turns every upper bound into an
    /// extra row and column of its working LP: `reserve` has no upper bound (its `reserve_power` row, reserve +
    /// discharge or shed ≤ power with discharge and shed ≥ 0, holds it below the power), and in an hour with a row
    /// neither does the storage's `discharge` nor the curtailable load's `shed` (the same row, with reserve ≥ 0,
    /// holds them below the power). `adequacy_shortfall` has no upper bound when its penalty is positive: the
    /// contributions are never below −Σ available curtailable output (curtailment ≤ availability, the rest ≥ 0),
    /// so a shortfall of required + that sum already meets the row, and a larger one would only cost more.
    mutating func addAdequacy(_ adequacy: Adequacy, sized: String?) {
        let hours = source.hours
        var required = source.loadMW.map { (1 + adequacy.margin) * $0 }
        var curtailableMW = Array(repeating: 0.0, count: hours)
        let decided = Set(investmentColumns.filter { $0.decision == .capacity }.map(\.resource))
        for resource in source.resources where !decided.contains(resource.name) {
            for t in 0..<hours { required[t] -= adequacy.fixedContributionMW(of: resource, hour: t) }
            if case let .renewable(plant) = resource, adequacy.renewableCounting == .hourlyOutput {
                for t in 0..<hours { curtailableMW[t] += plant.availableMW[t] }
            }
        }
        let active = (0..<hours).map { required[$0] + curtailableMW[$0] > 0 }
        let none = active.allSatisfy { $0 } ? nil : program.addColumn(named: "adequacy_none", bounds: .fixed(0), cost: 0)
        var terms = Array(repeating: [(ColumnID, Double)](), count: hours)
        for index in source.resources.indices {
            var reserve: [ColumnID?]?
            switch source.resources[index] {
            case let .renewable(plant) where adequacy.renewableCounting == .hourlyOutput:
                for (t, column) in resourceColumns[index].series[.curtailment, default: []].enumerated() where active[t] {
                    if let column { terms[t].append((column, -1)) }
                }
                for (t, capacity) in (investedCapacity[plant.name] ?? []).enumerated() where active[t] && plant.capacityFactor[t] > 0 {
                    terms[t].append((capacity, plant.capacityFactor[t]))
                }
            case let .renewable(plant):
                let credit = adequacy.capacityCredits[plant.kind] ?? 0
                for (t, capacity) in (investedCapacity[plant.name] ?? []).enumerated() where active[t] && credit > 0 {
                    terms[t].append((capacity, credit))
                }
            case let .storage(unit) where unit.name != sized:
                reserve = addStorageReserve(unit, hoursSustained: adequacy.storageHours, resource: index, active: active)
            case let .curtailableLoad(load):
                reserve = addDemandResponseReserve(load, resource: index, active: active)
            default: break
            }
            for (t, column) in (reserve ?? []).enumerated() where active[t] { if let column { terms[t].append((column, 1)) } }
        }
        var rows: [RowID?] = [], shortfall: [ColumnID] = []
        for t in 0..<hours {
            guard active[t] else {
                rows.append(nil)
                shortfall.append(none!)
                continue
            }
            let bounds: Bounds = adequacy.shortfallPenaltyEURPerMWh > 0 ? .nonNegative : .upTo(required[t] + curtailableMW[t])
            let column = program.addColumn(named: "adequacy_shortfall[t=\(hourOfYear(t))]", bounds: bounds,
                                           cost: adequacy.shortfallPenaltyEURPerMWh)
            shortfall.append(column)
            rows.append(program.addRow(named: "adequacy[t=\(hourOfYear(t))]", bounds: .atLeast(required[t]), terms: terms[t] + [(column, 1)]))
        }
        adequacyRows = AdequacyRows(rows: rows, shortfall: shortfall)
    }

    /// Reserve columns `reserve[NAME,t=H]` ≥ 0 in active hours (none in the others, read as 0), recorded as the
    /// resource's `reserve` flow; the `reserve_power` rows bound them. A resource of zero power gets them fixed
    /// at 0 (`zeroPower`), which GLPK's interior point removes for free.
    private mutating func reserveColumns(resource index: Int, zeroPower: Bool, active: [Bool]) -> [ColumnID?] {
        let name = resourceColumns[index].name
        let bounds: Bounds = zeroPower ? .fixed(0) : .nonNegative
        let columns = active.indices.map { t -> ColumnID? in
            active[t] ? program.addColumn(named: "\(Flow.reserve.lpPrefix)[\(name),t=\(hourOfYear(t))]", bounds: bounds, cost: 0) : nil
        }
        resourceColumns[index].series[.reserve] = columns
        return columns
    }

    /// A storage's reserve columns within its power headroom and backed by its state of charge.
    /// A candidate's power and energy move from the bounds to the rows.
    private mutating func addStorageReserve(_ unit: Storage, hoursSustained: Double, resource index: Int, active: [Bool]) -> [ColumnID?] {
        let power = investedCapacity[unit.name], energy = investedEnergy[unit.name]
        let reserve = reserveColumns(resource: index, zeroPower: power == nil && unit.dischargePowerMW == 0, active: active)
        let discharge = resourceColumns[index].series[.discharge, default: []], soc = resourceColumns[index].series[.stateOfCharge, default: []]
        for t in 0..<source.hours where active[t] {
            let hour = hourOfYear(t)
            if power == nil, let column = discharge[t] { relaxUpperBound(of: column, heldBelow: unit.dischargePowerMW) }
            var powerTerms: [(ColumnID?, Double)] = [(reserve[t], 1), (discharge[t], 1)]
            var energyTerms: [(ColumnID?, Double)] = [(reserve[t], hoursSustained / unit.dischargeEfficiency), (soc[t], -1)]
            if let power, let energy {
                powerTerms.append((power[t], -1))
                if unit.minStateOfCharge > 0 { energyTerms.append((energy.columns[t], unit.minStateOfCharge * energy.mwhPerUnit)) }
            }
            let powerRow = program.addRow(named: "reserve_power[\(unit.name),t=\(hour)]", bounds: .atMost(power == nil ? unit.dischargePowerMW : 0),
                                          terms: Self.present(powerTerms))
            let energyRow = program.addRow(named: "reserve_energy[\(unit.name),t=\(hour)]",
                                           bounds: .atMost(power == nil ? -unit.minStateOfCharge * unit.energyMWh : 0), terms: Self.present(energyTerms))
            reserveRows[unit.name, default: ([], [])].power.append(powerRow)
            reserveRows[unit.name, default: ([], [])].energy.append(energyRow)
        }
        return reserve
    }

    /// A curtailable load's reserve columns within its headroom and, with a daily energy limit, within it by day.
    private mutating func addDemandResponseReserve(_ load: CurtailableLoad, resource index: Int, active: [Bool]) -> [ColumnID?] {
        let capacity = investedCapacity[load.name]
        let reserve = reserveColumns(resource: index, zeroPower: capacity == nil && load.capacityMW == 0, active: active)
        let shed = resourceColumns[index].series[.reduction, default: []]
        for t in 0..<source.hours where active[t] {
            if capacity == nil, let column = shed[t] { relaxUpperBound(of: column, heldBelow: load.capacityMW) }
            let row = program.addRow(named: "reserve_power[\(load.name),t=\(hourOfYear(t))]", bounds: .atMost(capacity == nil ? load.capacityMW : 0),
                                     terms: Self.present([(reserve[t], 1), (shed[t], 1), (capacity?[t], -1)]))
            reserveRows[load.name, default: ([], [])].power.append(row)
        }
        if let perDay = load.maxEnergyPerDayMWh {
            for day in source.window.blocks(ofHours: 24) where day.contains(where: { active[$0] }) {
                program.addRow(named: "reserve_day[\(load.name),d=\(source.window.dayOfYear(atOffset: day.lowerBound) + 1)]",
                               bounds: .atMost(perDay), terms: Self.present(day.flatMap { [(reserve[$0], 1.0), (shed[$0], 1.0)] }))
            }
        }
        return reserve
    }

    /// Drops `column`'s upper bound `powerMW` where a `reserve_power` row holds it below that power already. A
    /// zero power keeps the bound: the column is then fixed at 0, which GLPK's interior point removes for free.
    private mutating func relaxUpperBound(of column: ColumnID, heldBelow powerMW: Double) {
        guard powerMW > 0, program.columnBounds[column.index] == .upTo(powerMW) else { return }
        program.setBounds(.nonNegative, of: column)
    }

    /// The terms whose column exists (a column the lean LP does not create is 0).
    private static func present(_ terms: [(ColumnID?, Double)]) -> [(ColumnID, Double)] {
        terms.compactMap { column, coefficient in column.map { ($0, coefficient) } }
    }
}
