import DispatchBuilder
import GridModel

/// The headline numbers of one solved case (the `kpis` object of `gridflex solve --json`).
public struct KPIs: Sendable, Codable, Equatable {
    /// Load energy over the window, MWh.
    public var loadMWh: Double
    /// Available wind and solar energy, MWh.
    public var renewableAvailableMWh: Double
    /// Curtailed wind and solar energy, MWh.
    public var curtailmentMWh: Double
    /// Absorbed ÷ available wind and solar energy, per unit (1 when none is available).
    public var renewableUtilisation: Double
    /// (Wind + solar absorbed + biomass + renewable share of imports) ÷ load, per unit.
    public var nonHydroRenewableShare: Double
    /// Unserved load, MWh.
    public var unservedMWh: Double
    /// Hours with unserved load.
    public var unservedHours: Int
    /// Must-run surplus nothing could absorb, MWh.
    public var surplusMWh: Double
    /// Highest load, MW.
    public var peakLoadMW: Double
    /// Highest load after demand response and storage, MW.
    public var peakLoadAfterFlexMW: Double
    /// Highest load less available wind and solar, MW.
    public var peakNetLoadMW: Double
    /// Highest load less absorbed wind and solar, storage and demand response (what thermal, hydro and
    /// imports must cover), MW.
    public var peakNetLoadAfterFlexMW: Double
    /// CO2 emitted, t.
    public var co2T: Double
    /// Mean of the hourly marginal prices, EUR/MWh.
    public var meanPriceEURPerMWh: Double
    /// Penalties paid for missed targets and adequacy shortfalls (shortfall × penalty), EUR; part of the objective,
    /// not a real cost.
    public var targetPenaltyEUR: Double
    /// Objective less target penalties, EUR.
    public var operatingCostEUR: Double

    enum CodingKeys: String, CodingKey {
        case loadMWh = "load_mwh", renewableAvailableMWh = "renewable_available_mwh", curtailmentMWh = "curtailment_mwh"
        case renewableUtilisation = "renewable_utilisation", nonHydroRenewableShare = "non_hydro_renewable_share"
        case unservedMWh = "unserved_mwh", unservedHours = "unserved_hours", surplusMWh = "surplus_mwh"
        case peakLoadMW = "peak_load_mw", peakLoadAfterFlexMW = "peak_load_after_flex_mw"
        case peakNetLoadMW = "peak_net_load_mw", peakNetLoadAfterFlexMW = "peak_net_load_after_flex_mw"
        case co2T = "co2_t", meanPriceEURPerMWh = "mean_price_eur_per_mwh", targetPenaltyEUR = "target_penalty_eur"
        case operatingCostEUR = "operating_cost_eur"
    }
}

/// What one resource did over the window.
public struct ResourceSummary: Sendable, Codable, Equatable {
    /// Resource name.
    public var name: String
    /// Kind as in case files.
    public var kind: String
    /// Energy delivered to the grid (generation, absorbed renewables, discharge, DR reduction, imports), MWh.
    public var energyMWh: Double
    /// Energy taken from the grid (charging, shifted-up load, exports), MWh.
    public var consumedMWh: Double
    /// Curtailed energy (renewables), MWh.
    public var curtailmentMWh: Double?
    /// Curtailed ÷ available (renewables), per unit.
    public var curtailmentShare: Double?
    /// Equivalent full cycles: discharged ÷ energy capacity (storage).
    public var equivalentFullCycles: Double?
    /// Hours with simultaneous charge and discharge above `ActivityTolerance` (storage); a vertex solution has none
    /// unless prices make it pay, an interior-point one may have many.
    public var simultaneousHours: Int?
    /// Hours with a reduction above `ActivityTolerance` (demand response).
    public var hoursCalled: Int?
    /// Variable cost of this resource, EUR.
    public var costEUR: Double

    enum CodingKeys: String, CodingKey {
        case name, kind, energyMWh = "energy_mwh", consumedMWh = "consumed_mwh", curtailmentMWh = "curtailment_mwh"
        case curtailmentShare = "curtailment_share", equivalentFullCycles = "equivalent_full_cycles"
        case simultaneousHours = "simultaneous_charge_discharge_hours", hoursCalled = "hours_called", costEUR = "cost_eur"
    }
}

