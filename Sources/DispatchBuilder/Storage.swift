import GridModel
import LinearProgramming

/// What sets a storage's power and energy: fixed MW and MWh (dispatch), or columns (sizing and investment).
enum StorageEnergy {
    /// Energy capacity, MWh.
    case fixed(mwh: Double)
    /// Power = the column `power`, energy = `mwhPerUnit` × the column `energy`, a copy per hour of each (see
    /// ``DispatchModel/capacityCopies(_:of:bounds:cost:)``): the power column itself with hours of storage, or an
    /// energy column in MWh with 1.
    case sized(power: [ColumnID], energy: [ColumnID], mwhPerUnit: Double)
}

extension DispatchModel {
    /// Storage: charge and discharge within the power, the state of charge within [min, max] × energy, and the
    /// state-of-charge rows (see ``addStateOfCharge(_:charge:discharge:soc:energy:before:)``).
    mutating func addStorage(_ unit: Storage, into columns: inout ResourceColumns) {
        let charge = hourlyColumns(.charge, of: &columns, cost: 0) { _ in .upTo(unit.chargePowerMW) }
        let discharge = hourlyColumns(.discharge, of: &columns, cost: unit.vomEURPerMWh) { _ in .upTo(unit.dischargePowerMW) }
        let socBounds = Bounds(lower: unit.minStateOfCharge * unit.energyMWh, upper: unit.maxStateOfCharge * unit.energyMWh)
        let soc = hourlyColumns(.stateOfCharge, of: &columns, cost: 0) { _ in socBounds }
        addStateOfCharge(unit, charge: charge, discharge: discharge, soc: soc, energy: .fixed(mwh: unit.energyMWh))
    }

    /// The one state-of-charge builder, for ordinary and sized storage. Each hour: discharge supplies and charge
    /// consumes in the balance; `soc_balance` rows soc_t = (1 − loss) · soc_{t−1} + η_c · charge_t − discharge_t / η_d,
    /// with soc_{−1} either the last hour's state (cyclic) or the given initial state × energy; with
    /// `exclusive_charge_discharge`, `exclusive` rows charge / charge power + discharge / discharge power ≤ 1, which
    /// replace the power bounds of both columns (sized: charge + discharge ≤ capacity, both powers being the capacity). `before` adds a sized storage's capacity rows
    /// of hour t ahead of its state-of-charge row.
    mutating func addStateOfCharge(_ unit: Storage, charge: [ColumnID], discharge: [ColumnID], soc: [ColumnID], energy: StorageEnergy,
                                   before: (inout DispatchModel, Int) -> Void = { _, _ in }) {
        let name = unit.name, hours = source.hours
        let retention = 1 - unit.selfDischargePerHour
        for t in 0..<hours {
            addToBalance(t, discharge[t], 1)
            addToBalance(t, charge[t], -1)
            before(&self, t)
            var terms: [(ColumnID, Double)] = [(soc[t], 1), (charge[t], -unit.chargeEfficiency), (discharge[t], 1 / unit.dischargeEfficiency)]
            var rhs = 0.0
            if t > 0 {
                terms.append((soc[t - 1], -retention))
            } else if let initial = unit.initialStateOfCharge {
                switch energy {
                case let .fixed(mwh): rhs = retention * initial * mwh
                case let .sized(_, energy, mwhPerUnit): terms.append((energy[0], -retention * initial * mwhPerUnit))
                }
            } else if hours > 1 {
                terms.append((soc[hours - 1], -retention))
            } else {
                terms[0].1 = unit.selfDischargePerHour
            }
            let row = program.addRow(named: "soc_balance[\(name),t=\(hourOfYear(t))]", bounds: .fixed(rhs), terms: terms)
            if t == 0 { storageFirstRows[name] = row }
            guard unit.exclusiveChargeDischarge else { continue }
            switch energy {
            case .fixed where unit.chargePowerMW > 0 && unit.dischargePowerMW > 0:
                program.addRow(named: "exclusive[\(name),t=\(hourOfYear(t))]", bounds: .atMost(1),
                               terms: [(charge[t], 1 / unit.chargePowerMW), (discharge[t], 1 / unit.dischargePowerMW)])
                // With both flows ≥ 0 the row holds each below its power: the bounds could never bind, and GLPK's
                // interior point would pay an extra row for each.
                program.setBounds(.nonNegative, of: charge[t])
                program.setBounds(.nonNegative, of: discharge[t])
            case let .sized(power, _, _):
                program.addRow(named: "exclusive[\(name),t=\(hourOfYear(t))]", bounds: .atMost(0),
                               terms: [(charge[t], 1), (discharge[t], 1), (power[t], -1)])
            case .fixed:
                break
            }
        }
    }
}

