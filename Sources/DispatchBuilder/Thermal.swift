import GridModel
import LinearProgramming

extension DispatchModel {
    /// Thermal: `gen` within [min-load × online, online]; without commitment online is the whole capacity (a
    /// must-run floor); with it `online` ≤ capacity is a column and `startup` ≥ online increase is charged.
    /// `ramp` rows bound the hour-to-hour change of output (from the hour before the first too, when the plant has
    /// one: ``GridModel/ThermalPlant/hourBefore``). A retrofit candidate `invest[NAME]` (MW retrofitted, R
    /// the hour's copy) lowers the minimum stable load msl to msl_new on R: without commitment gen ≥ msl_new ×
    /// capacity and `retrofit_floor[NAME,t=H]` gen + (msl − msl_new) × R ≥ msl × capacity; with it the `min_load` row
    /// becomes gen − msl × online + (msl − msl_new) × r ≥ 0, r the retrofitted MW online (``retrofitOnline(_:_:retrofitted:online:)``).
    mutating func addThermal(_ plant: ThermalPlant, into columns: inout ResourceColumns) {
        let name = plant.name, capacity = plant.capacityMW
        let cost = plant.marginalCostEURPerMWh + plant.co2TonnesPerMWh * source.co2PriceEURPerTonne
        let retrofit = candidate(for: name).flatMap { candidate -> (CapacityCopies, minStableLoad: Double)? in
            guard case let .retrofit(minStableLoad) = candidate.decision else { return nil }
            return (addInvestment(candidate), minStableLoad)
        }
        let lowestLoad = retrofit?.minStableLoad ?? plant.minStableLoad
        let floor = plant.commitment ? 0 : lowestLoad * capacity
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
                    var terms: [(ColumnID, Double)] = [(generation[t], 1), (online[t], -plant.minStableLoad)]
                    if let (retrofitted, minStableLoad) = retrofit {
                        terms.append((retrofitOnline(name, t, retrofitted: retrofitted.hourly[t], online: online[t]), plant.minStableLoad - minStableLoad))
                    }
                    program.addRow(named: "min_load[\(name),t=\(hour)]", bounds: .atLeast(0), terms: terms)
                }
                if t > 0 {
                    program.addRow(named: "startup[\(name),t=\(hour)]", bounds: .atLeast(0),
                                   terms: [(startup[t], 1), (online[t], -1), (online[t - 1], 1)])
                } else if let before = plant.hourBefore {
                    program.addRow(named: "startup[\(name),t=\(hour)]", bounds: .atLeast(-before.onlineMW), terms: [(startup[t], 1), (online[t], -1)])
                }
            }
        }
        if let (retrofitted, minStableLoad) = retrofit, !plant.commitment {
            // gen + (msl − msl_new) × R ≥ msl × capacity: the floor falls by msl − msl_new on each MW retrofitted.
            for t in 0..<source.hours {
                program.addRow(named: "retrofit_floor[\(name),t=\(hourOfYear(t))]", bounds: .atLeast(plant.minStableLoad * capacity),
                               terms: [(generation[t], 1), (retrofitted.hourly[t], plant.minStableLoad - minStableLoad)])
            }
        }
        // Output stays within [floor, capacity], so it can never change by more than capacity − floor in an hour:
        // a ramp limit at least that wide cannot bind and gets no rows (decided per unit of capacity, so an LP
        // re-solved for another capacity keeps its structure).
        if let ramp = plant.rampPerHour, ramp < 1 - (plant.commitment ? 0 : lowestLoad) {
            let limit = ramp * capacity
            if let before = plant.hourBefore, source.hours > 0 {
                program.addRow(named: "ramp[\(name),t=\(hourOfYear(0))]", bounds: Bounds(lower: before.generationMW - limit, upper: before.generationMW + limit),
                               terms: [(generation[0], 1)])
            }
            for t in 1..<max(1, source.hours) {
                program.addRow(named: "ramp[\(name),t=\(hourOfYear(t))]", bounds: .between(-limit, limit),
                               terms: [(generation[t], 1), (generation[t - 1], -1)])
            }
        }
    }

    /// `retrofit_online[NAME,t=H]`: the retrofitted MW online in hour t, within `retrofit_cap` (≤ the MW retrofitted,
    /// R the hour's copy) and `retrofit_online_cap` (≤ the online capacity) rows.
    private mutating func retrofitOnline(_ name: String, _ t: Int, retrofitted: ColumnID, online: ColumnID) -> ColumnID {
        let hour = hourOfYear(t)
        let column = program.addColumn(named: "retrofit_online[\(name),t=\(hour)]", bounds: .nonNegative, cost: 0)
        program.addRow(named: "retrofit_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(column, 1), (retrofitted, -1)])
        program.addRow(named: "retrofit_online_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(column, 1), (online, -1)])
        return column
    }
}
