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
    /// Storage with its power as the column `capacity[NAME]` (a copy per hour `capacity_hour[NAME,t=H]`,
    /// see ``capacityCopies(_:of:bounds:cost:)``) and energy = duration × power (see
    /// ``addSizedStorage(_:power:energy:mwhPerUnit:into:)``).
    mutating func addSizedStorage(_ unit: Storage, _ sizing: Sizing, into columns: inout ResourceColumns) {
        let capacity = capacityCopies("capacity", of: unit.name, bounds: Bounds(lower: sizing.minimumMW, upper: sizing.maximumMW),
                                     cost: sizing.costEURPerMW)
        capacityColumn = capacity.master
        addSizedStorage(unit, power: capacity.hourly, energy: capacity.hourly, mwhPerUnit: sizing.durationHours, into: &columns)
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
    /// (dispatch-mode) program, for re-solving from the current basis instead of rebuilding: its hourly bounds and,
    /// under `adequacy:`, its reserve columns and the right-hand sides of its `reserve_power` and `reserve_energy` rows.
    public func storageCapacityChanges(_ name: String, powerMW: Double, energyMWh: Double) -> (columns: [(ColumnID, Bounds)], rows: [(RowID, Bounds)]) {
        guard let index = source.resources.firstIndex(where: { $0.name == name }), case let .storage(unit) = source.resources[index] else {
            return ([], [])
        }
        let series = resourceColumns[index].series
        var columns: [(ColumnID, Bounds)] = []
        for column in ((series[.charge] ?? []) + (series[.discharge] ?? [])).compactMap({ $0 }) { columns.append((column, .upTo(powerMW))) }
        let soc = Bounds(lower: unit.minStateOfCharge * energyMWh, upper: unit.maxStateOfCharge * energyMWh)
        for column in (series[.stateOfCharge] ?? []).compactMap({ $0 }) { columns.append((column, soc)) }
        var rows: [(RowID, Bounds)] = []
        if let initial = unit.initialStateOfCharge, let row = storageFirstRows[name] {
            rows.append((row, .fixed((1 - unit.selfDischargePerHour) * initial * energyMWh)))
        }
        for column in (series[.reserve] ?? []).compactMap({ $0 }) { columns.append((column, powerMW > 0 ? .nonNegative : .fixed(0))) }
        if let reserve = reserveRows[name] {
            for row in reserve.power { rows.append((row, .atMost(powerMW))) }
            for row in reserve.energy { rows.append((row, .atMost(-unit.minStateOfCharge * energyMWh))) }
        }
        return (columns, rows)
    }
}
