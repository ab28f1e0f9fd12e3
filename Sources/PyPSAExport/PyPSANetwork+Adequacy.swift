import GridModel

extension ExtraRows {
    /// GridFlex's hourly adequacy row (see ``GridModel/Adequacy``) in terms of PyPSA's variables: per snapshot,
    /// Σ storage reserve + Σ DR reserve + Σ wind and solar `p` (hourly output only) + shortfall ≥ required − fixed.
    public struct AdequacyRow: Sendable, Codable, Equatable {
        /// A storage unit's reserve: reserve + p_dispatch ≤ discharge power; reserve × hours ÷ η_d − soc ≤ −min soc.
        public struct StorageReserve: Sendable, Codable, Equatable {
            /// The storage unit.
            public var storageUnit: String
            /// Discharge power, MW.
            public var dischargeMW: Double
            /// Hours sustained ÷ discharge efficiency, h.
            public var energyPerMW: Double
            /// Lowest state of charge, MWh.
            public var minimumMWh: Double
            /// A sized storage (see ``ExtraRows/SizedStorage``): its power is `p_nom` and its lowest state of charge min
            /// soc × its energy, in place of `dischargeMW` (then the most power it may be given) and `minimumMWh`;
            /// `nil` (no key) outside the investment LP.
            public var sized: Bool?

            enum CodingKeys: String, CodingKey {
                case storageUnit = "storage_unit", dischargeMW = "discharge_mw", energyPerMW = "energy_per_mw", minimumMWh = "min_mwh", sized
            }
        }

        /// A curtailable load's reserve: reserve + p ≤ capacity; with a daily limit, Σ_day (reserve + p) ≤ the limit.
        public struct DemandResponseReserve: Sendable, Codable, Equatable {
            /// The curtailable load's generator.
            public var generator: String
            /// Its capacity, MW.
            public var capacityMW: Double
            /// Its daily energy limit, MWh; `nil` for none.
            public var perDayMWh: Double?
            /// Whether its capacity is `p_nom` (extendable), in place of `capacityMW` (then the most it may be given);
            /// `nil` (no key) outside the investment LP.
            public var extendable: Bool?

            enum CodingKeys: String, CodingKey {
                case generator, capacityMW = "capacity_mw", perDayMWh = "per_day_mwh", extendable
            }
        }

        /// (1 + margin) × load less the fixed firm contributions, per snapshot, MW.
        public var requiredMW: [Double]
        /// Upper bound of each snapshot's shortfall, MW (as GridFlex bounds its column).
        public var shortfallMaxMW: [Double]
        /// Price of one MW short for one hour, EUR.
        public var shortfallPenalty: Double
        /// Wind and solar generators whose output counts (hourly output only).
        public var renewables: [String]
        /// Extendable wind and solar counted by capacity credit: credit × `p_nom` in every snapshot's row; `nil` (no
        /// key) outside the investment LP.
        public var renewableCapacity: [CapacityTerm]?
        /// Storage reserves.
        public var storage: [StorageReserve]
        /// Demand-response reserves.
        public var demandResponse: [DemandResponseReserve]
        /// Days of the window (block sizes), for the daily DR rows.
        public var daySizes: [Int]
        /// The region whose row it is, in a regional network: its rows and shortfall are named `adequacy[REGION]` and
        /// `adequacy_shortfall[REGION]`; `nil` (no key) for a single region.
        public var region: String?

        enum CodingKeys: String, CodingKey {
            case requiredMW = "required_mw", shortfallMaxMW = "shortfall_max_mw", shortfallPenalty = "shortfall_penalty", renewables
            case renewableCapacity = "renewable_capacity"
            case storage, demandResponse = "demand_response", daySizes = "day_sizes", region
        }
    }
}

extension PyPSANetwork {
    /// The adequacy row as data for `extra_functionality`. With hourly output, GridFlex's available − curtailed is
    /// PyPSA's `p` of the wind or solar generator, so the available energy leaves the fixed part. In the investment
    /// LP a candidate's capacity is a variable: it counts nothing fixed, and its terms use `p_nom`.
    mutating func addAdequacy(_ adequacy: Adequacy) {
        var required = source.loadMW.map { (1 + adequacy.margin) * $0 }
        var renewables: [String] = [], renewableCapacity: [ExtraRows.CapacityTerm] = [], storage: [ExtraRows.AdequacyRow.StorageReserve] = []
        var demandResponse: [ExtraRows.AdequacyRow.DemandResponseReserve] = []
        for resource in source.resources {
            let candidate = capacityCandidate(for: resource.name)
            if candidate == nil {
                for t in required.indices { required[t] -= adequacy.fixedContributionMW(of: resource, hour: t) }
            }
            switch resource {
            case let .renewable(plant) where adequacy.renewableCounting == .hourlyOutput:
                renewables.append(plant.name)
                if candidate == nil { for t in required.indices { required[t] += plant.availableMW[t] } }
            case let .renewable(plant) where candidate != nil:
                renewableCapacity.append(.init(component: plant.name, coefficient: adequacy.capacityCredits[plant.kind] ?? 0))
            case let .storage(unit):
                let sized = candidate != nil
                storage.append(.init(storageUnit: unit.name, dischargeMW: candidate?.maxMW ?? unit.dischargePowerMW,
                                     energyPerMW: adequacy.storageHours / unit.dischargeEfficiency,
                                     minimumMWh: sized ? 0 : unit.minStateOfCharge * unit.energyMWh, sized: investmentOnly(sized)))
            case let .curtailableLoad(load):
                demandResponse.append(.init(generator: load.name, capacityMW: candidate?.maxMW ?? load.capacityMW,
                                            perDayMWh: load.maxEnergyPerDayMWh, extendable: investmentOnly(candidate != nil)))
            default: break
            }
        }
        // GridFlex bounds its shortfall column by max(0, required + the wind and solar that curtailment could take away).
        let shortfallMax = required.map { max(0, $0) }
        extra.adequacy = ExtraRows.AdequacyRow(
            requiredMW: required, shortfallMaxMW: shortfallMax, shortfallPenalty: adequacy.shortfallPenaltyEURPerMWh,
            renewables: renewables, renewableCapacity: investmentOnly(renewableCapacity), storage: storage, demandResponse: demandResponse, daySizes: days().sizes)
        map("case", "adequacy row", "rows adequacy (one per hour), variables reserve[…] and adequacy_shortfall at the penalty", extra: true)
    }
}
