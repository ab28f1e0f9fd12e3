import GridModel
import LinearProgramming

extension DispatchModel {
    /// Curtailable load: `shed` ≤ capacity each hour at a cost; `dr_day` rows and the `dr_year` row (summed by day) cap
    /// its energy (absolute MWh, also for a candidate). A candidate's capacity is `invest[NAME]`: `dr_cap[NAME,t=H]`
    /// rows shed − C ≤ 0 (C the hour's copy) replace the bound.
    mutating func addCurtailableLoad(_ load: CurtailableLoad, into columns: inout ResourceColumns) {
        let candidate = candidate(for: load.name)
        let capacity = candidate.map { addInvestment($0) }
        let shed = hourlyColumns(.reduction, of: &columns, cost: load.costEURPerMWh) { _ in capacity == nil ? .upTo(load.capacityMW) : .nonNegative }
        for t in 0..<source.hours { addToBalance(t, shed[t], 1) }
        if let capacity {
            for t in 0..<source.hours {
                program.addRow(named: "dr_cap[\(load.name),t=\(hourOfYear(t))]", bounds: .atMost(0), terms: [(shed[t], 1), (capacity.hourly[t], -1)])
            }
        }
        if let perDay = load.maxEnergyPerDayMWh {
            // A day sheds at most capacity × its hours: a daily cap that large cannot bind (a zero capacity keeps
            // its rows, so a sweep from zero capacity keeps the LP's structure).
            let largestMW = candidate?.maxMW ?? load.capacityMW
            for day in source.window.blocks(ofHours: 24) where largestMW == 0 || perDay < largestMW * Double(day.count) {
                program.addRow(named: "dr_day[\(load.name),d=\(source.window.dayOfYear(atOffset: day.lowerBound) + 1)]",
                               bounds: .atMost(perDay), terms: day.map { (shed[$0], 1) })
            }
        }
        if let perYear = load.maxEnergyPerYearMWh {
            addBlockedSum(named: "dr_year[\(load.name)]", key: "dr_year.\(load.name)", hourlyTerms: shed.map { [($0, 1)] },
                            finalTerms: [], bounds: .atMost(perYear))
        }
    }

    /// Shiftable load: `shift_down` (consume less, at a cost) and `shift_up` (consume more), netting to zero in
    /// each block of the shifting window (`shift_block` rows).
    mutating func addShiftableLoad(_ load: ShiftableLoad, into columns: inout ResourceColumns) {
        let down = hourlyColumns(.shiftDown, of: &columns, cost: load.costEURPerMWh) { _ in .upTo(load.downMW) }
        let up = hourlyColumns(.shiftUp, of: &columns, cost: 0) { _ in .upTo(load.upMW) }
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
