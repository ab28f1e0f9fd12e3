import GridModel

/// A resource's size as the case finally used it (after the plan and `--set`).
public struct ResourceCapacity: Sendable, Codable, Equatable {
    /// Resource name.
    public var name: String
    /// Kind as in case files.
    public var kind: String
    /// Rated power, MW (storage: discharge power; interconnector: lowest hourly import limit).
    public var capacityMW: Double
    /// Energy capacity of a storage, MWh (nil for other kinds).
    public var energyMWh: Double?

    enum CodingKeys: String, CodingKey {
        case name, kind, capacityMW = "capacity_mw", energyMWh = "energy_mwh"
    }

    /// Every resource of a case with its final capacity.
    public static func of(_ source: Case) -> [ResourceCapacity] {
        source.resources.map { resource in
            var energy: Double?
            if case let .storage(unit) = resource { energy = unit.energyMWh }
            return ResourceCapacity(name: resource.name, kind: resource.kindName, capacityMW: resource.ratedPowerMW, energyMWh: energy)
        }
    }
}
