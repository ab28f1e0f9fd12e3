/// Several regions dispatched together, each on its own bus, joined by links.
///
/// Each region is an ordinary single-region ``Case`` (its `region` is the bus code): its load, fleet, targets and
/// adequacy row stay its own, so a province's plan targets apply to its own bus. Imports over a link count toward
/// no region's targets or adequacy row (the conservative reading: a region's non-hydro share is its own
/// generation's); ``targets`` over a group of regions count its members' own energy. Every region covers the same hours.
public struct RegionalCase: Sendable, Equatable {
    /// Case name.
    public var name: String
    /// Free text for people.
    public var description: String
    /// The regions, each a case on its own bus; codes are unique.
    public var regions: [Case]
    /// The corridors between them.
    public var links: [Link]
    /// Targets over groups of the regions (see ``GroupTarget``), each on top of the regions' own.
    public var targets: [GroupTarget]
    /// Numbers of the regional case itself (links, shared settings) that do not come from a source.
    public var assumptions: [Assumption]

    /// A regional case.
    public init(name: String, description: String = "", regions: [Case], links: [Link], assumptions: [Assumption] = [],
                targets: [GroupTarget] = []) {
        self.name = name
        self.description = description
        self.regions = regions
        self.links = links
        self.assumptions = assumptions
        self.targets = targets
    }

    /// The hours modelled (those of the first region; every region has the same).
    public var window: HourWindow? { regions.first?.window }

    /// Whether `gridflex invest` has anything to decide: a candidate in some region, or an expandable link.
    public var hasInvestmentDecisions: Bool {
        regions.contains { !($0.investment?.candidates.isEmpty ?? true) } || links.contains { $0.expansion != nil }
    }

    /// The region with this code.
    public func region(_ code: String) -> Case? {
        regions.first { $0.region == code }
    }
}
