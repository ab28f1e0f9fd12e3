import GridModel
import LinearProgramming

extension DispatchModel {
    /// Hydro: `gen` ≤ availability × capacity each hour (run of river); with a daily energy budget, `gen` ≤
    /// capacity each hour and `hydro_day` rows cap each day's energy at the day's available energy.
    mutating func addHydro(_ plant: HydroPlant, into columns: inout ResourceColumns) {
        let capacity = plant.capacityMW
        let generation = hourlyColumns(.generation, of: &columns, cost: plant.vomEURPerMWh) { t in
            .upTo(plant.dailyEnergyBudget ? capacity : plant.availability[t] * capacity)
        }
        for t in 0..<source.hours { addToBalance(t, generation[t], 1) }
        guard plant.dailyEnergyBudget else { return }
        for day in source.window.blocks(ofHours: 24) {
            let budget = day.reduce(0) { $0 + plant.availability[$1] * capacity }
            program.addRow(named: "hydro_day[\(plant.name),d=\(source.window.dayOfYear(atOffset: day.lowerBound) + 1)]",
                           bounds: .atMost(budget), terms: day.map { (generation[$0], 1) })
        }
    }
}
