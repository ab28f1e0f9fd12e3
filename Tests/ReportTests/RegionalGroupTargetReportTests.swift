import GridModel
import Testing

@Suite("Regional report: group targets")
struct RegionalGroupTargetReportTests {
    /// The congested pair with a CO2 cap of 200 t over both regions: without it the plants emit nothing, so the cap is
    /// met at 0 t (neither plant has an emission factor) and not binding (shadow price 0 EUR/t).
    @Test("Group targets get their own section: the target labelled with its regions, judged, and the accounting stated")
    func groupTargetSection() throws {
        var source = RegionalReportFixture.pair()
        source.targets = [GroupTarget(target: Target(id: "pair_cap", requirement: .co2Cap(maxTonnes: 200)), regions: ["AA", "BB"])]
        let html = try RegionalReportFixture.html(source)
        let section = RegionalReportFixture.section("group-targets", of: html)
        for text in ["Targets over groups of regions", "pair_cap (AA, BB)", "200 t", "0 t", "met", "0 EUR/t", "Region-group accounting (conservative)"] {
            #expect(section.contains(text), "\(text)")
        }
        // A case without group targets has no such section.
        #expect(!(try RegionalReportFixture.html(RegionalReportFixture.pair())).contains("id=\"group-targets\""))
    }
}
