import Foundation
import GridModel
import Testing
@testable import Scenario

/// `investment:`, `invest:` and `retrofit:` read from a case file, with costs from a made-up bundle cost file.
@Suite("Investment candidates")
struct InvestmentLoadingTests {
    /// A fixture whose data directory holds `costs/technology_costs_2030.csv` with round numbers.
    static func fixture() throws -> Fixture {
        let fixture = try Fixture()
        let costs = fixture.directory.appendingPathComponent("costs")
        try FileManager.default.createDirectory(at: costs, withIntermediateDirectories: true)
        try """
            technology,year,parameter,value,unit,source
            battery inverter,2030,investment,100,EUR/kW,test
            battery inverter,2030,lifetime,10,years,test
            battery inverter,2030,FOM,1,%/year,test
            battery storage,2030,investment,50,EUR/kWh,test
            battery storage,2030,lifetime,25,years,test
            onwind,2030,investment,1000,EUR/kW,test
            onwind,2030,lifetime,20,years,test
            onwind,2030,FOM,2,%/year,test

            """.write(to: costs.appendingPathComponent("technology_costs_2030.csv"), atomically: true, encoding: .utf8)
        return fixture
    }

    static let resources = """
          - {name: bat, kind: storage, power_mw: 100, duration_hours: 2, invest: {max_mw: 500}}
          - {name: bat2, kind: storage, power_mw: 10, energy_mwh: 40, invest: {max_mw: 500, min_hours: 1, max_hours: 6}}
          - {name: wind, kind: onwind, capacity_mw: 10, profile: cf.csv#wind, invest: {min_mw: 5, max_mw: 1000}}
          - {name: dr, kind: curtailable_load, capacity_mw: 10, cost_eur_per_mwh: 100, invest: {max_mw: 50, cost_eur_per_mw_year: 20000}}
          - {name: coal, kind: thermal, capacity_mw: 200, marginal_cost_eur_per_mwh: 20, min_stable_load: 0.4,
             retrofit: {max_share: 0.5, min_stable_load: 0.25, cost_eur_per_mw_year: 3000}}
        """
    static let assumptions = """
        assumptions:
          - {key: dr.invest, value: "20000 EUR/MW-year", reason: test}
          - {key: coal.retrofit, value: "3000 EUR/MW-year", reason: test}
        """

    /// Discount rate 0, so the annuity is 1 / lifetime:
    /// - battery inverter 100 EUR/kW × 1000 × (1/10 + 1 % FOM) = 11,000 EUR/MW-year; battery storage 50 EUR/kWh ×
    ///   1000 / 25 = 2,000 EUR/MWh-year; `bat` (2 h, no min/max hours) 11,000 + 2 × 2,000 = 15,000 EUR/MW-year;
    ///   `bat2` power 11,000 and energy 2,000 apart, within 1–6 h;
    /// - onwind 1000 EUR/kW × 1000 × (1/20 + 2 %) = 70,000 EUR/MW-year;
    /// - DR 20,000 and the retrofit 3,000 EUR/MW-year from the case, on 0.5 × 200 = 100 MW at most.
    @Test("Costs come from the bundle, annualised, or from the case with an assumption")
    func candidatesAndCosts() throws {
        let fixture = try Self.fixture()
        let path = try fixture.caseFile(Self.resources, top: "year: 2030\ninvestment: {discount_rate: 0}\n" + Self.assumptions)
        let investment = try #require(try fixture.load(path).value.investment)
        #expect(investment.discountRate == 0)
        let names = investment.candidates.map(\.resource)
        #expect(names == ["bat", "bat2", "wind", "dr", "coal"])
        let bat = try #require(investment.candidate(for: "bat"))
        #expect(abs(bat.costEURPerMWYear - 15_000) < 1e-6 && bat.energy == nil && bat.maxMW == 500 && bat.minMW == 0)
        #expect(bat.costSource == "costs/technology_costs_2030.csv: battery inverter, battery storage")
        let bat2 = try #require(investment.candidate(for: "bat2"))
        #expect(abs(bat2.costEURPerMWYear - 11_000) < 1e-6)
        #expect(bat2.energy?.minHours == 1 && bat2.energy?.maxHours == 6)
        #expect(abs((bat2.energy?.costEURPerMWhYear ?? 0) - 2_000) < 1e-6)
        let wind = try #require(investment.candidate(for: "wind"))
        #expect(abs(wind.costEURPerMWYear - 70_000) < 1e-6 && wind.minMW == 5 && wind.costSource == "costs/technology_costs_2030.csv: onwind")
        let dr = try #require(investment.candidate(for: "dr"))
        #expect(dr.costEURPerMWYear == 20_000 && dr.costSource == "assumption dr.invest")
        let coal = try #require(investment.candidate(for: "coal"))
        #expect(coal.decision == .retrofit(minStableLoad: 0.25) && coal.maxMW == 100 && coal.costEURPerMWYear == 3_000)
    }

