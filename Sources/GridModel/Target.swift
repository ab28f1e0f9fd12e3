/// A requirement the dispatch must meet, as a named LP row (`target[ID]`).
public struct Target: Sendable, Equatable {
    /// What is required.
    public enum Requirement: Sendable, Equatable {
        /// Absorbed ÷ available energy of the named variable renewables ≥ minimum (per unit).
        case renewableUtilisation(minimum: Double, resources: [String])
        /// (Non-hydro renewable generation + renewable share of imports) ÷ load ≥ minimum (per unit).
        case nonHydroRenewableShare(minimum: Double)
        /// CO2 over the window ≤ cap, t.
        case co2Cap(maxTonnes: Double)
    }

    /// Stable identifier; the LP row is `target[ID]`.
    public var id: String
    /// The requirement.
    public var requirement: Requirement
    /// Where the target comes from (a plan sentence, or the case author).
    public var source: String?
    /// Price of missing the target by one unit, EUR; `nil` uses the case's target penalty. A lower value makes an
    /// aspirational target soft: the LP misses it when meeting it would cost more than this.
    public var penaltyEURPerUnit: Double?

    /// A target.
    public init(id: String, requirement: Requirement, source: String? = nil, penaltyEURPerUnit: Double? = nil) {
        self.id = id
        self.requirement = requirement
        self.source = source
        self.penaltyEURPerUnit = penaltyEURPerUnit
    }

    /// The required value in the unit the target is stated in.
    public var requiredValue: Double {
        switch requirement {
        case let .renewableUtilisation(minimum, _): return minimum
        case let .nonHydroRenewableShare(minimum): return minimum
        case let .co2Cap(maxTonnes): return maxTonnes
        }
    }
}
