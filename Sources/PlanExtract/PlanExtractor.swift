import GridModel

/// Reads a plan document and drafts its plan file: every power-system figure with its verbatim quote, year,
/// converted value, qualifier, firmness, kind, resource group and confidence; the same figure stated twice is
/// merged and conflicting figures are flagged. Same text in, same draft out.
public enum PlanExtractor {
    /// Drafts the plan of `text`. `region` and `province` go into the file's header; `province` (lower case) also
    /// prefixes every id when given.
    public static func extract(_ text: String, sourceFile: String, region: String, province: String = "") -> PlanDraft {
        let document = SimplifiedText(text)
        let firstMilestone = TargetYears.firstMilestone(in: document.simplified)
        let readings = Sentence.split(document).flatMap { FigureReading.read($0, in: document, firstMilestone: firstMilestone) }
        let prefix = province.isEmpty ? "" : province.lowercased() + "_"
        var ids = IdentifierSet()
        var targets: [DraftTarget] = []
        var keys: [String] = []
        var unclassified: [UnclassifiedFigure] = []
        for reading in readings {
            guard let topic = reading.topic else {
                unclassified.append(UnclassifiedFigure(
                    id: "unclassified_\(unclassified.count + 1)", year: reading.year, value: reading.figure.value.value,
                    unit: reading.figure.unit.rawValue, asWritten: document.quote(reading.written), qualifier: reading.qualifier,
                    aspirational: reading.aspirational, quote: document.quote(reading.quote)))
                continue
            }
            let key = "\(topic.kind.rawValue)|\(topic.name)|\(reading.year)|\(reading.figure.value)|\(reading.qualifier == .increment)"
            if let index = keys.firstIndex(of: key) {
                targets[index].review.alsoStated.append(restatement(reading, of: targets[index].target, in: document))
                continue
            }
            keys.append(key)
            let increment = reading.qualifier == .increment ? "_new" : ""
            let id = ids.unique("\(prefix)\(topic.name)\(increment)_\(reading.year)")
            let target = PlanTarget(
                id: id, year: reading.year, kind: topic.kind, resources: topic.resources, value: reading.figure.value.value,
                unit: reading.figure.unit.rawValue, asWritten: document.quote(reading.written), qualifier: reading.qualifier,
                aspirational: reading.aspirational, quote: document.quote(reading.quote),
                note: reading.notes.isEmpty ? nil : reading.notes.joined(separator: " "), contextReason: topic.contextReason)
            let review = TargetReview(topic: topic.name, confidence: reading.confidence, reasons: reading.reasons, alsoStated: [], conflicts: [])
            targets.append(DraftTarget(target: target, review: review))
        }
        Conflicts.flag(&targets)
        for index in targets.indices { targets[index].target.note = note(targets[index]) }
        let plan = Plan(region: region, province: province, scope: DocumentTitle.scope(of: document), document: DocumentTitle.title(of: document),
                        sourceFile: sourceFile, status: DocumentTitle.isDraftForComment(document) ? "draft" : "final", targets: targets.map(\.target))
        return PlanDraft(plan: plan, reviews: Dictionary(uniqueKeysWithValues: targets.map { ($0.target.id, $0.review) }), unclassified: unclassified)
    }

    /// The note a reviewer reads: confidence and why, where the year came from, repeats and conflicts.
    static func note(_ entry: DraftTarget) -> String {
        let review = entry.review
        var parts = ["Confidence: \(review.confidence.rawValue)" + (review.reasons.isEmpty ? "." : " (\(review.reasons.joined(separator: "; "))).")]
        if let note = entry.target.note { parts.append(note) }
        if !review.alsoStated.isEmpty { parts.append("Also stated: \(review.alsoStated.joined(separator: "; ")).") }
        parts += review.conflicts.map { "CONFLICT: \($0)." }
        return parts.joined(separator: " ")
    }

    /// A later statement of a figure already read: its quote, and what differs in its wording.
    static func restatement(_ reading: FigureReading, of target: PlanTarget, in document: SimplifiedText) -> String {
        var differences: [String] = []
        if reading.qualifier != target.qualifier { differences.append("qualifier \(reading.qualifier.rawValue)") }
        if reading.aspirational != target.aspirational { differences.append(reading.aspirational ? "aspirational" : "binding") }
        let quote = "「\(document.quote(reading.quote))」"
        return differences.isEmpty ? quote : "\(quote) (there \(differences.joined(separator: ", ")))"
    }
}

/// Ids made unique by a numeric suffix (`gx_wind_2030`, `gx_wind_2030_2`).
struct IdentifierSet {
    private var used: Set<String> = []

    mutating func unique(_ base: String) -> String {
        var id = base
        var counter = 2
        while used.contains(id) {
            id = "\(base)_\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }
}
