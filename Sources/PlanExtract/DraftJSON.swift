/// The `--json` form of a draft: `{"targets": [...]}` with capacities in MW and shares as fractions; unclassified
/// figures are listed with kind `unclassified`.
public struct DraftJSON: Encodable, Sendable {
    /// One row.
    public struct Entry: Encodable, Sendable {
        /// Target id.
        public let id: String
        /// Target year.
        public let year: Int
        /// Plan kind, or `unclassified`.
        public let kind: String
        /// Resource group(s).
        public let resources: [String]
        /// Converted value in `unit`.
        public let value: Double?
        /// MW, MWh, fraction or gce_per_kWh.
        public let unit: String?
        /// about, at_least, at_most, exactly or increment.
        public let qualifier: String
        /// binding or aspirational (力争).
        public let firmness: String
        /// The figure as written.
        public let asWritten: String?
        /// The verbatim clause.
        public let quote: String
        /// high, medium or low.
        public let confidence: String
        /// Why the confidence is not high.
        public let reasons: [String]
        /// Other statements of the same figure.
        public let alsoStated: [String]
        /// Conflicting figures.
        public let conflicts: [String]

        enum CodingKeys: String, CodingKey {
            case id, year, kind, resources, value, unit, qualifier, firmness, quote, confidence, reasons, conflicts
            case asWritten = "as_written", alsoStated = "also_stated"
        }
    }

    /// Every target then every unclassified figure, each in document order.
    public let targets: [Entry]

    /// The JSON rows of a draft.
    public init(_ draft: PlanDraft) {
        let classified = draft.plan.targets.map { target in
            let review = draft.review(of: target)
            return Entry(id: target.id, year: target.year, kind: target.kind.rawValue, resources: target.resources, value: target.value, unit: target.unit,
                         qualifier: target.qualifier.rawValue, firmness: target.aspirational ? "aspirational" : "binding", asWritten: target.asWritten,
                         quote: target.quote, confidence: review.confidence.rawValue, reasons: review.reasons, alsoStated: review.alsoStated,
                         conflicts: review.conflicts)
        }
        let unclassified = draft.unclassified.map { figure in
            Entry(id: figure.id, year: figure.year, kind: "unclassified", resources: [], value: figure.value, unit: figure.unit,
                  qualifier: figure.qualifier.rawValue, firmness: figure.aspirational ? "aspirational" : "binding", asWritten: figure.asWritten,
                  quote: figure.quote, confidence: Confidence.low.rawValue, reasons: ["no rule classifies this figure"], alsoStated: [], conflicts: [])
        }
        targets = classified + unclassified
    }
}
