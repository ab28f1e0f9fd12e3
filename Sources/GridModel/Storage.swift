/// Energy storage: pumped hydro, batteries or anything that charges and discharges.
public struct Storage: Sendable, Equatable {
    /// Storage technologies, for reporting and plan targets.
    public enum Technology: String, Sendable, CaseIterable, Codable {
        /// Pumped-storage hydro.
        case pumpedHydro = "pumped_hydro"
        /// Battery (the plans' "new-type storage").
        case battery
        /// Any other storage.
        case other
    }

    /// Unique resource name.
    public var name: String
    /// Technology.
    public var technology: Technology
    /// Largest charging power, MW (drawn from the grid).
    public var chargePowerMW: Double
    /// Largest discharging power, MW (fed to the grid).
    public var dischargePowerMW: Double
    /// Energy capacity, MWh.
    public var energyMWh: Double
    /// Share of charged energy that is stored, per unit.
    public var chargeEfficiency: Double
    /// Share of stored energy that reaches the grid, per unit.
    public var dischargeEfficiency: Double
    /// Share of the state of charge lost per hour, per unit.
    public var selfDischargePerHour: Double
    /// Lowest state of charge, per unit of energy capacity.
    public var minStateOfCharge: Double
    /// Highest state of charge, per unit of energy capacity.
    public var maxStateOfCharge: Double
    /// State of charge before the first hour, per unit of energy capacity; `nil` means cyclic (the state at
    /// the end of the window equals the state before its start).
    public var initialStateOfCharge: Double?
    /// Variable cost per MWh discharged, EUR/MWh.
    public var vomEURPerMWh: Double
    /// Add a row per hour so that charge/P + discharge/P ≤ 1 (a linear guard against doing both at once).
    public var exclusiveChargeDischarge: Bool

    /// A storage unit.
    public init(name: String, technology: Technology, chargePowerMW: Double, dischargePowerMW: Double, energyMWh: Double,
                chargeEfficiency: Double, dischargeEfficiency: Double, selfDischargePerHour: Double = 0,
                minStateOfCharge: Double = 0, maxStateOfCharge: Double = 1, initialStateOfCharge: Double? = nil,
                vomEURPerMWh: Double = 0, exclusiveChargeDischarge: Bool = false) {
        self.name = name
        self.technology = technology
        self.chargePowerMW = chargePowerMW
        self.dischargePowerMW = dischargePowerMW
        self.energyMWh = energyMWh
        self.chargeEfficiency = chargeEfficiency
        self.dischargeEfficiency = dischargeEfficiency
        self.selfDischargePerHour = selfDischargePerHour
        self.minStateOfCharge = minStateOfCharge
        self.maxStateOfCharge = maxStateOfCharge
        self.initialStateOfCharge = initialStateOfCharge
        self.vomEURPerMWh = vomEURPerMWh
        self.exclusiveChargeDischarge = exclusiveChargeDischarge
    }

    /// Round-trip efficiency, per unit.
    public var roundTripEfficiency: Double { chargeEfficiency * dischargeEfficiency }
}
