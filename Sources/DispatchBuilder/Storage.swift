import GridModel
import LinearProgramming

extension DispatchModel {
    /// Storage: `soc_balance` rows soc_t = (1 − loss) · soc_{t−1} + η_c · charge_t − discharge_t / η_d, with
    /// soc_{−1} either the last hour's state (cyclic) or the given initial state; soc within [min, max] × energy.
    mutating func addStorage(_ unit: Storage, into columns: inout ResourceColumns) {
        let name = unit.name, hours = source.hours
        let charge = hourlyColumns(.charge, of: &columns, cost: 0) { _ in .upTo(unit.chargePowerMW) }
        let discharge = hourlyColumns(.discharge, of: &columns, cost: unit.vomEURPerMWh) { _ in .upTo(unit.dischargePowerMW) }
        let socBounds = Bounds(lower: unit.minStateOfCharge * unit.energyMWh, upper: unit.maxStateOfCharge * unit.energyMWh)
        let soc = hourlyColumns(.stateOfCharge, of: &columns, cost: 0) { _ in socBounds }
        let retention = 1 - unit.selfDischargePerHour
        for t in 0..<hours {
            addToBalance(t, discharge[t], 1)
            addToBalance(t, charge[t], -1)
            var terms: [(ColumnID, Double)] = [(soc[t], 1), (charge[t], -unit.chargeEfficiency), (discharge[t], 1 / unit.dischargeEfficiency)]
            var rhs = 0.0
            if t > 0 {
                terms.append((soc[t - 1], -retention))
            } else if let initial = unit.initialStateOfCharge {
                rhs = retention * initial * unit.energyMWh
            } else if hours > 1 {
                terms.append((soc[hours - 1], -retention))
            } else {
                terms[0].1 = unit.selfDischargePerHour
            }
            let row = program.addRow(named: "soc_balance[\(name),t=\(hourOfYear(t))]", bounds: .fixed(rhs), terms: terms)
            if t == 0 { storageFirstRows[name] = row }
            if unit.exclusiveChargeDischarge, unit.chargePowerMW > 0, unit.dischargePowerMW > 0 {
                program.addRow(named: "exclusive[\(name),t=\(hourOfYear(t))]", bounds: .atMost(1),
                               terms: [(charge[t], 1 / unit.chargePowerMW), (discharge[t], 1 / unit.dischargePowerMW)])
            }
        }
    }
}
