import Foundation
import GridModel

/// Writes a draft in the plan file format (`Models/<region>/plan.yaml`), loadable by the plan loader; unclassified
/// figures are listed in comments at the end for the reviewer.
public enum DraftYAML {
    /// The draft plan file's text.
    public static func render(_ draft: PlanDraft) -> String {
        let plan = draft.plan
        var lines = [
            "# DRAFT plan file from `gridflex plan extract \(plan.sourceFile)`: review every target against its quote before use.",
            "# Kinds, resource groups and years with a confidence below high are readings of the text, not what it states;",
            "# figures stated twice are merged (see 'Also stated'), conflicting figures are marked CONFLICT.",
            "region: \(quoted(plan.region))",
            "province: \(quoted(plan.province))" + (plan.province.isEmpty ? "  # set the data bundle's province code" : ""),
            "scope: \(plan.scope)",
            "document: \(quoted(plan.document))",
            "source_file: \(quoted(plan.sourceFile))",
            "status: \(plan.status)",
            plan.targets.isEmpty ? "targets: []" : "targets:",
        ]
        for target in plan.targets {
            lines.append("  - id: \(target.id)")
            lines.append("    year: \(target.year)")
            lines.append("    kind: \(target.kind.rawValue)")
            if !target.resources.isEmpty { lines.append("    resources: [\(target.resources.joined(separator: ", "))]") }
            if let value = target.value { lines.append("    value: \(number(value))") }
            if let unit = target.unit { lines.append("    unit: \(unit)") }
            if let written = target.asWritten { lines.append("    as_written: \(quoted(written))") }
            lines.append("    qualifier: \(target.qualifier.rawValue)")
            lines.append("    firmness: \(target.aspirational ? "aspirational" : "binding")")
            lines.append("    quote: \(quoted(target.quote))")
            if let note = target.note { lines.append("    note: \(quoted(note))") }
            if let reason = target.contextReason { lines.append("    context_reason: \(quoted(reason))") }
            lines.append("")
        }
        if !draft.unclassified.isEmpty {
            lines.append("# Unclassified: numbers with a power-system unit that no rule classifies. Give each a kind and move it into")
            lines.append("# targets, or leave it out.")
            for figure in draft.unclassified {
                lines.append("#   \(figure.id) (\(figure.year)): \(number(figure.value)) \(figure.unit), as written 「\(figure.asWritten)」: 「\(figure.quote)」")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: the JSON string literal, which YAML reads the same.
    static func quoted(_ text: String) -> String {
        JSONOutput.quoted(text)
    }

    /// Shortest decimal text of a value (8400, 0.05).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
