import GridModel
@testable import PyPSAExport
import Testing

/// ``twoRegions(backwardMW:)`` with GX-GD limited to [1, 0.5, 1] of its capacity and a must-flow of [0, 0.2, 0]:
/// the forward link's hourly bounds are those shares of its 100 MW; the backward link keeps the maximum but is shut
/// (0) in hour 2, the hour with a must-flow.
@Test func flowProfilesAreHourlyPerUnitBoundsOfTheLinks() throws {
    var regional = twoRegions()
    regional.links[0].profiles = FlowProfiles(maximumPerUnit: [1, 0.5, 1], minimumForwardPerUnit: [0, 0.2, 0])
    let links = try PyPSANetwork(regional: regional).links
    #expect(links.hourly("p_max_pu", of: "flow[GX-GD]") == [1, 0.5, 1])
    #expect(links.hourly("p_min_pu", of: "flow[GX-GD]") == [0, 0.2, 0])
    #expect(links.hourly("p_max_pu", of: "flow_back[GX-GD]") == [1, 0, 1])
    #expect(links.value("p_min_pu", of: "flow_back[GX-GD]") == .number(0))
}

/// A non-hydro share of 0.2 over both regions, which have no renewables: the row is −(GX surplus) − (GD surplus) ≥
/// 0.2 × (300 + 600) MWh of load = 180 MWh (no constant: no wind or solar available), named as GridFlex names it.
@Test func aGroupTargetIsOneRowOverTheMembersGenerators() throws {
    var regional = twoRegions()
    regional.targets = [GroupTarget(target: Target(id: "both", requirement: .nonHydroRenewableShare(minimum: 0.2)), regions: ["GX", "GD"])]
    let row = try #require(try PyPSANetwork(regional: regional).extra.energyRows.first { $0.name == "target[both]" })
    #expect(row.terms == [.init(generator: "GX surplus", coefficient: -1), .init(generator: "GD surplus", coefficient: -1)])
    #expect(row.sense == ">=" && row.blockSizes == [3])
    #expect(abs(row.rhs[0] - 180) < 1e-9)
    #expect(row.shortfallPenalty == 100_000)
}

/// In the investment network, a group's renewable utilisation of at least 0.9 with a solar candidate in GD, the second
/// region (capacity factors [1, 0, 0.5]: 1.5 MWh per MW over the window). GD's part: curtailed + surplus ≤ 0.1 ×
/// 1.5 × p_nom; curtailed = 1.5 × p_nom − p, so the row is −p(GD solar) + surpluses with capacity terms 1.5 and
/// −0.15 on GD solar's p_nom, ≤ 0 (no other wind or solar): p ≥ 0.9 × 1.5 × p_nom, as GridFlex's row states it.
@Test func aGroupTargetCountsACandidateOfAnyMemberByItsCapacity() throws {
    var regional = twoRegions()
    let solar = VariableRenewable(name: "solar", kind: .solar, capacityMW: 0, capacityFactor: [1, 0, 0.5])
    regional.regions[1].resources.append(.renewable(solar))
    regional.regions[1].investment = Investment(candidates: [InvestmentCandidate(resource: "solar", maxMW: 100, costEURPerMWYear: 1000,
                                                                                 costSource: "test")], discountRate: 0.05)
    regional.targets = [GroupTarget(target: Target(id: "use", requirement: .renewableUtilisation(minimum: 0.9, resources: [])), regions: ["GX", "GD"])]
    let row = try #require(try PyPSANetwork(regional: regional, investing: true).extra.energyRows.first { $0.name == "target[use]" })
    #expect(row.terms == [.init(generator: "GX surplus", coefficient: 1), .init(generator: "GD solar", coefficient: -1),
                          .init(generator: "GD surplus", coefficient: 1)])
    #expect(row.sense == "<=" && abs(row.rhs[0]) < 1e-12)
    let terms = try #require(row.capacityTerms)
    #expect(terms.map(\.component) == ["GD solar", "GD solar"])
    #expect(abs(terms[0].coefficient - 1.5) < 1e-12 && abs(terms[1].coefficient + 0.15) < 1e-12)
}
