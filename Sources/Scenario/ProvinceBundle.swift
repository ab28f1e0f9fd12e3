import Foundation

/// The data bundle's per-province tables that `gridflex case build` reads: end-2020 capacities, annual consumption
/// by year, and the inter-provincial corridors.
struct ProvinceBundle {
    static let capacityFile = "capacity/installed_capacity_2020_MW.csv"
    static let loadFile = "load/annual_load_projection_TWh.csv"
    static let linksFile = "grid/interprovincial_links_MW.csv"
    /// The files read, for choosing the data directory.
    static let files = [capacityFile, loadFile, linksFile]
    /// The year of the capacity file's fleet.
    static let fleetYear = 2020
    /// The load file's column that holds 2024 statistics, not a projection (bundle README).
    static let statisticsColumn = 2025

    /// An undirected corridor of the links file.
    struct Corridor {
        let from: String
        let to: String
        let capacityMW: Double
        /// 1-based line in the links file.
        let line: Int
    }

    /// Province codes of the capacity file, in its order.
    let provinces: [String]
    /// The capacity file's technology columns, in its order.
    let technologies: [String]
    /// Province → technology → end-2020 capacity, MW.
    let capacityMW: [String: [String: Double]]
    /// The load file's years, in its order.
    let years: [Int]
    /// Province → year → annual consumption, TWh.
    let loadTWh: [String: [Int: Double]]
    let corridors: [Corridor]

    init(cache: CSVCache) throws(ScenarioError) {
        let capacities = try cache.table(Self.capacityFile)
        provinces = try capacities.texts("province")
        technologies = capacities.header.filter { $0 != "province" }
        var capacityMW: [String: [String: Double]] = [:]
        for technology in technologies {
            for (province, value) in zip(provinces, try capacities.column(technology)) { capacityMW[province, default: [:]][technology] = value }
        }
        self.capacityMW = capacityMW
        let loads = try cache.table(Self.loadFile)
        years = loads.header.compactMap { Int($0) }
        guard years.contains(Self.fleetYear) else {
            throw ScenarioError(file: Self.loadFile, line: 1, message: "no \(Self.fleetYear) column: the fleet's year, which every province's growth is measured from")
        }
        var loadTWh: [String: [Int: Double]] = [:]
        let loadProvinces = try loads.texts("province")
        for year in years {
            for (province, value) in zip(loadProvinces, try loads.column(String(year))) { loadTWh[province, default: [:]][year] = value }
        }
        self.loadTWh = loadTWh
        let links = try cache.table(Self.linksFile)
        let froms = try links.texts("from"), tos = try links.texts("to"), corridorMW = try links.column("capacity_MW")
        corridors = (0..<froms.count).map { Corridor(from: froms[$0], to: tos[$0], capacityMW: corridorMW[$0], line: $0 + 2) }
    }

    /// Refuses a province code that is not in both the capacity and the load file.
    func check(province code: String) throws(ScenarioError) {
        guard capacityMW[code] != nil else {
            throw ScenarioError(file: Self.capacityFile, key: "--regions", message: "'\(code)' is not a province of this file; valid: \(provinces.joined(separator: ", "))")
        }
        guard loadTWh[code] != nil else {
            throw ScenarioError(file: Self.loadFile, key: "--regions", message: "'\(code)' has no row in this file")
        }
    }

    /// Refuses a year the load file has no column for.
    func check(year: Int) throws(ScenarioError) {
        guard years.contains(year) else {
            throw ScenarioError(file: Self.loadFile, line: 1, key: "--year",
                                message: "\(year) is not a year of this file; its years: \(years.map(String.init).joined(separator: ", "))")
        }
    }

    /// The corridors with both ends in `regions`, in the file's order.
    func corridors(within regions: [String]) -> [Corridor] {
        corridors.filter { regions.contains($0.from) && regions.contains($0.to) }
    }
}
