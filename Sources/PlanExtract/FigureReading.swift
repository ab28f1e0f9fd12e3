import GridModel

/// One figure read in its sentence: value, year, qualifier, firmness, topic and quote, before duplicates are merged.
struct FigureReading: Sendable {
    let figure: Figure
    let topic: Topic?
    let year: Int
    let qualifier: PlanTarget.Qualifier
    let aspirational: Bool
    let quote: Range<Int>
    let written: Range<Int>
    let confidence: Confidence
    let reasons: [String]
    let notes: [String]

    /// Reads every figure of a sentence; shares that do not concern the power system (forest cover, recycling) are dropped.
    static func read(_ sentence: Sentence, in text: SimplifiedText, firstMilestone: Int) -> [FigureReading] {
        let characters = text.simplified
        let figures = Figure.scan(characters, in: sentence.range)
        let years = TargetYears.markers(in: characters, range: sentence.range)
        var readings: [FigureReading] = []
        for (index, figure) in figures.enumerated() {
            let clause = sentence.clause(containing: figure.range.lowerBound) ?? sentence.range
            let previousEnd = index > 0 && clause.contains(figures[index - 1].range.lowerBound) ? figures[index - 1].range.upperBound : clause.lowerBound
            let nextStart = index + 1 < figures.count && clause.contains(figures[index + 1].range.lowerBound)
                ? figures[index + 1].range.lowerBound : clause.upperBound
            let before = previousEnd..<figure.range.lowerBound
            let segment = previousEnd..<nextStart
            var reasons: [(Confidence, String)] = []
            var notes: [String] = []

            var topic = figure.isSizeClass ? TopicRules.sizeClass : nil
            if topic == nil {
                let rules = TopicRules.rules(for: figure.unit)
                topic = (rules.first { $0.matches(characters, in: before) } ?? rules.first { $0.matches(characters, in: segment) })?.topic
            }
            if topic?.name == "wind", !characters.contains("海上", in: 0..<characters.count) { topic = TopicRules.onshoreWind }
            if topic == nil, isSubjectless(before, in: characters),
               let carried = readings.last(where: { $0.figure.unit == figure.unit && $0.topic != nil }) {
                topic = carried.topic
                reasons.append((.medium, "subject carried from the earlier clause 「\(text.quote(carried.quote))」"))
            }
            if topic == nil, figure.unit == .fraction, !TopicRules.concernsPower(characters, in: segment) { continue }
            if let guess = topic?.guess { reasons.append((.medium, guess)) }

            let dating = Dating(of: figure, among: figures, in: sentence, clause: clause, years: years, firstMilestone: firstMilestone)
            notes += dating.note.map { [$0] } ?? []
            if let guess = dating.guess { reasons.append((.low, guess)) }
            var (qualifier, written) = Wording.qualifier(of: figure, in: characters, segment: segment)
            if figure.isSizeClass, qualifier == .exactly { qualifier = .atLeast }
            let confidence = topic == nil ? .low : reasons.map(\.0).max() ?? .high
            readings.append(FigureReading(
                figure: figure, topic: topic, year: dating.year, qualifier: qualifier,
                aspirational: Wording.isAspirational(figure, in: characters, clause: clause),
                quote: dating.quoteStart..<clause.upperBound, written: written, confidence: confidence,
                reasons: reasons.map(\.1), notes: notes))
        }
        return readings
    }

    /// Whether the text before a figure names nothing: only years, qualifier words and 力争 remain.
    static func isSubjectless(_ range: Range<Int>, in text: [Character]) -> Bool {
        var named = Set(range)
        for marker in TargetYears.markers(in: text, range: range) {
            named.subtract(marker.position..<min(marker.position + marker.length, range.upperBound))
        }
        for word in TopicRules.subjectlessWords.map(Array.init) {
            for start in range where text.matches(word, at: start, before: range.upperBound) { named.subtract(start..<start + word.count) }
        }
        return named.isEmpty
    }
}

/// The year of a figure: the last target year written before it in its sentence (its own clause, or an earlier
/// clause), else one written later in its clause, else the plan's first milestone.
struct Dating {
    private(set) var year: Int
    /// Where the quote starts: the clause of 「到20XX年」 when no other figure lies between it and this one, so the
    /// quote shows the year; otherwise the figure's clause.
    private(set) var quoteStart: Int
    /// Where the year came from, when the quote does not show it.
    private(set) var note: String?
    /// Why the year is a guess, when it is one.
    private(set) var guess: String?

    init(of figure: Figure, among figures: [Figure], in sentence: Sentence, clause: Range<Int>,
         years: [(position: Int, length: Int, year: Int)], firstMilestone: Int) {
        quoteStart = clause.lowerBound
        note = nil
        guess = nil
        if let marker = years.last(where: { $0.position < figure.range.lowerBound }) {
            year = marker.year
            guard !clause.contains(marker.position) else { return }
            if figures.contains(where: { $0.range.lowerBound > marker.position && $0.range.lowerBound < figure.range.lowerBound }) {
                note = "Year \(marker.year) from an earlier clause of the same sentence."
            } else {
                quoteStart = sentence.clause(containing: marker.position)?.lowerBound ?? clause.lowerBound
            }
        } else if let marker = years.first(where: { clause.contains($0.position) }) {
            year = marker.year
        } else {
            year = firstMilestone
            guess = "no year in its sentence: recorded as \(firstMilestone), the plan's first milestone"
        }
    }
}
