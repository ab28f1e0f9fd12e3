/// Curtailable (interruptible) load: consumers paid to reduce demand in some hours.
public struct CurtailableLoad: Sendable, Equatable {
    /// Unique resource name.
    public var name: String
    /// Largest reduction in any hour, MW.
    public var capacityMW: Double
    /// Cost per MWh not consumed, EUR/MWh.
    public var costEURPerMWh: Double
    /// Largest reduction energy per calendar day, MWh; `nil` for none.
    public var maxEnergyPerDayMWh: Double?
    /// Largest reduction energy over the window, MWh (a yearly limit; a shorter window is not pro-rated); `nil` for none.
    public var maxEnergyPerYearMWh: Double?

    /// A curtailable load.
    public init(name: String, capacityMW: Double, costEURPerMWh: Double, maxEnergyPerDayMWh: Double? = nil, maxEnergyPerYearMWh: Double? = nil) {
        self.name = name
        self.capacityMW = capacityMW
        self.costEURPerMWh = costEURPerMWh
        self.maxEnergyPerDayMWh = maxEnergyPerDayMWh
        self.maxEnergyPerYearMWh = maxEnergyPerYearMWh
    }
}

/// Shiftable load: consumption moved between hours, energy-neutral within each block of `windowHours`.
public struct ShiftableLoad: Sendable, Equatable {
    /// Unique resource name.
    public var name: String
    /// Largest extra consumption in an hour, MW.
    public var upMW: Double
    /// Largest reduced consumption in an hour, MW.
    public var downMW: Double
    /// Length of the blocks (aligned on the hour of year) within which shifted energy nets to zero, hours.
    public var windowHours: Int
    /// Cost per MWh moved (counted on the reduction), EUR/MWh.
    public var costEURPerMWh: Double

    /// A shiftable load.
    public init(name: String, upMW: Double, downMW: Double, windowHours: Int = 24, costEURPerMWh: Double = 0) {
        self.name = name
        self.upMW = upMW
        self.downMW = downMW
        self.windowHours = windowHours
        self.costEURPerMWh = costEURPerMWh
    }
}
