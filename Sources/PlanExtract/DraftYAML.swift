import GridModel

/// Writes a draft in the plan file format (`Models/<region>/plan.yaml`), loadable by the plan loader; unclassified
/// figures are listed in comments at the end for the reviewer.
public enum DraftYAML {
    /// The draft plan file's text.
    public static func render(_ draft: PlanDraft) -> String {
        var lines = [
            "# DRAFT plan file from `gridflex plan extract \(draft.sourceFile)`: review every target against its quote before use.",
            "# Kinds, resource groups and years with a confidence below high are readings of the text, not what it states;",
            "# figures stated twice are merged (see 'Also stated'), conflicting figures are marked CONFLICT.",
            "region: \(quoted(draft.region))",
            "province: \(quoted(draft.province))" + (draft.province.isEmpty ? "  # set the data bundle's province code" : ""),
            "scope: \(draft.scope)",
            "document: \(quoted(draft.document))",
            "source_file: \(quoted(draft.sourceFile))",
            "status: \(draft.status)",
            draft.targets.isEmpty ? "targets: []" : "targets:",
        ]
        for entry in draft.targets {
            let target = entry.target
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
            lines.append("    note: \(quoted(note(entry)))")
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

    /// What the reviewer should know about a target: confidence and why, year source, repeats and conflicts.
    static func note(_ entry: DraftTarget) -> String {
        var parts = ["Confidence: \(entry.confidence.rawValue)" + (entry.reasons.isEmpty ? "." : " (\(entry.reasons.joined(separator: "; "))).")]
        if let note = entry.target.note { parts.append(note) }
        if !entry.alsoStated.isEmpty { parts.append("Also stated: \(entry.alsoStated.joined(separator: "; ")).") }
        parts += entry.conflicts.map { "CONFLICT: \($0)." }
        return parts.joined(separator: " ")
    }

    /// A YAML double-quoted scalar (the JSON escapes, which YAML accepts).
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if character.value < 0x20 {
                    let hex = String(character.value, radix: 16, uppercase: true)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { escaped.unicodeScalars.append(character) }
            }
        }
        return "\"\(escaped)\""
    }

    /// Shortest decimal text of a value (8400, 0.05).
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
