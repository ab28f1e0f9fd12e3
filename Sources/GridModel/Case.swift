/// A number that does not come from a source, with the reason it was chosen.
public struct Assumption: Sendable, Equatable, Codable {
    /// What it sets, e.g. `pumped_hydro.energy`.
    public var key: String
    /// The value, as written.
    public var value: String
    /// Why this value.
    public var reason: String

    /// An assumption.
    public init(key: String, value: String, reason: String) {
        self.key = key
        self.value = value
        self.reason = reason
    }
}

/// A fully resolved dispatch case: every series sliced to the window and scaled, every default filled in.
/// Pure values; the model builder turns it into a linear program.
public struct Case: Sendable, Equatable {
    /// Case name.
    public var name: String
    /// Region code of the data bundle (e.g. `GX`).
    public var region: String
    /// Free text for people.
    public var description: String
    /// The hours of the year modelled.
    public var window: HourWindow
    /// Load in each hour of the window, MW.
    public var loadMW: [Double]
    /// The fleet.
    public var resources: [Resource]
    /// Targets, each a named LP row.
    public var targets: [Target]
    /// The hourly adequacy row, when the case asks for one.
    public var adequacy: Adequacy?
    /// What `gridflex invest` may build, when the case marks candidates (`invest:`, `retrofit:`).
    public var investment: Investment?
    /// Cost of unserved (and of surplus, undispatchable) energy, EUR/MWh.
    public var valueOfLostLoadEURPerMWh: Double
    /// Price on CO2, EUR/t.
    public var co2PriceEURPerTonne: Double
    /// Penalty per unit of target shortfall (EUR per MWh, per t, …), large enough that a target is missed only
    /// when the fleet cannot meet it.
    public var targetPenaltyEURPerUnit: Double
    /// Numbers that do not come from a source.
    public var assumptions: [Assumption]
    /// What loading did to the data (rescaling, capping), for the report.
    public var dataNotes: [String]

    /// A case.
    public init(name: String, region: String, description: String = "", window: HourWindow, loadMW: [Double],
                resources: [Resource], targets: [Target] = [], adequacy: Adequacy? = nil, investment: Investment? = nil, valueOfLostLoadEURPerMWh: Double = 10_000,
                co2PriceEURPerTonne: Double = 0, targetPenaltyEURPerUnit: Double = 100_000,
                assumptions: [Assumption] = [], dataNotes: [String] = []) {
        self.name = name
        self.region = region
        self.description = description
        self.window = window
        self.loadMW = loadMW
        self.resources = resources
        self.targets = targets
        self.adequacy = adequacy
        self.investment = investment
        self.valueOfLostLoadEURPerMWh = valueOfLostLoadEURPerMWh
        self.co2PriceEURPerTonne = co2PriceEURPerTonne
        self.targetPenaltyEURPerUnit = targetPenaltyEURPerUnit
        self.assumptions = assumptions
        self.dataNotes = dataNotes
    }

    /// Number of hours modelled.
    public var hours: Int { loadMW.count }
    /// Highest load in the window, MW.
    public var peakLoadMW: Double { loadMW.max() ?? 0 }
    /// Load energy over the window, MWh.
    public var loadEnergyMWh: Double { loadMW.reduce(0, +) }
}