/// Curtailment of one renewable kind.
public struct CurtailmentSummary: Sendable, Codable, Equatable {
    /// `onwind`, `offwind` or `solar`.
    public var kind: String
    /// Available energy, MWh.
    public var availableMWh: Double
    /// Curtailed energy, MWh.
    public var curtailedMWh: Double
    /// Curtailed ÷ available, per unit.
    public var share: Double

    enum CodingKeys: String, CodingKey {
        case kind, availableMWh = "available_mwh", curtailedMWh = "curtailed_mwh", share
    }
}

/// One target: required against achieved.
public struct TargetCompliance: Sendable, Codable, Equatable {
    /// Target id.
    public var id: String
    /// What kind of requirement.
    public var kind: String
    /// Required value (per unit for shares and utilisation, t for CO2, margin per unit for reserves).
    public var required: Double
    /// Achieved value, same unit.
    public var achieved: Double
    /// Whether achieved meets required (1e-6 tolerance).
    public var met: Bool
    /// Amount missing, in `shortfallUnit` (0 when met).
    public var shortfall: Double
    /// Unit of the shortfall.
    public var shortfallUnit: String
    /// Whether the target's row is binding (a cost is paid to meet it).
    public var binding: Bool
    /// Cost of tightening the target by one `shadowPriceUnit`, EUR (nil where the target is not an LP row).
    public var shadowPrice: Double?
    /// Unit of the shadow price (`EUR/pp` per percentage point, `EUR/t`).
    public var shadowPriceUnit: String?
    /// Where the target comes from.
    public var source: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, required, achieved, met, shortfall, shortfallUnit = "shortfall_unit", binding
        case shadowPrice = "shadow_price", shadowPriceUnit = "shadow_price_unit", source
    }
}

/// Facts about the solve.
public struct SolverFacts: Sendable, Codable, Equatable {
    /// The algorithm that produced the answer.
    public var method: String
    /// Iterations.
    public var iterations: Int
    /// Seconds to read and resolve the case (files, scaling).
    public var readSeconds: Double
    /// Seconds to build the LP.
    public var buildSeconds: Double
    /// Seconds in the solver.
    public var solveSeconds: Double
    /// Of `solveSeconds`, those of the crossover from the interior point to a vertex; absent when none ran.
    public var crossoverSeconds: Double?
    /// Columns, rows and nonzeros of the LP.
    public var columns: Int, rows: Int, nonzeros: Int
    /// Remarks: fallbacks, and that an interior-point solution need not be a vertex.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case method, iterations, readSeconds = "read_seconds", buildSeconds = "build_seconds", solveSeconds = "solve_seconds"
        case crossoverSeconds = "crossover_seconds", columns, rows, nonzeros, notes
    }
}

/// Everything `gridflex solve` reports about one case (`summary.json`).
public struct CaseSummary: Sendable, Codable, Equatable {
    /// Case name.
    public var caseName: String
    /// Region code.
    public var region: String
    /// Hour window, `A-B`.
    public var window: String
    /// Number of hours.
    public var hours: Int
    /// Solver status.
    public var status: String
    /// Operating cost over the window, EUR (2020 money, as the data bundle).
    public var objective: Double
    /// Headline numbers.
    public var kpis: KPIs
    /// Per resource.
    public var resources: [ResourceSummary]
    /// Each resource's capacity as the case finally used it (after the plan and `--set`).
    public var capacities: [ResourceCapacity]
    /// Per renewable kind.
    public var curtailment: [CurtailmentSummary]
    /// Per target.
    public var targets: [TargetCompliance]
    /// The hourly adequacy row, when the case has one.
    public var adequacy: AdequacySummary?
    /// What each flexibility group buys (`solve --contributions`); `nil` unless asked for.
    public var contributions: [ContributionRow]?
    /// What one more MW (or MWh) of each flexibility resource is worth over the window, EUR per unit.
    public var marginalValues: [MarginalValue]
    /// Solver facts.
    public var solver: SolverFacts
    /// Numbers that do not come from a source.
    public var assumptions: [Assumption]
    /// What loading did to the data.
    public var dataNotes: [String]

    enum CodingKeys: String, CodingKey {
        case caseName = "case", region, window, hours, status, objective, kpis, resources, capacities, curtailment, targets, adequacy, contributions
        case marginalValues = "marginal_values", solver
        case assumptions, dataNotes = "data_notes"
    }
}
