/// A dispatchable thermal plant (or a fleet of identical ones, as one block).
public struct ThermalPlant: Sendable, Equatable {
    /// Thermal technologies, for reporting and defaults.
    public enum Technology: String, Sendable, CaseIterable, Codable {
        /// Hard-coal or lignite steam plant.
        case coal
        /// Gas combined cycle.
        case gasCCGT = "gas_ccgt"
        /// Open-cycle gas turbine.
        case gasOCGT = "gas_ocgt"
        /// Nuclear.
        case nuclear
        /// Solid biomass (counts as non-hydro renewable).
        case biomass
        /// Combined heat and power (electric side).
        case chp
        /// Anything else.
        case other
    }

    /// Unique resource name.
    public var name: String
    /// Technology.
    public var technology: Technology
    /// Installed capacity, MW.
    public var capacityMW: Double
    /// Cost per MWh of electricity: fuel / efficiency + VOM, EUR/MWh.
    public var marginalCostEURPerMWh: Double
    /// Minimum stable output as a share of online capacity, per unit (a flexibility retrofit lowers it).
    /// Without commitment all capacity is online, so this is a must-run floor.
    public var minStableLoad: Double
    /// Largest change of output from one hour to the next, per unit of capacity; `nil` for none.
    public var rampPerHour: Double?
    /// Linear commitment: online capacity becomes a decision with a start-up cost.
    public var commitment: Bool
    /// Cost of bringing 1 MW online, EUR/MW (with commitment).
    public var startupCostEURPerMW: Double
    /// CO2 emitted per MWh of electricity, t/MWh.
    public var co2TonnesPerMWh: Double
    /// The hour before the first one modelled, as the window before left it (a decomposition hands it on); `nil`, as
    /// in every case file, ties the first hour to nothing: no ramp or start-up row there.
    public var hourBefore: HourBefore?

    /// A plant's output and online capacity in the hour before a window.
    public struct HourBefore: Sendable, Equatable {
        /// Output, MW.
        public var generationMW: Double
        /// Online capacity, MW (with commitment).
        public var onlineMW: Double

        /// The hour before.
        public init(generationMW: Double, onlineMW: Double) {
            self.generationMW = generationMW
            self.onlineMW = onlineMW
        }
    }

    /// A thermal plant.
    public init(name: String, technology: Technology, capacityMW: Double, marginalCostEURPerMWh: Double,
                minStableLoad: Double = 0, rampPerHour: Double? = nil, commitment: Bool = false,
                startupCostEURPerMW: Double = 0, co2TonnesPerMWh: Double = 0) {
        self.name = name
        self.technology = technology
        self.capacityMW = capacityMW
        self.marginalCostEURPerMWh = marginalCostEURPerMWh
        self.minStableLoad = minStableLoad
        self.rampPerHour = rampPerHour
        self.commitment = commitment
        self.startupCostEURPerMW = startupCostEURPerMW
        self.co2TonnesPerMWh = co2TonnesPerMWh
    }
}
