import GridModel
import LinearProgramming

extension DispatchModel {
    /// Curtailable load: `shed` ≤ capacity each hour at a cost; `dr_day` and `dr_year` rows cap its energy (the
    /// latter summed a day at a time, see ``addWindowRow(_:_:bounds:series:other:)``).
    mutating func addCurtailableLoad(_ load: CurtailableLoad, into columns: inout ResourceColumns) {
        let shed = hourlyColumns("shed", load.name, cost: load.costEURPerMWh) { _ in .upTo(load.capacityMW) }
        columns.series["reduction"] = shed
        for t in 0..<source.hours { addToBalance(t, shed[t], 1) }
        if let perDay = load.maxEnergyPerDayMWh {
            for day in source.window.blocks(ofHours: 24) {
                program.addRow(named: "dr_day[\(load.name),d=\(source.window.dayOfYear(atOffset: day.lowerBound) + 1)]",
                               bounds: .atMost(perDay), terms: day.map { (shed[$0], 1) })
            }
        }
        if let perYear = load.maxEnergyPerYearMWh {
            _ = addWindowRow("dr_year", load.name, bounds: .atMost(perYear), series: [(shed, 1)])
        }
    }

    /// Shiftable load: `shift_down` (consume less, at a cost) and `shift_up` (consume more), netting to zero in
    /// each block of the shifting window (`shift_block` rows).
    mutating func addShiftableLoad(_ load: ShiftableLoad, into columns: inout ResourceColumns) {
        let down = hourlyColumns("shift_down", load.name, cost: load.costEURPerMWh) { _ in .upTo(load.downMW) }
        let up = hourlyColumns("shift_up", load.name, cost: 0) { _ in .upTo(load.upMW) }
        columns.series["down"] = down
        columns.series["up"] = up
        for t in 0..<source.hours {
            addToBalance(t, down[t], 1)
            addToBalance(t, up[t], -1)
        }
        for (index, block) in source.window.blocks(ofHours: load.windowHours).enumerated() {
            program.addRow(named: "shift_block[\(load.name),b=\(index + 1)]", bounds: .fixed(0),
                           terms: block.flatMap { [(up[$0], 1.0), (down[$0], -1.0)] })
        }
    }
}
