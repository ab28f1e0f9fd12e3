import Foundation
import GridModel
import Yams

/// A case read from disk, with where its data came from.
public struct LoadedCase: Sendable {
    /// The resolved case.
    public let value: Case
    /// The data directory the series were read from.
    public let dataDirectory: DataDirectory
    /// The case file's path.
    public let file: String
    /// The plan the case applies, if any.
    public let plan: Plan?
    /// The plan year whose targets apply.
    public let planYear: Int?
    /// What each plan target in force did to the case.
    public let planApplications: [PlanApplication]
}

/// Reads a case file (YAML) and the hourly series it references, and checks every value.
public enum CaseLoader {
    static let topLevelKeys = [
        "name", "region", "description", "year", "hours", "value_of_lost_load_eur_per_mwh", "co2_price_eur_per_t",
        "target_penalty_eur_per_unit", "load", "resources", "targets", "adequacy", "investment", "assumptions", "plan",
    ]

    /// Loads a case. `window` overrides the file's `hours`; `dataDirectory` is the `--data-dir` option; `overrides`
    /// are `--set` values, applied after the plan's targets; `cache`, when given, keeps the series files read for
    /// the next load (of this or another case reading the same data).
    public static func load(path: String, dataDirectory: String? = nil, window: HourWindow? = nil, overrides: [Override] = [],
                            cache: SeriesCache? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws(ScenarioError) -> LoadedCase {
        try load(path: path, dataDirectory: dataDirectory, window: window, overrides: overrides, cache: cache, environment: environment,
                 workingDirectory: workingDirectory, leavingOut: [])
    }

    /// Loads a case without the resources `leavingOut` names (a regional case's `without:` items, each a resource name),
    /// removed after the plan and the overrides are applied, with the assumptions keyed to them.
    static func load(path: String, dataDirectory: String?, window: HourWindow?, overrides: [Override], cache: SeriesCache?,
                     environment: [String: String], workingDirectory: URL, leavingOut: [YAMLField]) throws(ScenarioError) -> LoadedCase {
        let text = try YAMLField.text(ofFile: path, what: "case file")
        var document = try CaseDocument(YAMLField.document(text, file: path))
        if let regions = document.root.mapping?["regions"] {
            throw YAMLField(node: regions, path: "regions", file: path).error(
                "this is a regional case; solve, plan check, validate, export, invest and sweep read regional cases, this command takes one "
                    + "region's case file (one of those its regions name)")
        }
        try checkResourceNames(document.field)
        var settings: PlanSettings?
        var applications: [PlanApplication] = []
        if let planNode = document.root.mapping?["plan"] {
            var planSettings = try PlanSettings(YAMLField(node: planNode, path: "plan", file: path), caseFile: path)
            try planSettings.apply(overrides.filter { $0.key.hasPrefix("plan.") })
            applications = try document.apply(planSettings)
            settings = planSettings
        } else if let planOverride = overrides.first(where: { $0.key.hasPrefix("plan.") }) {
            throw planOverride.error("this case applies no plan (it has no 'plan:' block)")
        }
        try document.apply(overrides)
        try document.leaveOut(leavingOut)
        let directory = try DataDirectory.resolve(explicit: dataDirectory, environment: environment, workingDirectory: workingDirectory,
                                                  files: seriesFiles(in: document.root))
        let field = document.field, value: Case
        if let cache {
            value = try cache.withCache(for: directory) { csv throws(ScenarioError) in try parse(field, window: window, cache: csv) }
        } else {
            value = try parse(field, window: window, cache: CSVCache(directory: directory))
        }
        return LoadedCase(value: value, dataDirectory: directory, file: path, plan: settings?.plan, planYear: settings?.year,
                          planApplications: applications)
    }

    /// Longest resource name, characters: names appear in LP row and column names, file names and database columns.
    static let maximumNameLength = 64

    /// Checks that resource names are unique and short enough, before the plan mapping or anything else keys a
    /// dictionary by them.
    static func checkResourceNames(_ document: YAMLField) throws(ScenarioError) {
        guard let items = document.node.mapping?["resources"]?.sequence else { return }
        var lines: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let node = item.mapping?["name"], let name = node.string else { continue }
            let field = YAMLField(node: node, path: "resources[\(index)].name", file: document.file)
            guard name.count <= maximumNameLength else {
                throw field.error("the name has \(name.count) characters; at most \(maximumNameLength) are allowed")
            }
            if let line = lines[name] {
                throw field.error("a resource named '\(name)' is already defined on line \(line); names must be unique")
            }
            lines[name] = field.line ?? 0
        }
    }

