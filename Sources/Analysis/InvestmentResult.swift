import GridModel

/// What `gridflex invest` found (its JSON): the least-cost portfolio of the case's candidates and the plan's own
/// portfolio (the case as written), each dispatched, each target's shadow price (from the investment LP) and the
/// cost gap.
///
/// Capital is the candidates' annualised cost × the window's share of a year (prorated: `prorated` says so);
/// money is EUR 2020 over the window unless a key says annual. Keys whose value is unset are written as `null`
/// (``ExplicitNull``), so that readers see one shape.
public struct InvestmentResult: Sendable, Codable, Equatable {
    /// Case name.
    public var caseName: String
    /// Hours in the window.
    public var hours: Int
    /// Hours in the window ÷ 8,760, per unit: the share of a year's capital charged.
    public var windowShare: Double
    /// Whether capital is prorated (the window is shorter than a year).
    public var prorated: Bool
    /// Discount rate used to annualise investment, per unit.
    public var discountRate: Double
    /// The investment LP's objective (capital, operating cost and penalties over the window), EUR.
    public var objectiveEUR: Double
    /// When GLPK's interior point stopped before proving optimality and its point was kept: the relative
    /// primal–dual gap, |primal − dual| / (1 + |primal|), which bounds how far `objectiveEUR` is above the least
    /// cost; `nil` when the portfolio is proven least-cost.
    @ExplicitNull public var optimalityGap: Double? = nil
    /// The least-cost portfolio, one entry per candidate in case order.
    public var portfolio: [CandidateCapacity]
    /// The case as written, dispatched: its candidates' capacities, costs and targets.
    public var planPortfolio: PlanPortfolio
    /// Each target at the least-cost portfolio, with its shadow price.
    public var targets: [TargetPrice]
    /// The adequacy row at the least-cost portfolio; `nil` when the case has none.
    @ExplicitNull public var adequacy: AdequacyPrice?
    /// Costs of the least-cost portfolio.
    public var costs: PortfolioCosts
    /// The plan's total less the least-cost total, split by what differs.
    public var gap: CostGap

    enum CodingKeys: String, CodingKey {
        case caseName = "case", hours, windowShare = "window_share", prorated, discountRate = "discount_rate", objectiveEUR = "objective_eur"
        case optimalityGap = "optimality_gap"
        case portfolio, planPortfolio = "plan_portfolio", targets, adequacy, costs, gap
    }
}

/// One candidate's size in a portfolio and what it costs.
public struct CandidateCapacity: Sendable, Codable, Equatable {
    /// The resource decided.
    public var resource: String
    /// `capacity` (the resource's capacity) or `retrofit` (MW of a thermal plant retrofitted).
    public var decision: String
    /// Power, MW (storage: both ways; curtailable load: largest reduction; retrofit: MW retrofitted).
    public var powerMW: Double
    /// Storage energy, MWh; `nil` for other kinds.
    @ExplicitNull public var energyMWh: Double?
    /// Storage energy ÷ power, h; `nil` for other kinds or without power.
    @ExplicitNull public var durationHours: Double?
    /// Least power allowed, MW.
    public var minMW: Double
    /// Largest power allowed, MW.
    public var maxMW: Double
    /// `min` or `max` when the power sits at that limit, else `nil`.
    @ExplicitNull public var atLimit: String?
    /// Annualised capital (and fixed O&M) of this size × the window share, EUR.
    public var capitalCostEUR: Double
    /// Where the cost comes from: the bundle's cost file and rows, or the case's assumption key.
    public var costSource: String

    enum CodingKeys: String, CodingKey {
        case resource, decision, powerMW = "power_mw", energyMWh = "energy_mwh", durationHours = "duration_hours"
        case minMW = "min_mw", maxMW = "max_mw", atLimit = "at_limit", capitalCostEUR = "capital_cost_eur", costSource = "cost_source"
    }
}

