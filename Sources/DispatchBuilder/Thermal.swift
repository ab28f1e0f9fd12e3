import GridModel
import LinearProgramming

extension DispatchModel {
    /// Thermal: `gen` within [min-load × online, online]; without commitment online is the whole capacity (a
    /// must-run floor); with it `online` ≤ capacity is a column and `startup` ≥ online increase is charged.
    /// `ramp` rows bound the hour-to-hour change of output.
    mutating func addThermal(_ plant: ThermalPlant, into columns: inout ResourceColumns) {
        let name = plant.name, capacity = plant.capacityMW
        let cost = plant.marginalCostEURPerMWh + plant.co2TonnesPerMWh * source.co2PriceEURPerTonne
        let floor = plant.commitment ? 0 : plant.minStableLoad * capacity
        // With commitment, gen ≤ online ≤ capacity (`online_cap` and the online column's bound) already caps the
        // output: a bound gen ≤ capacity could never bind.
        let generation = hourlyColumns(.generation, of: &columns, cost: cost) { _ in
            plant.commitment ? .nonNegative : Bounds(lower: floor, upper: capacity)
        }
        for t in 0..<source.hours { addToBalance(t, generation[t], 1) }

        if plant.commitment {
            let online = hourlyColumns(.online, of: &columns, cost: 0) { _ in .upTo(capacity) }
            // A committed plant the load can use in full runs at full commitment through long stretches (most plan
            // cases); GLPK's interior point then needs this bound native, or the startup rows between such hours
            // lose rank (GLPKProblem+Solve.swift). A plant larger than the window's peak load rarely gets there
            // (Yinchuan's coal never did), and the hint would only cost it a second attempt.
            if capacity <= source.loadMW.max() ?? 0 {
                for column in online { program.expectAtUpperBound(column) }
            }
            let startup = hourlyColumns(.startup, of: &columns, cost: plant.startupCostEURPerMW) { _ in .nonNegative }
            for t in 0..<source.hours {
                let hour = hourOfYear(t)
                program.addRow(named: "online_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(generation[t], 1), (online[t], -1)])
                if plant.minStableLoad > 0 {
                    program.addRow(named: "min_load[\(name),t=\(hour)]", bounds: .atLeast(0),
                                   terms: [(generation[t], 1), (online[t], -plant.minStableLoad)])
                }
                if t > 0 {
                    program.addRow(named: "startup[\(name),t=\(hour)]", bounds: .atLeast(0),
                                   terms: [(startup[t], 1), (online[t], -1), (online[t - 1], 1)])
                }
            }
        }
        // Output stays within [floor, capacity], so it can never change by more than capacity − floor in an hour:
        // a ramp limit at least that wide cannot bind and gets no rows (decided per unit of capacity, so an LP
        // re-solved for another capacity keeps its structure).
        if let ramp = plant.rampPerHour, ramp < 1 - (plant.commitment ? 0 : plant.minStableLoad) {
            let limit = ramp * capacity
            for t in 1..<max(1, source.hours) {
                program.addRow(named: "ramp[\(name),t=\(hourOfYear(t))]", bounds: .between(-limit, limit),
                               terms: [(generation[t], 1), (generation[t - 1], -1)])
            }
        }
    }
}
