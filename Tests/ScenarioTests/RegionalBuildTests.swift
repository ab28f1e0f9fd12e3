import Foundation
import GridModel
import Testing
@testable import Scenario

/// `gridflex case build` against the data bundle, and the regional cases it wrote into Models/regions.
@Suite("Regional case build")
struct RegionalBuildTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundle = DataDirectory(url: repository.appendingPathComponent("../shared/data").standardizedFileURL, origin: "--data-dir")
    let checks = BadInputTests()

    /// A scratch directory for the files written.
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Builds `builder`'s files into `directory`, writes them and loads the regional file.
    static func buildAndLoad(_ builder: RegionalCaseBuilder, in directory: URL, name: String) throws -> ([RegionalCaseBuilder.File], LoadedRegionalCase) {
        let output = directory.appendingPathComponent("\(name).yaml").path
        let files = try builder.files(output: output, commandLine: "gridflex case build (test)", dataDirectory: bundle, workingDirectory: repository)
        for file in files {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: file.path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(toFile: file.path, atomically: true, encoding: .utf8)
        }
        return (files, try RegionalCaseLoader.load(path: output, dataDirectory: bundle.url.path))
    }

    static func capacities(_ region: Case?) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: (region?.resources ?? []).map { ($0.name, $0.ratedPowerMW) })
    }

    @Test("GX and YN in 2030: fleets, loads and the link read by hand from the bundle's CSV files")
    func twoProvinces() throws {
        let directory = try Self.scratch()
        let (files, loaded) = try Self.buildAndLoad(RegionalCaseBuilder(regions: ["GX", "YN"], year: 2030), in: directory, name: "gx-yn")
        #expect(files.map(\.path) == ["gx-yn/GX.yaml", "gx-yn/YN.yaml", "gx-yn.yaml"].map { directory.appendingPathComponent($0).path })
        let regional = loaded.value
        // load/annual_load_projection_TWh.csv: GX 196.8121 TWh in 2020, 268.5341 in 2030 (growth 1.3644186…);
        // capacity/installed_capacity_2020_MW.csv GX: coal 23440, gas 0, chp 690, nuclear 2172, onwind 5786, offwind 744,
        // solar 2050, hydro 16960, pumped hydro 0. Each × 1.3644186, rounded to a whole MW.
        #expect(Self.capacities(regional.region("GX")) == ["coal": 31982, "chp": 941, "nuclear": 2964, "hydro": 23141, "onwind": 7895, "offwind": 1015, "solar": 2797])
        // YN: 186.5305 → 248.2534 TWh (growth 1.3308998); coal 15170, onwind 8810, solar 3880, hydro 50870, nothing else.
        #expect(Self.capacities(regional.region("YN")) == ["coal": 20190, "hydro": 67703, "onwind": 11725, "solar": 5164])
        #expect(regional.region("GX")?.resources.map(\.name) == ["coal", "chp", "nuclear", "hydro", "onwind", "offwind", "solar"])
        // A year of load is the year's consumption: 268.5341 TWh = 268,534,100 MWh.
        #expect(abs((regional.region("GX")?.loadEnergyMWh ?? 0) - 268_534_100) < 1e-3)
        // costs/technology_costs_2030.csv coal: fuel 8.15 EUR/MWh_th, efficiency 0.4595218918918918, VOM 3.5.
        if case let .thermal(coal)? = regional.region("GX")?.resources.first {
            #expect(abs(coal.marginalCostEURPerMWh - (8.15 / 0.4595218918918918 + 3.5)) < 1e-9)
            #expect(coal.commitment && coal.minStableLoad == 0.4)
        } else {
            Issue.record("GX's first resource is not coal")
        }
        // grid/interprovincial_links_MW.csv line 23: GX,YN,13120; loss and wheeling are the stated defaults.
        #expect(regional.links == [Link(name: "GX-YN", from: "GX", to: "YN", forwardCapacityMW: 13120, lossPerUnit: 0.03, wheelingEURPerMWh: 5)])
        #expect(regional.assumptions.map(\.key) == ["links.capacity_mw", "links.loss_per_unit", "links.wheeling_eur_per_mwh"])
        // Every number without a source is an assumption of the province's case; YN has no chp, nuclear or pumped hydro.
        #expect(regional.region("YN")?.assumptions.map(\.key) == ["fleet.growth", "coal.commitment", "hydro.daily_energy_budget", "onwind.profile", "costs", "trade"])
        #expect(files[0].text.contains("capacity_mw: 31982            # installed_capacity_2020_MW.csv GX coal: 23440 × 1.3644"))
        #expect(files[2].text.hasPrefix("# Written by:\n#   gridflex case build (test)\n"))
    }

    @Test("--use places a plan case for its province, without its interconnector")
    func placedCase() throws {
        let directory = try Self.scratch()
        let placed = Self.repository.appendingPathComponent("Models/guangxi/2030.yaml").path
        let (files, loaded) = try Self.buildAndLoad(RegionalCaseBuilder(regions: ["GD", "GX"], year: 2030, placed: ["GX": placed]), in: directory, name: "gd-gx")
        #expect(files.count == 2)
        #expect(files[1].text.contains("without: [yunnan]"))
        let gx = loaded.regions[1]
        #expect(gx.file.hasSuffix("Models/guangxi/2030.yaml") && gx.plan != nil && gx.planYear == 2030)
        #expect(!gx.value.resources.contains { $0.name == "yunnan" })
        #expect(!gx.value.assumptions.contains { $0.key == "yunnan" })
        // grid/interprovincial_links_MW.csv line 18: GD,GX,41690.
        #expect(loaded.value.links.map(\.forwardCapacityMW) == [41690])
    }

    @Test("A path relative to another directory")
    func relativePath() {
        let path = RegionalCaseBuilder.relativePath(of: URL(fileURLWithPath: "/r/Models/guangxi/2030.yaml"), from: URL(fileURLWithPath: "/r/Models/regions"))
        #expect(path == "../guangxi/2030.yaml")
        #expect(RegionalCaseBuilder.relativePath(of: URL(fileURLWithPath: "/r/a/b.yaml"), from: URL(fileURLWithPath: "/r/a")) == "b.yaml")
    }

    @Test("Unknown province codes, years the projection lacks and a placed case of another province are refused")
    func refusals() throws {
        let output = try Self.scratch().appendingPathComponent("x.yaml").path
        func build(_ builder: RegionalCaseBuilder) throws { _ = try builder.files(output: output, commandLine: "", dataDirectory: Self.bundle) }
        checks.expectError({ try build(RegionalCaseBuilder(regions: ["GX", "ZZ"], year: 2030)) }, file: "capacity/installed_capacity_2020_MW.csv",
                           key: "--regions", mentions: ["'ZZ' is not a province", "AH, BJ, CQ"])
        checks.expectError({ try build(RegionalCaseBuilder(regions: ["GX"], year: 2033)) }, file: "load/annual_load_projection_TWh.csv", line: 1,
                           key: "--year", mentions: ["2033 is not a year", "2020, 2025, 2030"])
        let jiangxi = Self.repository.appendingPathComponent("Models/jiangxi/2030.yaml").path
        checks.expectError({ try build(RegionalCaseBuilder(regions: ["GX"], year: 2030, placed: ["GX": jiangxi])) }, file: "jiangxi/2030.yaml",
                           key: "region", mentions: ["the case is for region JX, not GX"])
        checks.expectError({ try build(RegionalCaseBuilder(regions: ["JX"], year: 2025, placed: ["JX": jiangxi])) }, file: "jiangxi/2030.yaml",
                           key: "year", mentions: ["year 2030, not --year 2025"])
    }

    @Test("Every regional case in Models/regions loads; region and link counts as counted in the CSV by hand")
    func committedCases() throws {
        // Links counted in grid/interprovincial_links_MW.csv: southern GD-GX, GD-GZ, GD-HI, GD-YN, GX-YN; central CQ-HB,
        // CQ-SC, HA-HB, HB-HN, HB-JX, JX-SC; north-west GS-NX, GS-QH, GS-SN, GS-XJ; China every one of the 56 rows.
        let expected = ["southern-grid-2030": (5, 5), "central-china-2030": (6, 6), "north-west-2030": (5, 4), "china-2030": (31, 56),
                        "southern-grid-2030-invest": (5, 5)]
        let directory = Self.repository.appendingPathComponent("Models/regions")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.map { String($0.dropLast(5)) }.sorted() == expected.keys.sorted())
        let cache = SeriesCache()
        for file in files {
            let loaded = try RegionalCaseLoader.load(path: directory.appendingPathComponent(file).path, dataDirectory: Self.bundle.url.path, cache: cache)
            let counts = expected[String(file.dropLast(5))]
            #expect(loaded.value.regions.count == counts?.0 && loaded.value.links.count == counts?.1, "\(file)")
            #expect(loaded.value.regions.allSatisfy { !$0.resources.contains { $0.kind == .interconnector } }, "\(file): an interconnector left in")
            if file == "southern-grid-2030-invest.yaml" {
                // Four corridors expandable; GD-GX: HVAC overhead 182.97 EUR/km/MW × 634 km × (annuity 5 %, 40 years:
                // 0.0582782 + 2 % FOM) = 9,080.50 EUR/MW-year; GD-GZ: 182.97 × 968 + the HVDC inverter pair's 162,364.82,
                // × 0.0782782 = 26,573.85 EUR/MW-year.
                let costs = loaded.value.links.compactMap { $0.expansion?.costEURPerMWYear }
                #expect(costs.count == 4)
                #expect(abs(costs[0] - 9_080.50) < 0.01 && abs(costs[1] - 26_573.85) < 0.01, "\(costs)")
            }
        }
    }
}
