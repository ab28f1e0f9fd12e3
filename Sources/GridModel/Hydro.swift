/// Conventional hydro: output limited by an hourly availability profile.
public struct HydroPlant: Sendable, Equatable {
    /// Unique resource name.
    public var name: String
    /// Installed capacity, MW.
    public var capacityMW: Double
    /// Available output per unit of capacity, one value per hour of the window.
    public var availability: [Double]
    /// With a reservoir, the day's available energy can be reshaped within the day (output up to full capacity
    /// in any hour); without, each hour is limited to its own availability (run of river).
    public var dailyEnergyBudget: Bool
    /// Variable cost, EUR/MWh.
    public var vomEURPerMWh: Double

    /// A hydro plant.
    public init(name: String, capacityMW: Double, availability: [Double], dailyEnergyBudget: Bool = false, vomEURPerMWh: Double = 0) {
        self.name = name
        self.capacityMW = capacityMW
        self.availability = availability
        self.dailyEnergyBudget = dailyEnergyBudget
        self.vomEURPerMWh = vomEURPerMWh
    }
}
