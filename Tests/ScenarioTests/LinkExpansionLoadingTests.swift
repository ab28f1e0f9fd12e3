import Foundation
import GridModel
import Testing
@testable import Scenario

/// `expandable:` links of a regional case file, costed from a made-up bundle cost file.
@Suite("Expandable links")
struct LinkExpansionLoadingTests {
    let checks = BadInputTests()

    /// The two-region fixture with `costs/technology_costs_2030.csv`: lines at 100 EUR/km/MW and a DC converter pair
    /// at 50,000 EUR/MW, each over 40 years with 2 %/year fixed O&M.
    static func fixture() throws -> Fixture {
        let fixture = try RegionalCaseTests.twoRegions()
        let costs = fixture.directory.appendingPathComponent("costs")
        try FileManager.default.createDirectory(at: costs, withIntermediateDirectories: true)
        try """
            technology,year,parameter,value,unit,source
            HVAC overhead,2030,investment,100,EUR/km/MW,test
            HVAC overhead,2030,lifetime,40,years,test
            HVAC overhead,2030,FOM,2,%/year,test
            HVDC overhead,2030,investment,100,EUR/km/MW,test
            HVDC overhead,2030,lifetime,40,years,test
            HVDC overhead,2030,FOM,2,%/year,test
            HVDC inverter pair,2030,investment,50000,EUR/MW,test
            HVDC inverter pair,2030,lifetime,40,years,test
            HVDC inverter pair,2030,FOM,2,%/year,test

            """.write(to: costs.appendingPathComponent("technology_costs_2030.csv"), atomically: true, encoding: .utf8)
        return fixture
    }

    static func regional(_ expandable: String, assumption: Bool = true, investment: String = "") -> String {
        """
        name: two
        regions:
          - case: a.yaml
            without: [import]
          - case: b.yaml
        links:
          - {from: AA, to: BB, capacity_mw: 300, expandable: \(expandable)}
        \(investment)
        assumptions:
        \(assumption ? "  - {key: links.AA-BB.expandable, value: 1000 km, reason: a test}" : "  - {key: other, value: x, reason: y}")
        """
    }

    @Test("AC and DC additions costed from the bundle, annualised at 5 % (the default) and at a written rate")
    func bundleCosts() throws {
        let fixture = try Self.fixture()
        // Annuity at 5 % over 40 years: 0.05 / (1 − 1.05^−40) = 0.0582782; + 2 % fixed O&M = 0.0782782 per year.
        // AC, 1,000 km: 100 × 1,000 × 0.0782782 = 7,827.82 EUR/MW-year.
        let ac = try RegionalCaseTests.load(Self.regional("{max_mw: 500, length_km: 1000, technology: hvac}"), in: fixture).value.links[0]
        #expect(ac.expansion?.maxMW == 500 && ac.expansion?.lengthKM == 1000 && ac.expansion?.technology == .hvac)
        #expect(abs((ac.expansion?.costEURPerMWYear ?? 0) - 7_827.82) < 0.01)
        #expect(ac.expansion?.costSource == "costs/technology_costs_2030.csv: HVAC overhead × 1000 km")
        // DC adds the converter pair: 7,827.82 + 50,000 × 0.0782782 = 7,827.82 + 3,913.91 = 11,741.73 EUR/MW-year.
        let dc = try RegionalCaseTests.load(Self.regional("{max_mw: 500, length_km: 1000, technology: hvdc}"), in: fixture).value.links[0]
        #expect(abs((dc.expansion?.costEURPerMWYear ?? 0) - 11_741.73) < 0.01)
        #expect(dc.expansion?.costSource == "costs/technology_costs_2030.csv: HVDC overhead × 1000 km + HVDC inverter pair")
        // At 0 %: 1 / 40 + 0.02 = 0.045 per year; AC 1,000 km: 100,000 × 0.045 = 4,500 EUR/MW-year.
        let free = try RegionalCaseTests.load(Self.regional("{max_mw: 500, length_km: 1000, technology: hvac}", investment: "investment: {discount_rate: 0}"),
                                              in: fixture).value.links[0]
        #expect(abs((free.expansion?.costEURPerMWYear ?? 0) - 4_500) < 1e-9)
        // A cost written in the case replaces the bundle's.
        let written = try RegionalCaseTests.load(Self.regional("{max_mw: 500, length_km: 1000, technology: hvac, cost_eur_per_mw_year: 1234}"),
                                                 in: fixture).value.links[0]
        #expect(written.expansion?.costEURPerMWYear == 1234 && written.expansion?.costSource == "assumption links.AA-BB.expandable")
    }

    @Test("Bad expandable links: located errors that say what is valid")
    func badExpansions() throws {
        let fixture = try Self.fixture()
        func load(_ text: String) throws { _ = try RegionalCaseTests.load(text, in: fixture) }
        checks.expectError({ try load(Self.regional("{max_mw: 500, length_km: 1000, technology: hvac}", assumption: false)) },
                           key: "links[0].expandable", mentions: ["links.AA-BB.expandable", "no corridor lengths"])
        checks.expectError({ try load(Self.regional("{max_mw: 500, length_km: 1000, technology: uhv}")) },
                           key: "links[0].expandable.technology", mentions: ["'uhv'", "hvac, hvdc"])
        checks.expectError({ try load(Self.regional("{max_mw: 500, length_km: 0, technology: hvac}")) },
                           key: "links[0].expandable.length_km", mentions: ["1–10,000 km"])
        checks.expectError({ try load(Self.regional("{max_mw: .nan, length_km: 100, technology: hvac}")) },
                           key: "links[0].expandable.max_mw", mentions: ["not a finite number"])
        checks.expectError({ try load(Self.regional("{length_km: 100, technology: hvac}")) },
                           key: "links[0].expandable", mentions: ["max_mw"])
        checks.expectError({ try load(Self.regional("{max_mw: 10, length_km: 100, technology: hvac, lifetime: 3}")) },
                           key: "links[0].expandable.lifetime", mentions: ["max_mw, length_km, technology, cost_eur_per_mw_year"])
    }
}
