import GridModel

/// How sure the extractor is of a target's kind, group and year.
public enum Confidence: String, Sendable, Comparable, CaseIterable {
    /// Every field is read from the text as written.
    case high
    /// One field is a reading of the text (e.g. 新能源 as wind + solar, a subject carried from an earlier clause).
    case medium
    /// The year is not in the sentence, or the text was hard to read.
    case low

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// `high` < `medium` < `low`: the larger is the less sure.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}

/// What a reviewer needs to check one extracted target.
public struct TargetReview: Sendable, Equatable {
    /// Short name of what it is about (`pumped_hydro`, `dr`, …), used in the id.
    public var topic: String
    /// How sure the extraction is.
    public var confidence: Confidence
    /// Why the confidence is not high: what was read rather than stated.
    public var reasons: [String]
    /// Other places that state the same figure (quotes, in document order).
    public var alsoStated: [String]
    /// Figures this one conflicts with, each in words.
    public var conflicts: [String]
}

/// An extracted target with its review, while the draft is assembled.
struct DraftTarget: Sendable {
    var target: PlanTarget
    var review: TargetReview
}

/// A number with a power-system unit that no rule classifies; listed with its quote for a person to decide.
public struct UnclassifiedFigure: Sendable {
    /// `unclassified_1`, `unclassified_2`, … in document order.
    public var id: String
    /// Year from the text, or the plan's first milestone.
    public var year: Int
    /// Converted value in `unit`.
    public var value: Double
    /// MW, MWh, fraction or gce_per_kWh.
    public var unit: String
    /// The figure as written.
    public var asWritten: String
    /// Qualifier read from the words around the figure.
    public var qualifier: PlanTarget.Qualifier
    /// Whether 力争 (strive to) precedes it.
    public var aspirational: Bool
    /// The clause, verbatim.
    public var quote: String
}

/// The draft plan file extracted from a plan document, for a person to review.
public struct PlanDraft: Sendable {
    /// The plan: header read from the document's opening (title, scope, status 'draft' for a 征求意见稿) and the
    /// classified targets in document order, each note saying its confidence, repeats and conflicts.
    public var plan: Plan
    /// The review of each target, by id.
    public var reviews: [String: TargetReview]
    /// Figures no rule classifies, in document order.
    public var unclassified: [UnclassifiedFigure]

    /// The review of `target` (every target of `plan` has one).
    public func review(of target: PlanTarget) -> TargetReview { reviews[target.id]! }
}
