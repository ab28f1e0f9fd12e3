import Foundation
import GridModel

/// A regional case read from disk: each region as the case loaded from its own file, and where the data came from.
public struct LoadedRegionalCase: Sendable {
    /// The resolved regional case.
    public let value: RegionalCase
    /// The data directory every region's series were read from.
    public let dataDirectory: DataDirectory
    /// The regional case file's path.
    public let file: String
    /// Each region as loaded from its own case file (plan, plan year, what the plan did), in the file's order.
    public let regions: [LoadedCase]
}

/// Reads a regional case file: a YAML file with top-level `regions:` (each an ordinary case file, loaded with
/// ``CaseLoader``), `links:` between them (with optional flow profiles, ``LinkProfileSpec``; `expandable:` at the
/// costs of the file's `investment:` block, ``LinkExpansionSpec``) and `targets:` over groups of them (``GroupTargetSpec``).
public enum RegionalCaseLoader {
    static let topLevelKeys = ["name", "description", "hours", "regions", "links", "targets", "investment", "assumptions"]
    static let regionKeys = ["case", "without"]
    static let linkKeys = ["name", "from", "to", "capacity_mw", "capacity_forward_mw", "capacity_backward_mw", "loss_per_unit", "wheeling_eur_per_mwh",
                           "expandable"] + LinkProfileSpec.keys
    /// Most regions a regional case may have (China has 31 provinces).
    static let maximumRegions = 100

    /// Whether the file at `path` is a regional case (a YAML mapping with a top-level `regions:` key). False for
    /// anything that cannot be read or parsed: the ordinary loader then reports what is wrong with it.
    public static func isRegional(path: String) -> Bool {
        guard let text = try? YAMLField.text(ofFile: path, what: "case file"), let document = try? YAMLField.document(text, file: path) else {
            return false
        }
        return document.node.mapping?["regions"] != nil
    }

    /// Loads a regional case. `window` (the `--hours` option) overrides the file's `hours`, which overrides each
    /// region's own; `dataDirectory` is the `--data-dir` option, used for every region. Region files are read
    /// relative to the regional file's directory; `cache` keeps the CSV files the regions share. `regionOverrides`
    /// are `--set` values for the region with that code, applied to its case file as a single-case `--set` is.
    public static func load(path: String, dataDirectory: String? = nil, window: HourWindow? = nil, cache: SeriesCache = SeriesCache(),
                            regionOverrides: [String: [Override]] = [:],
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws(ScenarioError) -> LoadedRegionalCase {
        let document = try YAMLField.document(YAMLField.text(ofFile: path, what: "regional case file"), file: path)
        let top = try Fields(document, allowed: topLevelKeys)
        let name = try top.string("name", "the regional case's name")
        let written = try top["hours"]?.window()
        let window = window ?? written
        let regionsField = try top.required("regions", "the list of regions, each {case: FILE.yaml}")
        let items = try regionsField.sequence()
        guard (1...maximumRegions).contains(items.count) else {
            throw regionsField.error("a regional case has 1 to \(maximumRegions) regions; this one has \(items.count)")
        }
        var regions: [LoadedCase] = []
        for item in items {
            var region = try loadRegion(item, regionalFile: path, dataDirectory: dataDirectory, window: window, cache: cache,
                                        environment: environment, workingDirectory: workingDirectory)
            if let overrides = regionOverrides[region.value.region] {
                region = try loadRegion(item, regionalFile: path, dataDirectory: dataDirectory, window: window, cache: cache,
                                        environment: environment, workingDirectory: workingDirectory, overrides: overrides)
            }
            try check(region, at: item, against: regions)
            regions.append(region)
        }
        let codes = regions.map(\.value.region)
        let assumptions = try CaseLoader.assumptions(top["assumptions"])
        var book = try costBook(top["investment"], regions: regions, assumptions: assumptions)
        var links: [Link] = [], names = Set<String>()
        let first = regions[0]
        for item in try top["links"]?.sequence() ?? [] {
            var link = try self.link(item, regions: codes, book: &book)
            link.profiles = try cache.withCache(for: first.dataDirectory) { csv throws(ScenarioError) in
                try LinkProfileSpec.profiles(try Fields(item, allowed: linkKeys), link: link.name, window: first.value.window, cache: csv)
            }
            guard names.insert(link.name).inserted else {
                throw item.error("a link named '\(link.name)' is already defined; names must be unique (give 'name:' to tell parallel corridors apart)")
            }
            links.append(link)
        }
        let value = RegionalCase(name: name, description: try top.optionalString("description") ?? "", regions: regions.map(\.value),
                                 links: links, assumptions: assumptions, targets: try GroupTargetSpec.parse(top["targets"], codes: codes))
        return LoadedRegionalCase(value: value, dataDirectory: regions[0].dataDirectory, file: path, regions: regions)
    }

    /// The costs of expandable links: the file's `investment:` block, the first region's plan year, its data directory.
    static func costBook(_ block: YAMLField?, regions: [LoadedCase], assumptions: [Assumption]) throws(ScenarioError) -> CostBook {
        try CostBook(block, caseYear: regions.first?.planYear, cache: CSVCache(directory: regions[0].dataDirectory), assumptions: assumptions)
    }

    /// Loads the case a `regions:` item names, refusing a missing file and a regional file nested as a region.
    static func loadRegion(_ item: YAMLField, regionalFile: String, dataDirectory: String?, window: HourWindow?, cache: SeriesCache,
                           environment: [String: String], workingDirectory: URL, overrides: [Override] = []) throws(ScenarioError) -> LoadedCase {
        let fields = try Fields(item, allowed: regionKeys)
        let caseField = try fields.required("case", "the region's case file, relative to this file, e.g. ../guangxi/2030.yaml")
        let path = resolve(try caseField.string(), beside: regionalFile)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw caseField.error("no case file at \(path) (a region's path is relative to the directory of this file)")
        }
        guard !isRegional(path: path) else {
            throw caseField.error("\(path) is itself a regional case (it has 'regions:'); a region must be an ordinary single-region case: list its regions here instead")
        }
        let without = try fields["without"]?.sequence() ?? []
        return try CaseLoader.load(path: path, dataDirectory: dataDirectory, window: window, overrides: overrides, cache: cache,
                                   environment: environment, workingDirectory: workingDirectory, leavingOut: without)
    }

