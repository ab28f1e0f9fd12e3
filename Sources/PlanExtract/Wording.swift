import GridModel

/// The words around a figure that set its qualifier and firmness.
enum Wording {
    /// Words after the figure: 左右 about, 以上 at least, 以下/以内 at most.
    static let suffixes: [(word: String, qualifier: PlanTarget.Qualifier)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("左右", .about), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost),
    ]
    /// Words before the figure, nearest one wins: 不低于/突破/达到/建成 at least, 不超过/控制在 at most.
    static let prefixes: [(word: String, qualifier: PlanTarget.Qualifier)] = [
        ("不低于", .atLeast), ("不少于", .atLeast), ("突破", .atLeast), ("超过", .atLeast), ("高于", .atLeast), ("大于", .atLeast),
        ("达到", .atLeast), ("建成", .atLeast), ("提高到", .atLeast), ("提高至", .atLeast), ("提升到", .atLeast), ("提升至", .atLeast),
        ("增加到", .atLeast), ("增至", .atLeast), ("不超过", .atMost), ("不高于", .atMost), ("低于", .atMost), ("小于", .atMost),
        ("控制在", .atMost), ("降低到", .atMost), ("降至", .atMost),
    ]
    /// A qualifier word immediately before the number (e.g. 达5%).
    static let adjacentPrefixes: [(word: String, qualifier: PlanTarget.Qualifier)] = [("达", .atLeast)]
    /// Text that may sit between the number's unit and its suffix: 「500万千瓦时(含)以上」.
    static let inclusiveMarks = ["(含)", "（含）"]

    /// How the text qualifies a figure, and the span to record as written (the qualifier words and the figure).
    ///
    /// 新增 (new additions) anywhere before the figure in its segment makes it an increment; otherwise a word after
    /// the figure decides, then the nearest word before it; a bare figure is `exactly`.
    static func qualifier(of figure: Figure, in text: [Character], segment: Range<Int>) -> (qualifier: PlanTarget.Qualifier, written: Range<Int>) {
        var suffixEnd = figure.range.upperBound
        var afterQualifier: PlanTarget.Qualifier?
        var position = figure.range.upperBound
        if let mark = inclusiveMarks.first(where: { text.matches(Array($0), at: position, before: segment.upperBound) }) { position += mark.count }
        if let suffix = suffixes.first(where: { text.matches(Array($0.word), at: position, before: segment.upperBound) }) {
            afterQualifier = suffix.qualifier
            suffixEnd = position + suffix.word.count
        }
        let before = segment.lowerBound..<figure.range.lowerBound
        var nearest: (start: Int, end: Int, qualifier: PlanTarget.Qualifier)?
        for prefix in prefixes {
            guard let start = text.lastIndex(of: prefix.word, in: before) else { continue }
            let end = start + prefix.word.count
            if nearest == nil || end > nearest!.end || (end == nearest!.end && start < nearest!.start) {
                nearest = (start, end, prefix.qualifier)
            }
        }
        for prefix in adjacentPrefixes where nearest == nil || nearest!.end < figure.range.lowerBound {
            let start = figure.range.lowerBound - prefix.word.count
            if start >= segment.lowerBound, text.matches(Array(prefix.word), at: start, before: figure.range.lowerBound) {
                nearest = (start, figure.range.lowerBound, prefix.qualifier)
            }
        }
        let writtenStart = nearest.map { $0.end + 2 >= figure.range.lowerBound ? $0.start : figure.range.lowerBound } ?? figure.range.lowerBound
        let written = writtenStart..<suffixEnd
        if text.contains("新增", in: before) { return (.increment, written) }
        if let afterQualifier { return (afterQualifier, written) }
        if let nearest { return (nearest.qualifier, written) }
        return (.exactly, written)
    }

    /// Whether 力争 ("strive to") comes before the figure in its clause.
    static func isAspirational(_ figure: Figure, in text: [Character], clause: Range<Int>) -> Bool {
        text.contains("力争", in: clause.lowerBound..<figure.range.lowerBound)
    }
}
