import GridModel
import LinearProgramming

/// What sets a storage's energy: a fixed MWh (dispatch), or a capacity column times hours of storage (sizing).
enum StorageEnergy {
    /// Energy capacity, MWh.
    case fixed(mwh: Double)
    /// Energy = `mwhPerMW` × the power column `capacity` (per day, see ``DispatchModel/addSizedStorage(_:_:into:)``).
    case sized(capacity: [ColumnID], mwhPerMW: Double)
}

extension DispatchModel {
    /// Storage: charge and discharge within the power, the state of charge within [min, max] × energy, and the
    /// state-of-charge rows (see ``addStateOfCharge(_:charge:discharge:soc:energy:)``).
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
    /// `exclusive_charge_discharge`, `exclusive` rows charge / charge power + discharge / discharge power ≤ 1 (sized:
    /// charge + discharge ≤ capacity, both powers being the capacity). `before` adds a sized storage's capacity rows
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
                case let .sized(capacity, mwhPerMW): terms.append((capacity[0], -retention * initial * mwhPerMW))
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
            case let .sized(capacity, _):
                program.addRow(named: "exclusive[\(name),t=\(hourOfYear(t))]", bounds: .atMost(0),
                               terms: [(charge[t], 1), (discharge[t], 1), (capacity[t], -1)])
            case .fixed:
                break
            }
        }
    }
}
