/// Target years stated in the text: 「到2025年」, 「2030年前」, and the five-year-plan periods 「十四五」 (ends 2025) and
/// 「十五五」 (ends 2030). Base years of a comparison (「比2020年下降」, 「较2020年」, 「以2020年为基准」) are not targets.
enum TargetYears {
    /// Five-year-plan periods and the year each ends.
    static let periods: [(name: String, year: Int)] = [("十四五", 2025), ("十五五", 2030), ("十六五", 2035)]
    /// Words right before a year that make it a base year.
    static let baseMarks: Set<Character> = ["比", "较"]

    /// Each target year in `range` with the position and length of its spelling.
    static func markers(in text: [Character], range: Range<Int>) -> [(position: Int, length: Int, year: Int)] {
        var markers: [(position: Int, length: Int, year: Int)] = []
        var index = range.lowerBound
        while index + 5 <= range.upperBound {
            if text[index] == "2", text[index + 1] == "0", text[index + 2].isASCIIDigit, text[index + 3].isASCIIDigit, text[index + 4] == "年",
               index == range.lowerBound || !text[index - 1].isASCIIDigit,
               let year = Int(String(text[index..<index + 4])), !isBaseYear(at: index, in: text, range: range) {
                markers.append((index, 5, year))
                index += 5
                continue
            }
            if let period = periods.first(where: { text.matches(Array($0.name), at: index, before: range.upperBound) }) {
                markers.append((index, period.name.count, period.year))
                index += period.name.count
                continue
            }
            index += 1
        }
        return markers
    }

    static func isBaseYear(at index: Int, in text: [Character], range: Range<Int>) -> Bool {
        if index > range.lowerBound, baseMarks.contains(text[index - 1]) { return true }
        if index >= range.lowerBound + 2, String(text[index - 2..<index]) == "相比" { return true }
        let after = index + 5
        return text.matches(Array("为基"), at: after, before: range.upperBound) || text.matches(Array("基础"), at: after, before: range.upperBound)
    }

    /// The plan's first milestone: the earliest year written 「到20XX年」 in the document, or 2025 when there is none.
    static func firstMilestone(in text: [Character]) -> Int {
        markers(in: text, range: 0..<text.count).filter { $0.position > 0 && text[$0.position - 1] == "到" }.map(\.year).min() ?? 2025
    }
}
