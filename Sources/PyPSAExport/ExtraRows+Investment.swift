extension ExtraRows {
    /// A storage unit whose power is PyPSA's `p_nom` (`p_nom_extendable`) and whose energy is either a variable of
    /// its own, `invest_energy[NAME]` within `duration_min` / `duration_max` rows, or `durationHours` × `p_nom`.
    ///
    /// Rows: `soc_cap` soc ≤ max soc × energy, `soc_floor` soc ≥ min soc × energy, `exclusive` p_store + p_dispatch
    /// ≤ p_nom, and with an initial state the first snapshot's energy balance gains −`initialRetained` × energy.
    public struct SizedStorage: Sendable, Codable, Equatable {
        /// The storage unit.
        public var storageUnit: String
        /// Energy per MW of power when the energy is not a decision of its own, h; `nil` with `energy`.
        public var durationHours: Double?
        /// The energy decision, when energy is sized apart from power.
        public var energy: EnergyDecision?
        /// Lowest state of charge, per unit of energy.
        public var minStateOfCharge: Double
        /// Highest state of charge, per unit of energy.
        public var maxStateOfCharge: Double
        /// (1 − standing loss) × initial state of charge, per unit of energy; `nil` for a cyclic unit.
        public var initialRetained: Double?
        /// Whether the row p_store + p_dispatch ≤ p_nom is added in every snapshot.
        public var exclusive: Bool

        enum CodingKeys: String, CodingKey {
            case storageUnit = "storage_unit", durationHours = "duration_hours", energy, minStateOfCharge = "min_soc"
            case maxStateOfCharge = "max_soc", initialRetained = "initial_retained", exclusive
        }
    }

    /// A storage's energy capacity as a variable `invest_energy[NAME]` ≥ 0 at a cost, within hours of its power.
    public struct EnergyDecision: Sendable, Codable, Equatable {
        /// Least energy per MW of power, h (`duration_min` row: E − min hours × p_nom ≥ 0).
        public var minHours: Double
        /// Largest energy per MW of power, h (`duration_max` row: E − max hours × p_nom ≤ 0).
        public var maxHours: Double
        /// Cost of one MWh of energy capacity over the window (annualised × window share), EUR/MWh.
        public var costEURPerMWh: Double

        enum CodingKeys: String, CodingKey {
            case minHours = "min_hours", maxHours = "max_hours", costEURPerMWh = "cost_eur_per_mwh"
        }
    }

    /// A flexibility retrofit of a thermal generator: the variable `invest[NAME]` (MW retrofitted) at a cost, whose
    /// minimum stable load falls from `minStableLoad` to `retrofittedMinStableLoad`.
    ///
    /// Without commitment (`p_min_pu` is already the retrofitted floor): `retrofit_floor` rows
    /// p + (msl − msl_new) × R ≥ msl × capacity. With commitment: `retrofit_online` variables r ≤ R, r ≤ online,
    /// and the `min_load` rows become p − msl × online + (msl − msl_new) × r ≥ 0.
    public struct Retrofit: Sendable, Codable, Equatable {
        /// The generator.
        public var generator: String
        /// Its capacity, MW.
        public var capacityMW: Double
        /// Minimum stable load before the retrofit, per unit.
        public var minStableLoad: Double
        /// Minimum stable load of the retrofitted MW, per unit.
        public var retrofittedMinStableLoad: Double
        /// Least MW retrofitted.
        public var minMW: Double
        /// Most MW retrofitted.
        public var maxMW: Double
        /// Cost of one MW retrofitted over the window (annualised × window share), EUR/MW.
        public var costEURPerMW: Double
        /// Whether the generator has linear commitment (see ``Commitment``).
        public var commitment: Bool

        enum CodingKeys: String, CodingKey {
            case generator, capacityMW = "capacity_mw", minStableLoad = "min_stable_load", retrofittedMinStableLoad = "retrofitted_min_stable_load"
            case minMW = "min_mw", maxMW = "max_mw", costEURPerMW = "cost_eur_per_mw", commitment
        }
    }

    /// A capacity in a row, counted once (not per snapshot): `coefficient` × the capacity of `component`
    /// (`p_nom` of an extendable generator or storage unit, or a retrofit's `invest[NAME]`).
    public struct CapacityTerm: Sendable, Codable, Equatable {
        /// The component whose capacity it is.
        public var component: String
        /// Its coefficient, per MW.
        public var coefficient: Double
    }

    /// The investment decisions: which components are extendable in PyPSA's own attributes, and the rows and
    /// variables they need besides.
    public struct Investment: Sendable, Codable, Equatable {
        /// Extendable generators (wind, solar, curtailable load): `Generator-p_nom`.
        public var generators: [String] = []
        /// Storage units with their power extendable.
        public var storage: [SizedStorage] = []
        /// Thermal retrofits.
        public var retrofits: [Retrofit] = []
        /// Hours in the window ÷ 8,760: the share of each annualised cost charged.
        public var windowShare: Double

        enum CodingKeys: String, CodingKey {
            case generators, storage, retrofits, windowShare = "window_share"
        }
    }
}
