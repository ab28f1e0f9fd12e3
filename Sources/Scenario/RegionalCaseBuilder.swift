import Foundation
import GridModel

/// What `gridflex case build` writes: a regional case of bundle provinces for one year, with one case file per
/// province built from the data bundle (or an existing case placed for it), and every corridor of the bundle's links
/// file with both ends among them.
public struct RegionalCaseBuilder: Sendable {
    /// A file to write.
    public struct File: Sendable, Equatable {
        /// Where, as given to ``RegionalCaseBuilder/files(output:commandLine:dataDirectory:workingDirectory:)`` (relative to the working directory unless absolute).
        public let path: String
        /// Its text.
        public let text: String
    }

    /// Province codes of the bundle, in the order the regional file lists them.
    public let regions: [String]
    /// The case year: the column of the load projection read, and the year the 2020 fleet is grown to.
    public let year: Int
    /// Province code → an existing case file (relative to the working directory) placed for it instead of a built one.
    public let placed: [String: String]
    /// Loss of every link, per unit of the energy sent.
    public let lossPerUnit: Double
    /// Wheeling charge of every link, EUR/MWh.
    public let wheelingEURPerMWh: Double

    /// Default loss of a link, per unit (see the regional file's assumption).
    public static let defaultLossPerUnit = 0.03
    /// Default wheeling charge of a link, EUR/MWh (see the regional file's assumption).
    public static let defaultWheelingEURPerMWh = 5.0
    /// The bundle files read, relative to the data directory, for choosing it.
    public static let dataFiles = ProvinceBundle.files

    /// A build; `placed` codes must be among `regions`.
    public init(regions: [String], year: Int, placed: [String: String] = [:], lossPerUnit: Double = defaultLossPerUnit,
                wheelingEURPerMWh: Double = defaultWheelingEURPerMWh) {
        self.regions = regions
        self.year = year
        self.placed = placed
        self.lossPerUnit = lossPerUnit
        self.wheelingEURPerMWh = wheelingEURPerMWh
    }

    /// The files for a regional file at `output`: each built province's case `DIR/NAME/CODE.yaml` (NAME the output's
    /// name without extension, DIR its directory), then the regional file itself. `commandLine` goes into its header.
    public func files(output: String, commandLine: String, dataDirectory: DataDirectory,
                      workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws(ScenarioError) -> [File] {
        let bundle = try ProvinceBundle(cache: CSVCache(directory: dataDirectory))
        for code in regions { try bundle.check(province: code) }
        try bundle.check(year: year)
        let costYear = [2025, 2030].min { abs($0 - year) < abs($1 - year) } ?? 2025
        let costs = try TechnologyCosts.load(from: dataDirectory, year: costYear)
        let outputURL = URL(fileURLWithPath: output, relativeTo: workingDirectory).standardizedFileURL
        let name = outputURL.deletingPathExtension().lastPathComponent
        let directory = (output as NSString).deletingLastPathComponent
        var files: [File] = [], entries: [RegionEntry] = []
        for code in regions {
            if let path = placed[code] {
                entries.append(try placement(code, path: path, beside: outputURL.deletingLastPathComponent(), workingDirectory: workingDirectory))
                continue
            }
            let province = ProvinceCaseText(code: code, name: Self.provinceNames[code] ?? code, year: year, capacityMW: bundle.capacityMW[code] ?? [:],
                                            loadTWh: (bundle.loadTWh[code]?[ProvinceBundle.fleetYear] ?? 0, bundle.loadTWh[code]?[year] ?? 0,
                                                      bundle.loadTWh[code]?[ProvinceBundle.statisticsColumn]),
                                            costs: costs, regionalFile: "../\(outputURL.lastPathComponent)")
            let relative = "\(name)/\(code).yaml"
            files.append(File(path: directory.isEmpty ? relative : "\(directory)/\(relative)", text: try province.text()))
            entries.append(RegionEntry(code: code, path: relative, without: [], placedFrom: nil))
        }
        let regional = RegionalCaseText(name: name, year: year, commandLine: commandLine, entries: entries,
                                        corridors: bundle.corridors(within: regions), lossPerUnit: lossPerUnit, wheelingEURPerMWh: wheelingEURPerMWh)
        files.append(File(path: output, text: regional.text()))
        return files
    }

    /// An existing case placed for `code`: it must be an ordinary case of that province and year; its interconnector
    /// resources are left out (they stand for trade the links carry).
    func placement(_ code: String, path: String, beside directory: URL, workingDirectory: URL) throws(ScenarioError) -> RegionEntry {
        let file = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
        let document = try YAMLField.document(YAMLField.text(ofFile: file.path, what: "case file"), file: file.path)
        guard let root = document.node.mapping, root["regions"] == nil else {
            throw document.error("--use \(code)=\(path): not an ordinary single-region case file")
        }
        func field(_ key: String) -> YAMLField? { root[key].map { YAMLField(node: $0, path: key, file: file.path) } }
        let region = field("region")
        guard let region, region.node.string == code else {
            throw (region ?? document).error("--use \(code)=\(path): the case is for region \(region?.node.string ?? "(none)"), not \(code)")
        }
        if let written = field("year"), written.node.string != String(year) {
            throw written.error("--use \(code)=\(path): the case is for year \(written.node.string ?? ""), not --year \(year)")
        }
        let interconnectors = (root["resources"]?.sequence ?? []).compactMap { item -> String? in
            item.mapping?["kind"]?.string == "interconnector" ? item.mapping?["name"]?.string : nil
        }
        return RegionEntry(code: code, path: Self.relativePath(of: file, from: directory), without: interconnectors, placedFrom: path)
    }

    /// `file`'s path relative to `directory` (both absolute), with `..` where it leaves it.
    static func relativePath(of file: URL, from directory: URL) -> String {
        let target = file.standardizedFileURL.pathComponents, base = directory.standardizedFileURL.pathComponents
        let common = zip(target, base).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: base.count - common) + target.dropFirst(common)).joined(separator: "/")
    }

    /// The bundle README's province names.
    static let provinceNames = [
        "AH": "Anhui", "BJ": "Beijing", "CQ": "Chongqing", "FJ": "Fujian", "GS": "Gansu", "GD": "Guangdong", "GX": "Guangxi", "GZ": "Guizhou",
        "HI": "Hainan", "HE": "Hebei", "HL": "Heilongjiang", "HA": "Henan", "HB": "Hubei", "HN": "Hunan", "JS": "Jiangsu", "JX": "Jiangxi",
        "JL": "Jilin", "LN": "Liaoning", "NM": "Inner Mongolia", "NX": "Ningxia", "QH": "Qinghai", "SN": "Shaanxi", "SD": "Shandong",
        "SH": "Shanghai", "SX": "Shanxi", "SC": "Sichuan", "TJ": "Tianjin", "XJ": "Xinjiang", "XZ": "Tibet", "YN": "Yunnan", "ZJ": "Zhejiang",
    ]
}

/// One `regions:` item of a built regional file.
struct RegionEntry {
    let code: String
    /// The case file, relative to the regional file's directory.
    let path: String
    /// Resources of a placed case left out.
    let without: [String]
    /// The `--use` path of a placed case; nil for a built province.
    let placedFrom: String?
}
