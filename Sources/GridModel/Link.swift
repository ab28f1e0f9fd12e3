/// A transmission corridor between two regions of a ``RegionalCase``: two directed flows, each within its own
/// capacity, losing a share of what is sent and paying a wheeling charge per MWh sent.
public struct Link: Sendable, Equatable {
    /// The corridor's name in LP names and outputs, e.g. `GX-GD`.
    public var name: String
    /// Region code of one end (the sending end of the forward flow).
    public var from: String
    /// Region code of the other end.
    public var to: String
    /// Most that can be sent from `from` to `to` in an hour, MW.
    public var forwardCapacityMW: Double
    /// Most that can be sent from `to` to `from` in an hour, MW.
    public var backwardCapacityMW: Double
    /// Share of the energy sent that is lost on the way, per unit (0 ≤ loss < 1); the receiving end gets (1 − loss).
    public var lossPerUnit: Double
    /// Charge per MWh sent, either way, EUR/MWh.
    public var wheelingEURPerMWh: Double
    /// Capacity `gridflex invest` may add; `nil` when the corridor cannot be extended (and in dispatch, which ignores it).
    public var expansion: LinkExpansion?
    /// Hourly flow bounds as shares of capacity (see ``FlowProfiles``); `nil`: each direction may use its capacity every hour.
    public var profiles: FlowProfiles?

    /// A corridor; `backwardCapacityMW` defaults to the forward capacity (one undirected figure).
    public init(name: String? = nil, from: String, to: String, forwardCapacityMW: Double, backwardCapacityMW: Double? = nil,
                lossPerUnit: Double = 0, wheelingEURPerMWh: Double = 0, expansion: LinkExpansion? = nil) {
        self.name = name ?? "\(from)-\(to)"
        self.from = from
        self.to = to
        self.forwardCapacityMW = forwardCapacityMW
        self.backwardCapacityMW = backwardCapacityMW ?? forwardCapacityMW
        self.lossPerUnit = lossPerUnit
        self.wheelingEURPerMWh = wheelingEURPerMWh
        self.expansion = expansion
    }

    /// The share of energy sent that arrives, per unit.
    public var efficiency: Double { 1 - lossPerUnit }
}
