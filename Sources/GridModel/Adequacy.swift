/// The hourly adequacy row `adequacy[t=H]`: firm contributions ≥ (1 + margin) × load in every hour, relaxed by a
/// penalised shortfall column so that every case stays solvable.
///
/// Firm contributions: thermal capacity × (1 − forced-outage rate of its technology); hydro capacity × its
/// availability that hour; wind and solar capacity × a capacity credit of their kind, or their hourly output
/// (``RenewableCounting``); storage a reserve column within its power headroom (power − discharge) and backed by
/// its state of charge for ``storageHours`` after discharge efficiency; curtailable load a reserve column within
/// its headroom (capacity − shed) whose daily sum, with the shed energy, stays within its daily energy limit;
/// interconnectors a firm share of their hourly import limit.
public struct Adequacy: Sendable, Equatable {
    /// How wind and solar count toward the row.
    public enum RenewableCounting: String, Sendable, CaseIterable {
        /// Capacity × the kind's capacity credit, in every hour (the default: what planners use).
        case capacityCredit = "capacity_credit"
        /// The hourly output absorbed (available − curtailed), a decision of the dispatch.
        case hourlyOutput = "hourly_output"
    }

    /// Reserve margin over each hour's load, per unit (0.15: firm contributions ≥ 1.15 × load).
    public var margin: Double
    /// Forced-outage rate per thermal technology, per unit; a technology missing here counts at ``defaultForcedOutageRate``.
    public var forcedOutageRates: [ThermalPlant.Technology: Double]
    /// How wind and solar count.
    public var renewableCounting: RenewableCounting
    /// Capacity credit per kind of wind and solar, per unit of capacity (with ``RenewableCounting/capacityCredit``).
    public var capacityCredits: [VariableRenewable.Kind: Double]
    /// Hours a storage must be able to sustain the reserve it offers from its state of charge, h.
    public var storageHours: Double
    /// Share of each interconnector's hourly import limit that counts as firm, per unit.
    public var importFirmShare: Double
    /// Price of one MW short of the requirement for one hour, EUR/MW per hour.
    public var shortfallPenaltyEURPerMWh: Double

    /// Forced-outage rate of a thermal technology the case does not list, per unit.
    public static let defaultForcedOutageRate = 0.06

    /// Forced-outage rates per technology, per unit: typical equivalent forced-outage rates (EFORd) of NERC GADS
    /// generating-unit statistics (2017–2021 brochures, rounded): coal 0.07, gas combined cycle 0.05, gas
    /// turbine 0.08, nuclear 0.03, biomass 0.08, CHP as coal 0.07, other 0.06.
    public static let defaultForcedOutageRates: [ThermalPlant.Technology: Double] = [
        .coal: 0.07, .gasCCGT: 0.05, .gasOCGT: 0.08, .nuclear: 0.03, .biomass: 0.08, .chp: 0.07, .other: 0.06,
    ]

    /// Capacity credits per kind, per unit: the kinds table's (``ResourceKind/defaultCapacityCredit``).
    public static let defaultCapacityCredits = Dictionary(uniqueKeysWithValues: VariableRenewable.Kind.allCases.map {
        ($0, $0.resourceKind.defaultCapacityCredit ?? 0)
    })

    /// An adequacy requirement; every setting but the margin has a default (see the properties).
    public init(margin: Double, forcedOutageRates: [ThermalPlant.Technology: Double] = Adequacy.defaultForcedOutageRates,
                renewableCounting: RenewableCounting = .capacityCredit,
                capacityCredits: [VariableRenewable.Kind: Double] = Adequacy.defaultCapacityCredits,
                storageHours: Double = 2, importFirmShare: Double = 0.8, shortfallPenaltyEURPerMWh: Double = 1_000) {
        self.margin = margin
        self.forcedOutageRates = forcedOutageRates
        self.renewableCounting = renewableCounting
        self.capacityCredits = capacityCredits
        self.storageHours = storageHours
        self.importFirmShare = importFirmShare
        self.shortfallPenaltyEURPerMWh = shortfallPenaltyEURPerMWh
    }

    /// The forced-outage rate of a thermal technology, per unit.
    public func forcedOutageRate(of technology: ThermalPlant.Technology) -> Double {
        forcedOutageRates[technology] ?? Self.defaultForcedOutageRate
    }

    /// What a resource counts in hour `t` of the window whatever the dispatch does, MW: derated thermal, hydro
    /// availability, wind and solar by capacity credit, firm imports. Storage, demand response and (with hourly
    /// output) wind and solar count through columns instead.
    public func fixedContributionMW(of resource: Resource, hour t: Int) -> Double {
        switch resource {
        case let .thermal(plant): return plant.capacityMW * (1 - forcedOutageRate(of: plant.technology))
        case let .hydro(plant): return plant.capacityMW * plant.availability[t]
        case let .renewable(plant):
            return renewableCounting == .capacityCredit ? plant.capacityMW * (capacityCredits[plant.kind] ?? 0) : plant.availableMW[t]
        case let .interconnector(link): return importFirmShare * link.maxImportMW[t]
        case .storage, .curtailableLoad, .shiftableLoad: return 0
        }
    }
}
