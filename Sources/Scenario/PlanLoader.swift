import Foundation
import GridModel

/// Reads a plan file (`Models/<region>/plan.yaml`) with located errors.
public enum PlanLoader {
    static let topKeys = ["region", "province", "scope", "document", "source_file", "status", "targets"]
    static let targetKeys = [
        "id", "ref", "year", "kind", "resources", "value", "unit", "as_written", "qualifier", "firmness", "scope", "quote", "note", "context_reason",
    ]
    /// Resource groups a capacity target may name.
    public static let groups = ResourceGroup.names

    /// Largest value of a plan target (MW, t or a share).
    static let maximumValue = 1e12
    /// Kinds whose value is a share within 0–1.
    static let shareKinds: [PlanTarget.Kind] = [.drShareOfPeak, .renewableUtilisation, .nonHydroRenewableShare, .importRenewableShare]

    /// Loads and checks a plan.
    public static func load(path: String) throws(ScenarioError) -> Plan {
        let text = try YAMLField.text(ofFile: path, what: "plan file")
        return try parse(YAMLField.document(text, file: path))
    }

    static func parse(_ document: YAMLField) throws(ScenarioError) -> Plan {
        let top = try Fields(document, allowed: topKeys)
        var targets: [PlanTarget] = []
        for item in try top.required("targets", "the list of targets").sequence() {
            let target = try parseTarget(item)
            if targets.contains(where: { $0.id == target.id }) { throw item.error("a target with id '\(target.id)' is already defined") }
            targets.append(target)
        }
        return Plan(region: try top.string("region", "the region's folder name"), province: try top.string("province", "data bundle code"),
                    scope: try top.string("scope", "province or city"), document: try top.string("document", "title"),
                    sourceFile: try top.string("source_file", "the seed file name"), status: try top.string("status", "final or draft"),
                    targets: targets)
    }

    static func parseTarget(_ item: YAMLField) throws(ScenarioError) -> PlanTarget {
        let fields = try Fields(item, allowed: targetKeys)
        let kindField = try fields.required("kind", "what the target constrains")
        guard let kind = PlanTarget.Kind(rawValue: try kindField.string()) else {
            throw kindField.error("unknown kind; valid: \(PlanTarget.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let qualifierField = try fields.required("qualifier", "about, at_least, at_most, exactly or increment")
        guard let qualifier = PlanTarget.Qualifier(rawValue: try qualifierField.string()) else {
            throw qualifierField.error("unknown qualifier; valid: \(PlanTarget.Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let firmnessField = try fields.required("firmness", "binding or aspirational")
        let firmness = try firmnessField.string()
        guard ["binding", "aspirational"].contains(firmness) else { throw firmnessField.error("'\(firmness)' is not binding or aspirational") }
        let resources = try (fields["resources"]?.sequence() ?? []).map { field throws(ScenarioError) -> String in
            let group = try field.string()
            guard groups.contains(group) else { throw field.error("unknown resource group '\(group)'; valid: \(groups.joined(separator: ", "))") }
            return group
        }
        let value = try fields.optionalNumber("value", in: 0...maximumValue, valid: "must be ≥ 0")
        if kind == .capacity, resources.isEmpty { throw item.error("a capacity target needs 'resources' (a resource group)") }
        if kind == .context, !fields.has("context_reason") { throw item.error("a context target needs 'context_reason'") }
        if kind != .context, kind != .coalCap, value == nil { throw item.error("missing 'value' (only context targets may omit it)") }
        if shareKinds.contains(kind), let value, value > 1 {
            throw fields["value"]!.error("\(value) is a share and must be within 0–1 (0.05 for 5%)")
        }
        return PlanTarget(
            id: try fields.string("id", "unique id"), ref: try fields.optionalString("ref"), year: try fields.required("year", "the target year").integer(in: PlanSettings.years, what: "a year"),
            kind: kind, resources: resources, value: value, unit: try fields.optionalString("unit"), asWritten: try fields.optionalString("as_written"),
            qualifier: qualifier, aspirational: firmness == "aspirational", scope: try fields.optionalString("scope"),
            quote: try fields.string("quote", "the exact sentence from the source document"), note: try fields.optionalString("note"),
            contextReason: try fields.optionalString("context_reason"))
    }
}
