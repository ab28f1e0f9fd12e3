/// What GridFlex's model has and PyPSA's components do not express the same way, as data for the
/// `extra_functionality` written next to the network (`extra_functionality.py` reads `gridflex_extra.json`
/// and adds these variables and rows to PyPSA's linopy model, and their costs to its objective).
public struct ExtraRows: Sendable, Codable, Equatable {
    /// Linear commitment of a generator: `online` (0 … capacity) and `startup` (≥ 0, at a cost) per snapshot;
    /// rows p ≤ online, p ≥ min-load × online, startup_t ≥ online_t − online_{t−1} for every snapshot but the first.
    public struct Commitment: Sendable, Codable, Equatable {
        /// The generator.
        public var generator: String
        /// Upper bound of `online`, MW.
        public var capacityMW: Double
        /// Least output per unit of online capacity.
        public var minStableLoad: Double
        /// Cost per MW brought online, EUR/MW.
        public var startupCostEURPerMW: Double

        enum CodingKeys: String, CodingKey {
            case generator, capacityMW = "capacity_mw", minStableLoad = "min_stable_load", startupCostEURPerMW = "startup_cost_eur_per_mw"
        }
    }

    /// State-of-charge bounds other than PyPSA's [0, max_hours × p_nom], MWh.
    public struct StateOfChargeBounds: Sendable, Codable, Equatable {
        /// The storage unit.
        public var storageUnit: String
        /// Lowest state of charge, MWh.
        public var minimumMWh: Double
        /// Highest state of charge, MWh.
        public var maximumMWh: Double

        enum CodingKeys: String, CodingKey {
            case storageUnit = "storage_unit", minimumMWh = "min_mwh", maximumMWh = "max_mwh"
        }
    }

    /// The row p_store / charge power + p_dispatch / discharge power ≤ 1 in every snapshot.
    public struct ExclusiveChargeDischarge: Sendable, Codable, Equatable {
        /// The storage unit.
        public var storageUnit: String
        /// Charging power, MW.
        public var chargeMW: Double
        /// Discharging power, MW.
        public var dischargeMW: Double

        enum CodingKeys: String, CodingKey {
            case storageUnit = "storage_unit", chargeMW = "charge_mw", dischargeMW = "discharge_mw"
        }
    }

    /// A coefficient on a generator's `p`.
    public struct Term: Sendable, Codable, Equatable {
        /// The generator.
        public var generator: String
        /// Its coefficient.
        public var coefficient: Double
    }

    /// A family of energy rows: Σ over each block of consecutive snapshots of Σ coefficient × p {sense} rhs,
    /// one row per block (a day, a shifting window, or the whole window for a target).
    public struct EnergyRow: Sendable, Codable, Equatable {
        /// The family's name, as GridFlex names its rows (`hydro_day[hydro]`, `target[re_utilisation]`).
        public var name: String
        /// The terms.
        public var terms: [Term]
        /// Lengths of the consecutive blocks of snapshots, in order; they add up to the window.
        public var blockSizes: [Int]
        /// A label per block (`d=32` for day 32 of the year).
        public var blockLabels: [String]
        /// `<=`, `>=` or `==`.
        public var sense: String
        /// Right-hand side per block.
        public var rhs: [Double]
        /// For a target: a shortfall variable (≥ 0, at this cost per unit) relaxes each row, as in GridFlex.
        public var shortfallPenalty: Double?
        /// Capacities in the row (investment LP, one block only): each counted once, not per snapshot; `nil` (no
        /// key) outside the investment LP.
        public var capacityTerms: [CapacityTerm]?

        enum CodingKeys: String, CodingKey {
            case name, terms, blockSizes = "block_sizes", blockLabels = "block_labels", sense, rhs, shortfallPenalty = "shortfall_penalty"
            case capacityTerms = "capacity_terms"
        }
    }

    /// How one GridFlex feature of one resource is expressed in PyPSA.
    public struct Mapping: Sendable, Codable, Equatable {
        /// The resource (or `case` for case-wide features).
        public var resource: String
        /// The GridFlex feature, e.g. `linear commitment`.
        public var feature: String
        /// What the export writes for it: PyPSA attributes, or the extra rows that reproduce it.
        public var pypsa: String
        /// Whether it needs `extra_functionality` (false: PyPSA's own attributes give the same rows).
        public var extra: Bool
    }

    /// Commitment of generators.
    public var commitment: [Commitment] = []
    /// State-of-charge bounds.
    public var stateOfChargeBounds: [StateOfChargeBounds] = []
    /// Exclusive charge/discharge rows.
    public var exclusiveChargeDischarge: [ExclusiveChargeDischarge] = []
    /// Energy rows and target rows.
    public var energyRows: [EnergyRow] = []
    /// The hourly adequacy row, when the case has one.
    public var adequacy: AdequacyRow?
    /// A regional network's adequacy rows, one per region that has one (each with its `region`); `nil` (no key)
    /// for a single region, whose row is `adequacy`.
    public var regionalAdequacy: [AdequacyRow]?
    /// The investment decisions, when the network is the investment LP.
    public var investment: Investment?
    /// A regional investment LP's expandable corridors; `nil` (no key) otherwise.
    public var linkExpansions: [LinkExpansionPair]?
    /// How every feature of the case is mapped.
    public var mappings: [Mapping] = []

    enum CodingKeys: String, CodingKey {
        case commitment, stateOfChargeBounds = "state_of_charge_bounds", exclusiveChargeDischarge = "exclusive_charge_discharge"
        case energyRows = "energy_rows", adequacy, regionalAdequacy = "regional_adequacy", investment, linkExpansions = "link_expansions", mappings
    }
}
