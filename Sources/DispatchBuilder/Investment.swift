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
struct DailyCapacity {
    /// The master column `PREFIX[NAME]`, which carries the cost.
    let master: ColumnID
    /// For each hour of the window, its day's copy `PREFIX_day[NAME,d=D]`.
    let hourly: [ColumnID]
}

extension DispatchModel {
    /// Adds the master column `PREFIX[NAME]` within `bounds` at `cost`, and a copy per day `PREFIX_day[NAME,d=D]`
    /// tied to it by `PREFIX_link[NAME,d=D]` rows; hourly rows use the copies. One column in every hourly row would
    /// make the interior point's normal equations dense (gigabytes on a full year); a copy per day keeps them sparse.
    mutating func dailyCapacity(_ prefix: String, of name: String, bounds: Bounds, cost: Double) -> DailyCapacity {
        let master = program.addColumn(named: "\(prefix)[\(name)]", bounds: bounds, cost: cost)
        var hourly = [ColumnID](repeating: master, count: source.hours)
        for day in source.window.blocks(ofHours: 24) {
            let dayOfYear = source.window.dayOfYear(atOffset: day.lowerBound) + 1
            let copy = program.addColumn(named: "\(prefix)_day[\(name),d=\(dayOfYear)]", bounds: .nonNegative, cost: 0)
            program.addRow(named: "\(prefix)_link[\(name),d=\(dayOfYear)]", bounds: .fixed(0), terms: [(copy, 1), (master, -1)])
            for t in day { hourly[t] = copy }
        }
        return DailyCapacity(master: master, hourly: hourly)
    }

    /// Share of a year the window covers: candidates' annual costs are charged × this share.
    var windowShare: Double { Double(source.hours) / Double(HourWindow.hoursPerYear) }

    /// The candidate deciding the resource named `name`, in the investment LP only.
    func candidate(for name: String) -> InvestmentCandidate? {
        investing ? source.investment?.candidate(for: name) : nil
    }

    /// Adds `invest[NAME]` ∈ [min, max] MW at the annualised cost × window share (plus `extraCost` per MW, e.g. a
    /// renewable's VOM on its available energy) with its daily copies, and records it in ``investmentColumns``.
    mutating func addInvestment(_ candidate: InvestmentCandidate, extraCost: Double = 0) -> DailyCapacity {
        let capacity = dailyCapacity("invest", of: candidate.resource, bounds: Bounds(lower: candidate.minMW, upper: candidate.maxMW),
                                     cost: candidate.costEURPerMWYear * windowShare + extraCost)
        investmentColumns.append(InvestmentColumns(resource: candidate.resource, decision: candidate.decision, power: capacity.master))
        investedCapacity[candidate.resource] = capacity.hourly
        return capacity
    }
}
