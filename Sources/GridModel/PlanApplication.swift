/// What applying one plan target did to the case.
public struct PlanApplication: Sendable, Equatable {
    /// How the target entered the model.
    public enum Effect: Sendable, Equatable {
        /// Set the installed capacity of these resources (name → MW); `before`: the group's capacities before (name → MW).
        case capacity([String: Double], before: [String: Double])
        /// A floor (or ceiling) the group's capacity already satisfied: these resources kept their capacities (name → MW).
        case capacityKept([String: Double])
        /// Sized demand response at this share of the window's peak load.
        case demandResponseShare(resources: [String])
        /// Became the LP row `target[ID]`.
        case row
        /// Set the renewable share of these interconnectors.
        case importShare(resources: [String])
        /// Not modelled, with the reason.
        case context(String)
    }

    /// The plan target.
    public let target: PlanTarget
    /// What it did.
    public let effect: Effect
}

extension PlanApplication {
    /// A plan target and what applying it did.
    public init(_ target: PlanTarget, _ effect: Effect) {
        self.target = target
        self.effect = effect
    }
}

extension PlanApplication.Effect {
    /// One line for people: what the target did to the case.
    public var summary: String {
        switch self {
        case let .capacity(set, before): return "capacity " + Self.list(set) + " (was " + Self.list(before) + ")"
        case let .capacityKept(kept): return "capacity kept: " + Self.list(kept)
        case let .demandResponseShare(names): return "demand response sized as a share of peak load: \(names.joined(separator: ", "))"
        case .row: return "LP row"
        case let .importShare(names): return "renewable share of imports on \(names.joined(separator: ", "))"
        case let .context(reason): return "context: \(reason)"
        }
    }

    private static func list(_ capacities: [String: Double]) -> String {
        capacities.sorted { $0.key < $1.key }.map { "\($0.key) = \(Int($0.value.rounded())) MW" }.joined(separator: ", ")
    }
}