    /// At the default discount rate 0.05 the inverter's annuity over 10 years is 0.05 / (1 − 1.05⁻¹⁰) = 0.1295046;
    /// 100,000 × (0.1295046 + 0.01) = 13,950.4575 EUR/MW-year.
    @Test("The default discount rate is 0.05")
    func defaultDiscountRate() throws {
        let fixture = try Self.fixture()
        let path = try fixture.caseFile("  - {name: bat, kind: storage, power_mw: 10, energy_mwh: 40, invest: {max_mw: 5, min_hours: 1, max_hours: 6}}")
        let investment = try #require(try fixture.load(path).value.investment)
        #expect(investment.discountRate == 0.05)
        #expect(abs((investment.candidate(for: "bat")?.costEURPerMWYear ?? 0) - 13_950.457_496_545_663) < 1e-6)
    }

    /// `--set` reaches into `invest:`, `retrofit:` and `investment:`: max_mw 700 instead of 500, a retrofit of
    /// 0.25 × 200 = 50 MW at most instead of 100, and a discount rate of 0 (battery 15,000 EUR/MW-year as above).
    @Test("--set changes candidate keys")
    func overrides() throws {
        let fixture = try Self.fixture()
        let path = try fixture.caseFile(Self.resources, top: "year: 2030\n" + Self.assumptions)
        let overrides = ["bat.invest.max_mw=700", "coal.retrofit.max_share=0.25", "investment.discount_rate=0"].compactMap(Override.init)
        let investment = try #require(try CaseLoader.load(path: path, dataDirectory: fixture.directory.path, overrides: overrides).value.investment)
        #expect(investment.candidate(for: "bat")?.maxMW == 700 && investment.candidate(for: "coal")?.maxMW == 50)
        #expect(abs((investment.candidate(for: "bat")?.costEURPerMWYear ?? 0) - 15_000) < 1e-6)
    }

    @Test("A case without candidates has no investment")
    func noCandidates() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.load(try fixture.caseFile(Fixture.coal)).value.investment == nil)
    }

    /// Each hostile candidate names its key and what would be valid.
    @Test("Bad candidates are refused with the key and what is valid", arguments: [
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: -5}}", "resources[0].invest.max_mw", "[0, 10000000]"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: .nan}}", "resources[0].invest.max_mw", "not a finite number"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: 1e300}}", "resources[0].invest.max_mw", "largest magnitude"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: 5e7}}", "resources[0].invest.max_mw", "[0, 10000000]"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {min_mw: 9, max_mw: 5}}", "resources[0].invest.min_mw", "exceeds max_mw 5"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: 5, min_hours: 8, max_hours: 4}}",
         "resources[0].invest.min_hours", "exceeds max_hours 4"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: 5, cost_eur_per_mw_year: 9}}",
         "resources[0].invest.cost_eur_per_mw_year", "assumption with key 'bat.invest'"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: 5, size: 3}}", "resources[0].invest.size", "valid keys here"),
        ("  - {name: dr, kind: curtailable_load, capacity_mw: 1, cost_eur_per_mwh: 9, invest: {max_mw: 5}}", "resources[0].invest",
         "give cost_eur_per_mw_year"),
        ("  - {name: link, kind: interconnector, max_import_mw: 10, import_price_eur_per_mwh: 50, invest: {max_mw: 5}}", "resources[0].invest",
         "cannot be built"),
        ("  - {name: coal, kind: thermal, capacity_mw: 9, marginal_cost_eur_per_mwh: 9, invest: {max_mw: 5}}", "resources[0].invest", "retrofit:"),
        ("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, retrofit: {max_share: 1}}", "resources[0].retrofit", "thermal plants only"),
        ("  - {name: coal, kind: thermal, capacity_mw: 9, marginal_cost_eur_per_mwh: 9, min_stable_load: 0.3, retrofit: {max_share: 1, min_stable_load: 0.4, cost_eur_per_mw_year: 1}}",
         "resources[0].retrofit.min_stable_load", "not below the plant's own min_stable_load 0.3"),
        ("  - {name: coal, kind: thermal, capacity_mw: 9, marginal_cost_eur_per_mwh: 9, min_stable_load: 0.3, retrofit: {max_mw: 10, min_stable_load: 0.2, cost_eur_per_mw_year: 1}}",
         "resources[0].retrofit.max_mw", "at most the plant's capacity 9 MW"),
    ])
    func badCandidates(resource: String, key: String, words: String) throws {
        let fixture = try Self.fixture()
        let path = try fixture.caseFile(resource)
        do {
            _ = try fixture.load(path)
            Issue.record("expected an error for \(key)")
        } catch {
            #expect(error.key == key, "\(error)")
            #expect(error.line != nil && error.file == path, "\(error)")
            #expect(error.description.contains(words), "\(error)")
        }
    }

    @Test("A cost year without its file names the file and the years the bundle has")
    func missingCostYear() throws {
        let fixture = try Self.fixture()
        let path = try fixture.caseFile("  - {name: bat, kind: storage, power_mw: 1, duration_hours: 2, invest: {max_mw: 5}}",
                                        top: "investment: {cost_year: 2025}")
        do {
            _ = try fixture.load(path)
            Issue.record("expected an error for the missing cost file")
        } catch {
            #expect(error.key == "investment.cost_year" && error.description.contains("technology_costs_2025.csv"), "\(error)")
        }
    }
}