extension DispatchModel {
    /// Storage whose power and energy are columns, a copy per hour (energy = `mwhPerUnit` × `energy`):
    /// `charge_cap` and `discharge_cap` rows bound the hourly columns by the power, `soc_cap` and `soc_floor` rows
    /// bound the state of charge by [min, max] × energy, and the state-of-charge rows
    /// (``addStateOfCharge(_:charge:discharge:soc:energy:before:)``) scale with the energy.
    mutating func addSizedStorage(_ unit: Storage, power: [ColumnID], energy energyColumns: [ColumnID], mwhPerUnit: Double,
                                  into columns: inout ResourceColumns) {
        let name = unit.name
        let charge = hourlyColumns(.charge, of: &columns, cost: 0) { _ in .nonNegative }
        let discharge = hourlyColumns(.discharge, of: &columns, cost: unit.vomEURPerMWh) { _ in .nonNegative }
        let soc = hourlyColumns(.stateOfCharge, of: &columns, cost: 0) { _ in .nonNegative }
        addStateOfCharge(unit, charge: charge, discharge: discharge, soc: soc,
                         energy: .sized(power: power, energy: energyColumns, mwhPerUnit: mwhPerUnit)) { model, t in
            let hour = model.hourOfYear(t)
            model.program.addRow(named: "charge_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(charge[t], 1), (power[t], -1)])
            model.program.addRow(named: "discharge_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(discharge[t], 1), (power[t], -1)])
            model.program.addRow(named: "soc_cap[\(name),t=\(hour)]", bounds: .atMost(0),
                                 terms: [(soc[t], 1), (energyColumns[t], -unit.maxStateOfCharge * mwhPerUnit)])
            if unit.minStateOfCharge > 0 {
                model.program.addRow(named: "soc_floor[\(name),t=\(hour)]", bounds: .atLeast(0),
                                     terms: [(soc[t], 1), (energyColumns[t], -unit.minStateOfCharge * mwhPerUnit)])
            }
        }
    }

    /// A storage candidate: `invest[NAME]` is its power both ways; its energy is either `invest_energy[NAME]`
    /// (MWh, at its own cost) within `duration_min[NAME]`: E − min hours × P ≥ 0 and `duration_max[NAME]`:
    /// E − max hours × P ≤ 0, or the case's hours of energy (energy ÷ discharge power) × P.
    mutating func addInvestedStorage(_ unit: Storage, _ candidate: InvestmentCandidate, into columns: inout ResourceColumns) {
        let power = addInvestment(candidate)
        guard let energyCandidate = candidate.energy else {
            let hours = unit.dischargePowerMW > 0 ? unit.energyMWh / unit.dischargePowerMW : 0
            investedEnergy[unit.name] = (power.hourly, hours)
            return addSizedStorage(unit, power: power.hourly, energy: power.hourly, mwhPerUnit: hours, into: &columns)
        }
        let energy = capacityCopies("invest_energy", of: unit.name, bounds: .nonNegative, cost: energyCandidate.costEURPerMWhYear * windowShare)
        investmentColumns[investmentColumns.count - 1].energy = energy.master
        investedEnergy[unit.name] = (energy.hourly, 1)
        program.addRow(named: "duration_min[\(unit.name)]", bounds: .atLeast(0), terms: [(energy.master, 1), (power.master, -energyCandidate.minHours)])
        program.addRow(named: "duration_max[\(unit.name)]", bounds: .atMost(0), terms: [(energy.master, 1), (power.master, -energyCandidate.maxHours)])
        addSizedStorage(unit, power: power.hourly, energy: energy.hourly, mwhPerUnit: 1, into: &columns)
    }
}
