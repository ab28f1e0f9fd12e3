import GridModel

extension PyPSANetwork {
    /// A regional case as one PyPSA network whose optimum is GridFlex's regional dispatch: one bus per region,
    /// carrying exactly the components and extra rows of that region's single-region network (``init(case:investing:)``),
    /// and two one-way PyPSA `Link`s per corridor. Write it with ``write(to:)``.
    ///
    /// Each region's components are named `REGION NAME` (`GX coal`, `GX load`, `GX unserved`); its extra rows name
    /// them so, and its row families are scoped as GridFlex scopes its rows (`target[GX,use]`, `adequacy[GX]`).
    /// Targets and adequacy rows stay each region's own: imports count toward none. A target over a group of regions is
    /// one more energy row, `target[ID]`, over its members' generators (``addGroupTarget(_:in:)``).
    ///
    /// A corridor L from A to B becomes the link `flow[L]` (bus0 A, bus1 B, `p_nom` the forward capacity) and the
    /// link `flow_back[L]` (bus0 B, bus1 A, `p_nom` the backward capacity), each with `p_min_pu` 0, `efficiency`
    /// 1 − loss and `marginal_cost` the wheeling charge on the MW sent: GridFlex's columns `flow[L,t=H]` and
    /// `flow_back[L,t=H]`. A direction with no capacity has no link. One two-way link (`p_min_pu` −1) would not do:
    /// flowing backwards, PyPSA's `p1 = −efficiency × p0` would make a lossy corridor gain energy, and a negative
    /// `p0` would earn the wheeling charge instead of paying it.
    ///
    /// Each region's surplus bound also counts what its incoming links can deliver, so that it still cannot bind.
    ///
    /// With `investing`, the regional investment LP (`gridflex invest --soft-targets`): each region with candidates as
    /// its own investment network, and each expandable corridor's addition (``addLinkExpansion(_:hours:)``).
    public init(regional: RegionalCase, investing: Bool = false) throws(RegionalNetworkError) {
        let first = try RegionalNetworkError.check(regional)
        caseName = regional.name
        bus = first.region
        snapshots = Array(first.window.first...first.window.last)
        source = first
        extra.regionalAdequacy = []
        for region in regional.regions {
            let network = PyPSANetwork(case: region, investing: investing && region.investment != nil)
            let rename = { (name: String) in Self.regionalName(name, in: region.region) }
            buses.append(network.buses)
            generators.append(network.generators.renamed(rename))
            storageUnits.append(network.storageUnits.renamed(rename))
            loads.append(network.loads.renamed(rename))
            extra.append(network.extra.scoped(to: region.region, component: rename))
        }
        for link in regional.links {
            addLink(link)
            if investing, let expansion = link.expansion, expansion.maxMW > 0 { addLinkExpansion(link, hours: first.hours) }
        }
        for group in regional.targets { addGroupTarget(group, in: regional) }
        addCarriers()
    }

    /// A region's component in a regional network: `GX coal`.
    static func regionalName(_ name: String, in region: String) -> String { "\(region) \(name)" }

    /// The links of a corridor, and the energy they can bring into each end added to that end's surplus bound.
    mutating func addLink(_ link: Link) {
        let profiles = link.profiles
        let directions = [("flow[\(link.name)]", link.from, link.to, link.forwardCapacityMW, profiles?.maximumPerUnit, profiles?.minimumForwardPerUnit),
                          ("flow_back[\(link.name)]", link.to, link.from, link.backwardCapacityMW, profiles?.backwardMaximumPerUnit, nil)]
        for (name, sending, receiving, capacityMW, maximum, minimum) in directions where capacityMW > 0 {
            links.add(name, [
                "bus0": .text(sending), "bus1": .text(receiving), "p_nom": .number(capacityMW), "p_min_pu": .number(0),
                "efficiency": .number(link.efficiency), "marginal_cost": .number(link.wheelingEURPerMWh),
            ])
            addDelivery(of: name, into: receiving, deliveringMW: link.efficiency * capacityMW, maximum: maximum, minimum: minimum)
        }
        map(link.name, "corridor", "links flow[\(link.name)] and flow_back[\(link.name)], one per direction with capacity: "
            + "efficiency = 1 - loss, marginal_cost = wheeling, p_min_pu = 0")
    }
}

extension PyPSANetwork {
    /// A link's hourly bounds (`p_max_pu`, `p_min_pu`, per unit of its `p_nom`) where it has a flow profile, and the
    /// surplus bound of the region it delivers into widened by the most it can deliver (efficiency × capacity, MW).
    mutating func addDelivery(of name: String, into receiving: String, deliveringMW: Double, maximum: [Double]?, minimum: [Double]?) {
        if let maximum { links.addHourly("p_max_pu", of: name, maximum) }
        if let minimum { links.addHourly("p_min_pu", of: name, minimum) }
        let surplus = Self.regionalName("surplus", in: receiving)
        let bound = generators.value("p_nom", of: surplus)?.number ?? 0
        generators.setStatic("p_nom", of: surplus, .number(bound + deliveringMW))
    }
}

/// Why a regional case cannot be written as one PyPSA network.
public enum RegionalNetworkError: Error, Equatable, CustomStringConvertible {
    /// The case has no region.
    case noRegions
    /// Two regions have this code.
    case repeatedRegion(String)
    /// This region's hours differ from the first region's.
    case windowDiffers(region: String)
    /// Two corridors have this name.
    case repeatedLink(String)
    /// A corridor ends in a code that is no region of the case.
    case unknownRegion(link: String, code: String)

    /// What is wrong, and what would be valid.
    public var description: String {
        switch self {
        case .noRegions: return "the regional case has no regions: give at least one"
        case let .repeatedRegion(code): return "region \(code) is given twice: region codes must be unique"
        case let .windowDiffers(region): return "region \(region) covers other hours than the first region: every region must cover the same hours"
        case let .repeatedLink(name): return "link \(name) is given twice: link names must be unique"
        case let .unknownRegion(link, code): return "link \(link) ends in \(code), which is not a region of the case"
        }
    }

    /// The first region, when the case is one network's worth: regions with unique codes over the same hours, and
    /// uniquely named links between them.
    static func check(_ regional: RegionalCase) throws(RegionalNetworkError) -> Case {
        guard let first = regional.regions.first else { throw .noRegions }
        var codes = Set<String>()
        for region in regional.regions {
            guard codes.insert(region.region).inserted else { throw .repeatedRegion(region.region) }
            guard region.window == first.window, region.hours == first.hours else { throw .windowDiffers(region: region.region) }
        }
        var names = Set<String>()
        for link in regional.links {
            guard names.insert(link.name).inserted else { throw .repeatedLink(link.name) }
            for code in [link.from, link.to] where !codes.contains(code) { throw .unknownRegion(link: link.name, code: code) }
        }
        return first
    }
}
