import Foundation
import GridModel
import Yams

/// `--set` (and `sweep --vary`) values for a regional case: `REGION.KEY=V` sets KEY of that region's own case file,
/// exactly as a single-case `--set KEY=V` sets it (`GX.battery.power_mw=3000`, `GD.target.ID=0.3`,
/// `GX.plan.dr_share=0.05`); `link.NAME.KEY=V` sets a key of the link NAME (``linkKeys``).
public enum RegionalOverrides {
    /// Keys of a link that an override may set, as the regional file writes them.
    public static let linkKeys = ["capacity_mw", "capacity_forward_mw", "capacity_backward_mw", "loss_per_unit", "wheeling_eur_per_mwh"]
    /// The first part of a link override's key.
    static let linkPrefix = "link"

    /// Why `key` cannot name a value of a regional case whatever the case holds, or nil when it may.
    static func shapeDefect(_ key: String) -> String? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts[0] == linkPrefix {
            guard parts.count == 3, !parts[1].isEmpty else {
                return "write link.NAME.KEY with KEY one of \(linkKeys.joined(separator: ", ")), e.g. link.GX-GD.capacity_mw"
            }
            return nil
        }
        guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            return "a key of a regional case is REGION.KEY (KEY as --set takes it for that region's case file, e.g. GX.battery.power_mw) or link.NAME.KEY"
        }
        if parts.count == 2, parts[1] == "region" {
            return "a region's code cannot be set: it names the region's bus and its links' ends"
        }
        if parts.count == 2, parts[1] == "hours" {
            return "a region's hours cannot be set: every region covers the hours of the regional case (give --hours to change them for all)"
        }
        return nil
    }
}

extension RegionalCaseLoader {
    /// Loads a regional case with `overrides` (``RegionalOverrides``) applied: each `REGION.KEY` to that region's case
    /// file as it is read, each `link.NAME.KEY` to that link's entry of the regional file before it is checked, so
    /// that an overridden value goes through the same checks and errors as a written one. An override naming no
    /// region, link or link key is an error listing the valid ones.
    public static func load(path: String, dataDirectory: String? = nil, window: HourWindow? = nil, overrides: [Override],
                            cache: SeriesCache = SeriesCache()) throws(ScenarioError) -> LoadedRegionalCase {
        var byRegion: [String: [Override]] = [:], byLink: [Override] = []
        for override in overrides {
            if let defect = RegionalOverrides.shapeDefect(override.key) { throw override.error(defect) }
            let first = String(override.key.prefix { $0 != "." })
            if first == RegionalOverrides.linkPrefix {
                byLink.append(override)
            } else {
                byRegion[first, default: []].append(Override(key: String(override.key.dropFirst(first.count + 1)), value: override.value))
            }
        }
        let loaded: LoadedRegionalCase
        do {
            loaded = try load(path: path, dataDirectory: dataDirectory, window: window, cache: cache, regionOverrides: byRegion)
        } catch {
            throw regionScoped(error, byRegion)
        }
        let codes = loaded.value.regions.map(\.region)
        for (code, changes) in byRegion where !codes.contains(code) {
            throw changes[0].error(in: code, "no region '\(code)' in \(path); regions: \(codes.joined(separator: ", ")) (or link.NAME.KEY for a link)")
        }
        guard !byLink.isEmpty else { return loaded }
        var value = loaded.value
        value.links = try overriddenLinks(byLink, of: loaded, regions: codes)
        return LoadedRegionalCase(value: value, dataDirectory: loaded.dataDirectory, file: loaded.file, regions: loaded.regions)
    }

    /// An error of a region's `--set` value with the region's code put back in front of its key.
    private static func regionScoped(_ error: ScenarioError, _ byRegion: [String: [Override]]) -> ScenarioError {
        guard error.file == "--set", let key = error.key,
              let code = byRegion.first(where: { $0.value.contains { $0.key == key } })?.key else { return error }
        var scoped = error
        scoped.key = "\(code).\(key)"
        return scoped
    }

    /// The case's links with `overrides` applied to their entries in the regional file, each entry read again.
    private static func overriddenLinks(_ overrides: [Override], of loaded: LoadedRegionalCase, regions: [String]) throws(ScenarioError) -> [Link] {
        let path = loaded.file, links = loaded.value.links
        let names = links.map(\.name)
        func parts(_ override: Override) -> (name: String, key: String) {
            let parts = override.key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            return (parts[1], parts[2])
        }
        for override in overrides {
            let (name, key) = parts(override)
            guard names.contains(name) else {
                throw override.error("no link named '\(name)' in \(path); links: \(names.isEmpty ? "none" : names.joined(separator: ", "))")
            }
            guard RegionalOverrides.linkKeys.contains(key) else {
                throw override.error("not a key of a link that can be set; valid: \(RegionalOverrides.linkKeys.joined(separator: ", "))")
            }
        }
        let document = try YAMLField.document(YAMLField.text(ofFile: path, what: "regional case file"), file: path)
        var items: [YAMLField] = []
        if let node = document.node.mapping?["links"] { items = try YAMLField(node: node, path: "links", file: path).sequence() }
        let block = document.node.mapping?["investment"].map { YAMLField(node: $0, path: "investment", file: path) }
        var book = try RegionalCaseLoader.costBook(block, regions: loaded.regions, assumptions: loaded.value.assumptions)
        var result = links
        for (index, name) in names.enumerated() where index < items.count {
            let changes = overrides.filter { parts($0).name == name }
            guard !changes.isEmpty, var mapping = items[index].node.mapping else { continue }
            for change in changes { set(parts(change).key, to: Node(change.value), in: &mapping) }
            var changed = try link(YAMLField(node: .mapping(mapping), path: items[index].path, file: path), regions: regions, book: &book)
            changed.profiles = links[index].profiles  // per unit of capacity, read by the loader: no overridable key changes them
            result[index] = changed
        }
        return result
    }

    /// Sets a link's key, keeping its capacity written one way only: `capacity_mw` replaces both directed figures,
    /// and a directed figure replaces `capacity_mw` by the two directed ones (the other keeping its value).
    private static func set(_ key: String, to value: Node, in mapping: inout Node.Mapping) {
        let directed = ["capacity_forward_mw", "capacity_backward_mw"]
        if key == "capacity_mw" {
            for other in directed { mapping[other] = nil }
        } else if directed.contains(key), let both = mapping["capacity_mw"] {
            mapping["capacity_mw"] = nil
            for other in directed { mapping[other] = both }
        }
        mapping[key] = value
    }
}

extension Override {
    /// An override of one key of a region, as its case file's loader reads it.
    init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// An error naming this override's key scoped by the region's code.
    func error(in code: String, _ message: String) -> ScenarioError {
        ScenarioError(file: "--set", key: "\(code).\(key)", message: message)
    }
}