    /// Every `FILE.csv` named by a `FILE.csv#COLUMN` value anywhere in the document.
    static func seriesFiles(in node: Node) -> [String] {
        var files: [String] = []
        for (file, _) in seriesReferences(in: node) where !files.contains(file) { files.append(file) }
        return files
    }

    /// Every `FILE.csv#COLUMN` value anywhere in the document, as (file, column), in document order.
    static func seriesReferences(in node: Node) -> [(file: String, column: String)] {
        var references: [(file: String, column: String)] = []
        func visit(_ node: Node) {
            switch node {
            case let .scalar(scalar):
                let parts = scalar.string.split(separator: "#")
                if parts.count == 2, parts[0].hasSuffix(".csv") { references.append((String(parts[0]), String(parts[1]))) }
            case let .mapping(mapping): mapping.forEach { visit($0.value) }
            case let .sequence(sequence): sequence.forEach(visit)
            case .alias: break
            }
        }
        visit(node)
        return references
    }

    static func parse(_ document: YAMLField, window override: HourWindow?, cache: CSVCache) throws(ScenarioError) -> Case {
        let top = try Fields(document, allowed: topLevelKeys)
        let name = try top.string("name", "the case's name")
        let regionField = try top.required("region", "the data bundle's province code, e.g. GX")
        let region = try regionField.string()
        let year = try top["year"]?.integer(in: 1900...2100, what: "a year")
        let written = try top["hours"]?.window()
        let window = override ?? written ?? .fullYear

        let loadField = try top.required("load", "the hourly load, e.g. {profile: load/hourly_load_2018_MW.csv#GX, annual_twh: 200}")
        let loadSpec = try SeriesSpec(loadField, role: .power)
        let (loadYear, loadNote) = try loadSpec.yearSeries(from: cache, role: .power, label: "load")
        let loadMW = Array(loadYear[window.yearOffsets])
        let provinces = try cache.table(loadSpec.file).header.filter { !["hour", "time"].contains($0) }
        guard provinces.contains(region) else {
            throw regionField.error("'\(region)' is not a province code of the data bundle's load file \(loadSpec.file); valid: \(provinces.joined(separator: ", "))")
        }

        var context = ResourceContext(window: window, loadMW: loadMW, cache: cache)
        if let note = loadNote { context.notes.append(note) }
        let resourcesField = try top.required("resources", "the list of resources")
        var resources: [Resource] = []
        let resourceItems = try resourcesField.sequence()
        for item in resourceItems { resources.append(try context.resource(item)) }
        let targets = try (top["targets"]?.sequence() ?? []).map { field throws(ScenarioError) in try TargetSpec.parse(field, resources: resources) }
        var seenTargets = Set<String>()
        for (target, field) in zip(targets, try top["targets"]?.sequence() ?? []) where !seenTargets.insert(target.id).inserted {
            throw field.error("a target with id '\(target.id)' is already defined; ids must be unique")
        }
        let assumptions = try assumptions(top["assumptions"])
        try AssumptionScope.check(assumptions, items: try top["assumptions"]?.sequence() ?? [], resources: resources)
        let investment = try InvestmentSpec.parse(top["investment"], items: resourceItems, resources: resources, assumptions: assumptions,
                                                  caseYear: year, cache: cache)
        return Case(
            name: name, region: region, description: try top.optionalString("description") ?? "", window: window, loadMW: loadMW,
            resources: resources, targets: targets, adequacy: try AdequacySpec.parse(top["adequacy"]), investment: investment,
            valueOfLostLoadEURPerMWh: try top.number("value_of_lost_load_eur_per_mwh", in: 0...1e7, valid: "must be within 0–10,000,000 EUR/MWh", default: 10_000),
            co2PriceEURPerTonne: try top.number("co2_price_eur_per_t", in: 0...1e6, valid: "must be ≥ 0 EUR/t", default: 0),
            targetPenaltyEURPerUnit: try top.number("target_penalty_eur_per_unit", in: 1...1e9, valid: "must be ≥ 1", default: 100_000),
            assumptions: assumptions, dataNotes: context.notes)
    }

    static func assumptions(_ field: YAMLField?) throws(ScenarioError) -> [Assumption] {
        guard let field else { return [] }
        return try field.sequence().map { item throws(ScenarioError) in
            let fields = try Fields(item, allowed: ["key", "value", "reason"])
            return Assumption(key: try fields.string("key", "what the assumption sets"), value: try fields.string("value", "the value"),
                              reason: try fields.string("reason", "why this value"))
        }
    }
}
