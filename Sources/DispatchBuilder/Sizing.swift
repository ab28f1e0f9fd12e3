import GridModel
import LinearProgramming

/// A storage whose power is a decision (sizing mode): `capacity[NAME]` in MW, energy = duration × power.
public struct Sizing: Sendable, Equatable {
    /// The storage resource sized.
    public var resource: String
    /// Energy per MW of power, h.
    public var durationHours: Double
    /// Least power, MW (a plan's figure in sizing mode).
    public var minimumMW: Double
    /// Largest power considered, MW.
    public var maximumMW: Double
    /// Cost per MW of power over the window (annualised investment and fixed O&M × window share), EUR/MW.
    public var costEURPerMW: Double

    /// A sizing of one storage.
    public init(resource: String, durationHours: Double, minimumMW: Double = 0, maximumMW: Double, costEURPerMW: Double) {
        self.resource = resource
        self.durationHours = durationHours
        self.minimumMW = minimumMW
        self.maximumMW = maximumMW
        self.costEURPerMW = costEURPerMW
    }
}

extension DispatchModel {
    /// Storage with its power as the column `capacity[NAME]`: `charge_cap`, `discharge_cap` and `soc_cap` rows
    /// bound the hourly columns by it, and the state-of-charge rows (the same builder as ordinary storage,
    /// ``addStateOfCharge(_:charge:discharge:soc:energy:before:)``) scale with it. Hourly rows use a copy per
    /// day, `capacity_day[NAME,d=D]`, tied to the master by `capacity_link` rows: one column in every hourly row
    /// would make the interior point's normal equations dense (gigabytes on a full year).
    mutating func addSizedStorage(_ unit: Storage, _ sizing: Sizing, into columns: inout ResourceColumns) {
        let name = unit.name, hours = source.hours
        let master = program.addColumn(named: "capacity[\(name)]", bounds: Bounds(lower: sizing.minimumMW, upper: sizing.maximumMW),
                                       cost: sizing.costEURPerMW)
        capacityColumn = master
        var daily = [ColumnID](repeating: master, count: hours)
        for day in source.window.blocks(ofHours: 24) {
            let dayOfYear = source.window.dayOfYear(atOffset: day.lowerBound) + 1
            let copy = program.addColumn(named: "capacity_day[\(name),d=\(dayOfYear)]", bounds: .nonNegative, cost: 0)
            program.addRow(named: "capacity_link[\(name),d=\(dayOfYear)]", bounds: .fixed(0), terms: [(copy, 1), (master, -1)])
            for t in day { daily[t] = copy }
        }
        let charge = hourlyColumns(.charge, of: &columns, cost: 0) { _ in .nonNegative }
        let discharge = hourlyColumns(.discharge, of: &columns, cost: unit.vomEURPerMWh) { _ in .nonNegative }
        let soc = hourlyColumns(.stateOfCharge, of: &columns, cost: 0) { _ in .nonNegative }
        let energyPerMW = sizing.durationHours
        addStateOfCharge(unit, charge: charge, discharge: discharge, soc: soc, energy: .sized(capacity: daily, mwhPerMW: energyPerMW)) { model, t in
            let hour = model.hourOfYear(t), capacity = daily[t]
            model.program.addRow(named: "charge_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(charge[t], 1), (capacity, -1)])
            model.program.addRow(named: "discharge_cap[\(name),t=\(hour)]", bounds: .atMost(0), terms: [(discharge[t], 1), (capacity, -1)])
            model.program.addRow(named: "soc_cap[\(name),t=\(hour)]", bounds: .atMost(0),
                                 terms: [(soc[t], 1), (capacity, -unit.maxStateOfCharge * energyPerMW)])
            if unit.minStateOfCharge > 0 {
                model.program.addRow(named: "soc_floor[\(name),t=\(hour)]", bounds: .atLeast(0),
                                     terms: [(soc[t], 1), (capacity, -unit.minStateOfCharge * energyPerMW)])
            }
        }
    }

    /// The program for "least capacity": the capacity column is the only cost and every target is hard.
    public func leastCapacityProgram() -> LinearProgram {
        var copy = program
        copy.clearObjective()
        if let capacityColumn { copy.setCost(1, of: capacityColumn) }
        return copy.withHardTargets(targetRows)
    }

    /// The program with every target hard (its shortfall fixed at zero).
    public func hardTargetProgram() -> LinearProgram {
        program.withHardTargets(targetRows)
    }
}

extension LinearProgram {
    func withHardTargets(_ rows: [TargetRow]) -> LinearProgram {
        var copy = self
        for row in rows { copy.setBounds(.fixed(0), of: row.shortfall) }
        return copy
    }
}

extension DispatchModel {
    /// The bound changes that give storage `name` a power of `powerMW` and an energy of `energyMWh` in this
    /// (dispatch-mode) program, for re-solving from the current basis instead of rebuilding.
    public func storageCapacityChanges(_ name: String, powerMW: Double, energyMWh: Double) -> (columns: [(ColumnID, Bounds)], rows: [(RowID, Bounds)]) {
        guard let index = source.resources.firstIndex(where: { $0.name == name }), case let .storage(unit) = source.resources[index] else {
            return ([], [])
        }
        let series = resourceColumns[index].series
        var columns: [(ColumnID, Bounds)] = []
        for column in (series[.charge] ?? []) + (series[.discharge] ?? []) { columns.append((column, .upTo(powerMW))) }
        let soc = Bounds(lower: unit.minStateOfCharge * energyMWh, upper: unit.maxStateOfCharge * energyMWh)
        for column in series[.stateOfCharge] ?? [] { columns.append((column, soc)) }
        var rows: [(RowID, Bounds)] = []
        if let initial = unit.initialStateOfCharge, let row = storageFirstRows[name] {
            rows.append((row, .fixed((1 - unit.selfDischargePerHour) * initial * energyMWh)))
        }
        return (columns, rows)
    }
}
