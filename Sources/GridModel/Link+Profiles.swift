/// A link's hourly flow bounds, each a share of capacity per hour of the window (per unit, 0–1): a corridor that is
/// not always available, or a contracted schedule it must carry.
public struct FlowProfiles: Sendable, Equatable {
    /// Most flow each way in each hour, per unit of that direction's capacity; `nil`: 1 every hour.
    public var maximumPerUnit: [Double]?
    /// Least forward flow (from `from` to `to`) in each hour, per unit of the forward capacity: a must-flow such as a
    /// contracted DC schedule; `nil`: 0 every hour. The backward flow has no lower bound.
    public var minimumForwardPerUnit: [Double]?

    /// Profiles of the window's length; in each hour the minimum is at most the maximum.
    public init(maximumPerUnit: [Double]? = nil, minimumForwardPerUnit: [Double]? = nil) {
        self.maximumPerUnit = maximumPerUnit
        self.minimumForwardPerUnit = minimumForwardPerUnit
    }
}

extension Link {
    /// Most that may be sent from `from` to `to` in hour `t` of the window (an offset), MW.
    public func forwardMaximumMW(at t: Int) -> Double { forwardCapacityMW * (profiles?.maximumPerUnit?[t] ?? 1) }

    /// Most that may be sent from `to` to `from` in hour `t` of the window, MW.
    public func backwardMaximumMW(at t: Int) -> Double { backwardCapacityMW * (profiles?.maximumPerUnit?[t] ?? 1) }

    /// Least that must be sent from `from` to `to` in hour `t` of the window, MW.
    public func forwardMinimumMW(at t: Int) -> Double { forwardCapacityMW * (profiles?.minimumForwardPerUnit?[t] ?? 0) }

    /// Whether some hour's forward flow has a positive lower bound.
    public var mustFlow: Bool { profiles?.minimumForwardPerUnit?.contains { $0 > 0 } ?? false }
}
