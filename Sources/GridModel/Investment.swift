/// What `gridflex invest` may build: candidates whose capacity is a decision, each at an annualised cost.
///
/// A candidate's whole capacity is the decision and is charged in full: capacity that already exists and is not
/// for sale belongs in a separate resource without `invest:`. In dispatch (`solve`, `plan check`) the case's own
/// capacities are used and the candidates are ignored; they are the plan's portfolio that `invest` compares with.
public struct Investment: Sendable, Equatable {
    /// The candidates, in case order.
    public var candidates: [InvestmentCandidate]
    /// Discount rate used to annualise investment, per unit.
    public var discountRate: Double

    /// An investment set-up.
    public init(candidates: [InvestmentCandidate], discountRate: Double) {
        self.candidates = candidates
        self.discountRate = discountRate
    }

    /// The candidate deciding the resource named `name`, if any.
    public func candidate(for name: String) -> InvestmentCandidate? {
        candidates.first { $0.resource == name }
    }
}

/// One decision of the investment LP: the capacity of a storage (power, and energy when sized apart), a
/// curtailable load or a wind or solar plant, or the share of a thermal plant given a flexibility retrofit.
public struct InvestmentCandidate: Sendable, Equatable {
    /// What the capacity decided is.
    public enum Decision: Sendable, Equatable {
        /// The resource's capacity, MW (storage: its power both ways; curtailable load: its largest reduction;
        /// wind and solar: installed capacity).
        case capacity
        /// MW of a thermal plant retrofitted so that their minimum stable load falls to `minStableLoad`, per unit.
        case retrofit(minStableLoad: Double)
    }

    /// The resource decided, by its case name.
    public var resource: String
    /// What is decided.
    public var decision: Decision
    /// Least capacity, MW.
    public var minMW: Double
    /// Largest capacity, MW.
    public var maxMW: Double
    /// Annualised cost of one MW: investment × capital recovery factor + fixed O&M, EUR/MW-year.
    public var costEURPerMWYear: Double
    /// Storage only: energy sized apart from power; `nil` keeps the case's hours of energy per MW of power.
    public var energy: EnergyCandidate?
    /// Where the cost comes from (the bundle's cost file and its rows, or the case's assumption key), for reports.
    public var costSource: String

    /// A candidate.
    public init(resource: String, decision: Decision = .capacity, minMW: Double = 0, maxMW: Double, costEURPerMWYear: Double,
                energy: EnergyCandidate? = nil, costSource: String) {
        self.resource = resource
        self.decision = decision
        self.minMW = minMW
        self.maxMW = maxMW
        self.costEURPerMWYear = costEURPerMWYear
        self.energy = energy
        self.costSource = costSource
    }
}

/// A storage's energy as a decision of its own, within hours of its power.
public struct EnergyCandidate: Sendable, Equatable {
    /// Least energy per MW of power, h.
    public var minHours: Double
    /// Largest energy per MW of power, h.
    public var maxHours: Double
    /// Annualised cost of one MWh of energy capacity, EUR/MWh-year.
    public var costEURPerMWhYear: Double

    /// An energy decision.
    public init(minHours: Double, maxHours: Double, costEURPerMWhYear: Double) {
        self.minHours = minHours
        self.maxHours = maxHours
        self.costEURPerMWhYear = costEURPerMWhYear
    }
}
