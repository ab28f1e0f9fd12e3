/// A variable renewable plant: output up to capacity × capacity factor; the rest is curtailed.
public struct VariableRenewable: Sendable, Equatable {
    /// The kinds of variable renewable.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// Onshore wind.
        case onwind
        /// Offshore wind.
        case offwind
        /// Solar PV.
        case solar
    }

    /// Unique resource name.
    public var name: String
    /// Kind.
    public var kind: Kind
    /// Installed capacity, MW.
    public var capacityMW: Double
    /// Available output per unit of capacity, one value per hour of the window.
    public var capacityFactor: [Double]
    /// Variable cost, EUR/MWh of absorbed energy.
    public var vomEURPerMWh: Double

    /// A variable renewable plant.
    public init(name: String, kind: Kind, capacityMW: Double, capacityFactor: [Double], vomEURPerMWh: Double = 0) {
        self.name = name
        self.kind = kind
        self.capacityMW = capacityMW
        self.capacityFactor = capacityFactor
        self.vomEURPerMWh = vomEURPerMWh
    }

    /// Available output in each hour, MW.
    public var availableMW: [Double] { capacityFactor.map { $0 * capacityMW } }
}

extension VariableRenewable.Kind {
    /// The wind or solar kind of a resource kind; `nil` for the other kinds.
    public init?(_ kind: ResourceKind) {
        self.init(rawValue: kind.rawValue)
    }

    /// The resource kind of the same name.
    public var resourceKind: ResourceKind {
        switch self {
        case .onwind: return .onwind
        case .offwind: return .offwind
        case .solar: return .solar
        }
    }
}
