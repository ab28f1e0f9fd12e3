import GridModel
import LinearProgramming

/// The master columns of one investment decision (investment LP, `DispatchModel(case:, investing: true)`).
public struct InvestmentColumns: Sendable {
    /// The candidate's resource, by its case name.
    public let resource: String
    /// What is decided: the resource's capacity, or MW of a thermal plant retrofitted.
    public let decision: InvestmentCandidate.Decision
    /// `invest[NAME]`: the capacity (storage: power both ways; curtailable load: largest reduction; wind and solar:
    /// installed capacity; retrofit: MW retrofitted), MW.
    public let power: ColumnID
    /// `invest_energy[NAME]`: a storage's energy capacity when sized apart from its power, MWh.
    public internal(set) var energy: ColumnID?
}

/// A capacity decided once, with the copy of it that each hour's rows use.
struct CapacityCopies {
    /// The master column `PREFIX[NAME]`, which carries the cost.
    let master: ColumnID
    /// For each hour of the window, its own copy `PREFIX_hour[NAME,t=H]`.
    let hourly: [ColumnID]
}

extension DispatchModel {
    /// Adds the master column `PREFIX[NAME]` within `bounds` at `cost` and a copy per hour `PREFIX_hour[NAME,t=H]`
    /// for that hour's rows, chained week by week: `PREFIX_link[NAME,t=H]` rows tie each copy to the previous hour's,
    /// and the first hour of each week's (``LinearProgram/hoursPerCapacityChain``) to the master.
    ///
    /// Why copies, and why this shape: GLPK's interior point factors A·D·Aᵀ. One column in every hourly row makes it
    /// dense (gigabytes on a full year). A chain is one more hour-to-hour sequence, like a state of charge, which the
    /// ordering handles as it does those; the master then links only one copy a week. A chain through the whole
    /// year stops GLPK on numerical instability within ten iterations; copies tied to the master by day (the earlier
    /// form) make the master's links one dense block, 365 rows per candidate. Measured on the full-year investment LP
    /// of Models/guangxi/2030.yaml: see Benchmarks/README.md, "Investment planning".
    mutating func capacityCopies(_ prefix: String, of name: String, bounds: Bounds, cost: Double) -> CapacityCopies {
        program.addCapacityCopies(prefix, of: name, bounds: bounds, cost: cost, hours: source.window.first..<(source.window.first + source.hours))
    }

    /// The investment LP with every requirement hard: each target's shortfall and each hour's adequacy shortfall
    /// fixed at zero, so that the least-cost portfolio meets them all (`gridflex invest` without `--soft-targets`).
    public func hardRequirementsProgram() -> LinearProgram {
        var hard = hardTargetProgram()
        for column in Set(adequacyRows?.shortfall ?? []) { hard.setBounds(.fixed(0), of: column) }
        return hard
    }

    /// Share of a year the window covers: candidates' annual costs are charged × this share.
    var windowShare: Double { Double(source.hours) / Double(HourWindow.hoursPerYear) }

    /// The candidate deciding the resource named `name`, in the investment LP only.
    func candidate(for name: String) -> InvestmentCandidate? {
        investing ? source.investment?.candidate(for: name) : nil
    }

    /// Adds `invest[NAME]` ∈ [min, max] MW at the annualised cost × window share (plus `extraCost` per MW, e.g. a
    /// renewable's VOM on its available energy) with its copies, and records it in ``investmentColumns``.
    mutating func addInvestment(_ candidate: InvestmentCandidate, extraCost: Double = 0) -> CapacityCopies {
        let capacity = capacityCopies("invest", of: candidate.resource, bounds: Bounds(lower: candidate.minMW, upper: candidate.maxMW),
                                     cost: candidate.costEURPerMWYear * windowShare + extraCost)
        investmentColumns.append(InvestmentColumns(resource: candidate.resource, decision: candidate.decision, power: capacity.master))
        investedCapacity[candidate.resource] = capacity.hourly
        return capacity
    }
}

extension LinearProgram {
    /// Hours each chain of capacity copies runs before it is tied to the master again (a week).
    static let hoursPerCapacityChain = 168

    /// The master column `PREFIX[NAME]` within `bounds` at `cost` and a copy `PREFIX_hour[NAME,t=H]` for each hour H of
    /// `hours`, chained as ``DispatchModel`` explains for its candidates (shared by the links of ``RegionalModel``).
    mutating func addCapacityCopies(_ prefix: String, of name: String, bounds: Bounds, cost: Double, hours: Range<Int>) -> CapacityCopies {
        let master = addColumn(named: "\(prefix)[\(name)]", bounds: bounds, cost: cost)
        var hourly: [ColumnID] = []
        hourly.reserveCapacity(hours.count)
        for (t, hour) in hours.enumerated() {
            let copy = addColumn(named: "\(prefix)_hour[\(name),t=\(hour)]", bounds: .nonNegative, cost: 0)
            let previous = t % Self.hoursPerCapacityChain == 0 ? master : hourly[t - 1]
            addRow(named: "\(prefix)_link[\(name),t=\(hour)]", bounds: .fixed(0), terms: [(copy, 1), (previous, -1)])
            hourly.append(copy)
        }
        return CapacityCopies(master: master, hourly: hourly)
    }
}