    /// `path` as written in a regional file: relative to that file's directory unless absolute.
    static func resolve(_ path: String, beside file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        return path.hasPrefix("/") || directory.isEmpty ? path : "\(directory)/\(path)"
    }

    /// Refuses a region whose code, window or data directory does not fit the regions before it.
    static func check(_ region: LoadedCase, at item: YAMLField, against earlier: [LoadedCase]) throws(ScenarioError) {
        if let (index, other) = earlier.enumerated().first(where: { $0.element.value.region == region.value.region }) {
            throw item.error("region \(region.value.region) (\(region.file)) is already regions[\(index)] (\(other.file)); each region must be a different province")
        }
        guard let first = earlier.first else { return }
        guard region.value.window == first.value.window else {
            throw item.error("\(region.file) covers hours \(region.value.window), but regions[0] (\(first.file)) covers \(first.value.window); every region must cover the same hours: give 'hours:' in this file (or --hours) to set them for all")
        }
        guard region.dataDirectory.url == first.dataDirectory.url else {
            throw item.error("\(region.file) reads its series from \(region.dataDirectory.url.path), but regions[0] reads them from \(first.dataDirectory.url.path); give --data-dir so that every region reads the same data")
        }
    }

    /// A `links:` item, its ends checked against the region codes.
    static func link(_ item: YAMLField, regions: [String], book: inout CostBook) throws(ScenarioError) -> Link {
        let fields = try Fields(item, allowed: linkKeys)
        func end(_ key: String) throws(ScenarioError) -> (code: String, field: YAMLField) {
            let field = try fields.required(key, "a region code: one of \(regions.joined(separator: ", "))")
            let code = try field.string()
            guard regions.contains(code) else {
                throw field.error("'\(code)' is not a region of this case; regions: \(regions.joined(separator: ", "))")
            }
            return (code, field)
        }
        let from = try end("from").code, (to, toField) = try end("to")
        guard from != to else { throw toField.error("a link joins two different regions; this one goes from \(from) to itself") }
        let name = try fields["name"]?.lpName() ?? "\(from)-\(to)"
        if let field = fields["name"], name.count > CaseLoader.maximumNameLength {
            throw field.error("the name has \(name.count) characters; at most \(CaseLoader.maximumNameLength) are allowed")
        }
        let (forward, backward) = try capacities(fields)
        let lossRule = "a loss is at least 0 and below 1 (per unit of the energy sent)"
        let loss = try fields.number("loss_per_unit", in: 0...1, valid: lossRule, default: 0)
        if loss == 1, let field = fields["loss_per_unit"] { throw field.error("a loss of 1 delivers nothing; \(lossRule)") }
        let wheeling = try fields.number("wheeling_eur_per_mwh", in: 0...100_000, valid: "a wheeling charge must be within 0–100,000 EUR/MWh", default: 0)
        let expansion = try fields["expandable"].map { field throws(ScenarioError) in try LinkExpansionSpec.parse(field, link: name, book: &book) }
        return Link(name: name, from: from, to: to, forwardCapacityMW: forward, backwardCapacityMW: backward, lossPerUnit: loss,
                    wheelingEURPerMWh: wheeling, expansion: expansion)
    }

    /// A link's capacity each way, MW: `capacity_mw` for both, or `capacity_forward_mw` and `capacity_backward_mw`.
    static func capacities(_ fields: Fields) throws(ScenarioError) -> (forward: Double, backward: Double) {
        let (range, valid) = Valid.capacity
        let directed = ["capacity_forward_mw", "capacity_backward_mw"]
        if fields.has("capacity_mw") {
            if let field = directed.lazy.compactMap({ fields[$0] }).first {
                throw field.error("give capacity_mw (both ways) or capacity_forward_mw and capacity_backward_mw, not both")
            }
            let both = try fields.number("capacity_mw", in: range, valid: valid)
            return (both, both)
        }
        let what = "\(valid); give capacity_mw (both ways) or capacity_forward_mw and capacity_backward_mw"
        return (try fields.number(directed[0], in: range, valid: what), try fields.number(directed[1], in: range, valid: what))
    }
}
