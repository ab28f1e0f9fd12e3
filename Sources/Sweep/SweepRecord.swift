import Analysis
import Foundation

/// Headline numbers of a solved point, kept as columns of their own so that SQL and spreadsheet readers need
/// not open the summary JSON.
public struct SweepMeasures: Sendable, Equatable {
    /// Curtailed wind and solar, MWh.
    public var curtailmentMWh: Double
    /// Absorbed ÷ available wind and solar, per unit.
    public var renewableUtilisation: Double
    /// Unserved load, MWh.
    public var unservedMWh: Double
    /// Non-hydro renewable share of load, per unit.
    public var nonHydroRenewableShare: Double
    /// CO2 emitted, t.
    public var co2T: Double
    /// Highest net load after storage and demand response, MW.
    public var peakNetLoadAfterFlexMW: Double
    /// Objective less target penalties, EUR.
    public var operatingCostEUR: Double
    /// Target shortfalls × penalty, EUR.
    public var targetPenaltyEUR: Double

    /// Column names, in the order of ``values``.
    public static let columnNames = [
        "curtailment_mwh", "renewable_utilisation", "unserved_mwh", "non_hydro_renewable_share", "co2_t", "peak_net_load_after_flex_mw",
        "operating_cost_eur", "target_penalty_eur",
    ]

    /// The measures of a summary's KPIs.
    public init(_ kpis: KPIs) {
        curtailmentMWh = kpis.curtailmentMWh
        renewableUtilisation = kpis.renewableUtilisation
        unservedMWh = kpis.unservedMWh
        nonHydroRenewableShare = kpis.nonHydroRenewableShare
        co2T = kpis.co2T
        peakNetLoadAfterFlexMW = kpis.peakNetLoadAfterFlexMW
        operatingCostEUR = kpis.operatingCostEUR
        targetPenaltyEUR = kpis.targetPenaltyEUR
    }

    /// Measures read back in the order of ``columnNames``; nil unless there is one finite value per column.
    public init?(values: [Double?]) {
        let numbers = values.compactMap { $0 }
        guard numbers.count == Self.columnNames.count else { return nil }
        (curtailmentMWh, renewableUtilisation, unservedMWh, nonHydroRenewableShare) = (numbers[0], numbers[1], numbers[2], numbers[3])
        (co2T, peakNetLoadAfterFlexMW, operatingCostEUR, targetPenaltyEUR) = (numbers[4], numbers[5], numbers[6], numbers[7])
    }

    /// Values in the order of ``columnNames``.
    public var values: [Double] {
        [curtailmentMWh, renewableUtilisation, unservedMWh, nonHydroRenewableShare, co2T, peakNetLoadAfterFlexMW, operatingCostEUR, targetPenaltyEUR]
    }

    /// Curtailed share of available wind and solar, per unit.
    public var curtailmentShare: Double { 1 - renewableUtilisation }
}

/// One row of a sweep's results: a point, how it was solved, and what came out.
public struct SweepRecord: Sendable, Equatable {
    /// What a point ended as besides a solver status (`optimal`, `infeasible`, …).
    public enum Outcome {
        /// The case could not be loaded with this point's values.
        public static let inputError = "input_error"
        /// GLPK failed (a caught fatal error).
        public static let solverError = "solver_error"
    }

    /// Fingerprint of the case and fixed options (``CaseFingerprint``).
    public var caseHash: String
    /// The point.
    public var point: SweepPoint
    /// Position in the sweep's solving order.
    public var position: Int
    /// Solver status, or one of ``Outcome``.
    public var status: String
    /// Objective, EUR (nil without a solution).
    public var objective: Double?
    /// Headline numbers (nil without a solution).
    public var measures: SweepMeasures?
    /// The full `CaseSummary` as JSON, as `gridflex solve --json` prints it (nil without a solution).
    public var summaryJSON: String?
    /// Named numbers beyond the headline measures, in order (a regional case's per-region and per-link figures;
    /// empty for a single case).
    public var figures: [PointFigure]
    /// Simplex iterations.
    public var iterations: Int
    /// Whether the solve started from the previous point's basis.
    public var warm: Bool
    /// Seconds to load the case with this point's values.
    public var loadSeconds: Double
    /// Seconds to build the LP and load it into GLPK (or update the loaded one).
    public var buildSeconds: Double
    /// Seconds in the solver.
    public var solveSeconds: Double
    /// How the point was solved and anything unusual (a structure change, a fallback, an error).
    public var note: String
    /// When the point finished, ISO 8601 UTC.
    public var finishedAt: String

    /// A record.
    public init(caseHash: String, point: SweepPoint, position: Int, status: String, objective: Double? = nil, measures: SweepMeasures? = nil,
                summaryJSON: String? = nil, figures: [PointFigure] = [], iterations: Int = 0, warm: Bool = false, loadSeconds: Double = 0, buildSeconds: Double = 0,
                solveSeconds: Double = 0, note: String = "", finishedAt: String = SweepRecord.now()) {
        self.caseHash = caseHash
        self.point = point
        self.position = position
        self.status = status
        self.objective = objective
        self.measures = measures
        self.summaryJSON = summaryJSON
        self.figures = figures
        self.iterations = iterations
        self.warm = warm
        self.loadSeconds = loadSeconds
        self.buildSeconds = buildSeconds
        self.solveSeconds = solveSeconds
        self.note = note
        self.finishedAt = finishedAt
    }

    /// The current time, ISO 8601 UTC.
    public static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
