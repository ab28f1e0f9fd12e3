/// A sentence of a plan document: the characters between two sentence ends (。！？ or a line break), cut into
/// clauses at commas, colons and semicolons (a Chinese semicolon joins clauses of one sentence). Ranges are positions in `SimplifiedText.original`.
struct Sentence: Sendable {
    /// The whole sentence, without its closing mark.
    let range: Range<Int>
    /// Its clauses, in order, without the separating marks.
    let clauses: [Range<Int>]

    static let sentenceEnds: Set<Character> = ["。", "!", "?", "！", "？"]
    static let clauseEnds: Set<Character> = [",", ":", ";", "，", "：", "；"]

    /// Every sentence of `text` that has at least one character.
    static func split(_ text: SimplifiedText) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var clauses: [Range<Int>] = []
        var clauseStart = 0
        func closeClause(at end: Int) {
            if end > clauseStart { clauses.append(clauseStart..<end) }
        }
        for (index, character) in text.simplified.enumerated() {
            if sentenceEnds.contains(character) || character.isNewline {
                closeClause(at: index)
                if index > start { sentences.append(Sentence(range: start..<index, clauses: clauses)) }
                clauses = []
                start = index + 1
                clauseStart = index + 1
            } else if clauseEnds.contains(character) {
                closeClause(at: index)
                clauseStart = index + 1
            }
        }
        closeClause(at: text.simplified.count)
        if text.simplified.count > start { sentences.append(Sentence(range: start..<text.simplified.count, clauses: clauses)) }
        return sentences
    }

    /// The clause holding position `index`.
    func clause(containing index: Int) -> Range<Int>? { clauses.first { $0.contains(index) } }
}
