/// A link's hourly flow bounds, each a share of capacity per hour of the window (per unit, 0–1): a corridor that is
/// not always available, or a contracted schedule it must carry.
public struct FlowProfiles: Sendable, Equatable {
    /// Most flow each way in each hour, per unit of that direction's capacity; `nil`: 1 every hour.
    public var maximumPerUnit: [Double]?
    /// Least forward flow (from `from` to `to`) in each hour, per unit of the forward capacity: a must-flow such as a
    /// contracted DC schedule; `nil`: 0 every hour. In an hour with a positive must-flow the link flows forward only
    /// (see ``backwardMaximumPerUnit``), so that no backward flow can send the schedule back.
    public var minimumForwardPerUnit: [Double]?

    /// Profiles of the window's length; in each hour the minimum is at most the maximum.
    public init(maximumPerUnit: [Double]? = nil, minimumForwardPerUnit: [Double]? = nil) {
        self.maximumPerUnit = maximumPerUnit
        self.minimumForwardPerUnit = minimumForwardPerUnit
    }

    /// Most backward flow in each hour, per unit of the backward capacity: the maximum, but 0 in an hour with a
    /// positive must-flow; `nil` when neither profile is given.
    public var backwardMaximumPerUnit: [Double]? {
        guard let minimum = minimumForwardPerUnit else { return maximumPerUnit }
        return minimum.indices.map { minimum[$0] > 0 ? 0 : maximumPerUnit?[$0] ?? 1 }
    }
}

extension Link {
    /// Most that may be sent from `from` to `to` in hour `t` of the window (an offset), MW.
    public func forwardMaximumMW(at t: Int) -> Double { forwardCapacityMW * (profiles?.maximumPerUnit?[t] ?? 1) }

    /// Most that may be sent from `to` to `from` in hour `t` of the window, MW.
    public func backwardMaximumMW(at t: Int) -> Double { backwardCapacityMW * (profiles?.backwardMaximumPerUnit?[t] ?? 1) }

    /// Least that must be sent from `from` to `to` in hour `t` of the window, MW.
    public func forwardMinimumMW(at t: Int) -> Double { forwardCapacityMW * (profiles?.minimumForwardPerUnit?[t] ?? 0) }

    /// Whether some hour's forward flow has a positive lower bound.
    public var mustFlow: Bool { profiles?.minimumForwardPerUnit?.contains { $0 > 0 } ?? false }
}