/// One target of a portfolio: required against achieved, and what tightening it costs.
public struct TargetPrice: Sendable, Codable, Equatable {
    /// Target id.
    public var id: String
    /// Unit of `required` and `achieved`: `per unit` for shares and utilisation, `t` for a CO2 cap.
    public var unit: String
    /// Required value.
    public var required: Double
    /// Achieved value.
    public var achieved: Double
    /// Whether achieved meets required.
    public var met: Bool
    /// Cost of tightening the target by one `unit` (a share by 1.0, a cap by 1 t) over the window, EUR; read from
    /// the target row's dual, ≥ 0 when tightening costs money; `nil` where the target is not an LP row.
    @ExplicitNull public var shadowPriceEURPerUnit: Double?
    /// Shares and utilisation: cost of one more percentage point over the window, EUR; `nil` for caps.
    @ExplicitNull public var shadowPriceEURPerPercentagePoint: Double?

    enum CodingKeys: String, CodingKey {
        case id, unit, required, achieved, met, shadowPriceEURPerUnit = "shadow_price_eur_per_unit"
        case shadowPriceEURPerPercentagePoint = "shadow_price_eur_per_percentage_point"
    }
}

/// The hourly adequacy row at a portfolio.
public struct AdequacyPrice: Sendable, Codable, Equatable {
    /// Whether every hour is covered (beyond solver round-off).
    public var met: Bool
    /// Σ shortfall over the window, MWh.
    public var shortfallMWh: Double
    /// Σ over the hours of the rows' duals ÷ the window share: what one more MW of firm capacity required in every
    /// hour costs, EUR per MW-year (comparable with a candidate's annualised cost).
    public var shadowPriceEURPerMWYear: Double

    enum CodingKeys: String, CodingKey {
        case met, shortfallMWh = "shortfall_mwh", shadowPriceEURPerMWYear = "shadow_price_eur_per_mw_year"
    }
}

/// What a portfolio costs over the window, EUR.
public struct PortfolioCosts: Sendable, Codable, Equatable {
    /// Candidates' annualised capital and fixed O&M × the window share, EUR.
    public var capitalEUR: Double
    /// Dispatch cost (fuel, CO2, start-ups, variable O&M, DR, imports), EUR.
    public var operatingEUR: Double
    /// Penalties for missed targets and adequacy shortfalls, EUR; not a real cost.
    public var penaltyEUR: Double
    /// Capital + operating + penalties, EUR.
    public var totalEUR: Double
    /// The total ÷ the window share, EUR per year.
    public var annualTotalEUR: Double

    enum CodingKeys: String, CodingKey {
        case capitalEUR = "capital_eur", operatingEUR = "operating_eur", penaltyEUR = "penalty_eur", totalEUR = "total_eur"
        case annualTotalEUR = "annual_total_eur"
    }

    /// Costs from their parts; `windowShare` annualises the total.
    public init(capitalEUR: Double, operatingEUR: Double, penaltyEUR: Double, windowShare: Double) {
        self.capitalEUR = capitalEUR
        self.operatingEUR = operatingEUR
        self.penaltyEUR = penaltyEUR
        totalEUR = capitalEUR + operatingEUR + penaltyEUR
        annualTotalEUR = windowShare > 0 ? totalEUR / windowShare : 0
    }
}

/// The plan's portfolio: the case as written, dispatched, with its candidates' capital.
public struct PlanPortfolio: Sendable, Codable, Equatable {
    /// Each candidate at the case's own capacity.
    public var capacities: [CandidateCapacity]
    /// Its costs.
    public var costs: PortfolioCosts
    /// Its targets (shadow prices from the dispatch, capacities fixed).
    public var targets: [TargetPrice]
}

/// The plan's total cost less the least-cost total, EUR over the window.
public struct CostGap: Sendable, Codable, Equatable {
    /// One part of the gap.
    public struct Item: Sendable, Codable, Equatable {
        /// `capital NAME` per candidate whose capital differs, `operating` or `penalties`.
        public var what: String
        /// Plan less least-cost, EUR.
        public var eur: Double
    }

    /// Plan total less least-cost total, EUR (the sum of the items).
    public var totalEUR: Double
    /// The parts.
    public var items: [Item]

    enum CodingKeys: String, CodingKey {
        case totalEUR = "total_eur", items
    }
}
