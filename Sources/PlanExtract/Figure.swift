/// What a figure measures, after conversion.
enum FigureUnit: String, Sendable, CaseIterable {
    /// Power, MW (from 千瓦, 万千瓦, 亿千瓦, 兆瓦, 吉瓦, kW, MW, GW).
    case megawatt = "MW"
    /// Energy, MWh (from 千瓦时, 万千瓦时, 亿千瓦时, 亿度, kWh, MWh, GWh, TWh).
    case megawattHour = "MWh"
    /// A share, per unit (from %: 5% is 0.05).
    case fraction
    /// A coal rate, grams of standard coal per kWh (克/千瓦时).
    case gramsPerKilowattHour = "gce_per_kWh"
}

/// A number with a unit found in the text, e.g. 「840萬千瓦」.
struct Figure: Sendable {
    /// Number and unit in the document.
    let range: Range<Int>
    /// Converted value in `unit`.
    let value: DecimalText
    /// Unit after conversion.
    let unit: FigureUnit
    /// A size class such as 百万千瓦级 ("million-kW class"): the size of each project, not a total.
    let isSizeClass: Bool

    /// A unit as written (simplified), the unit it converts to and the decimal shift (万千瓦 → MW is 1).
    struct UnitSpelling: Sendable {
        let spelling: [Character]
        let unit: FigureUnit
        let shift: Int

        init(_ spelling: String, _ unit: FigureUnit, _ shift: Int) {
            self.spelling = Array(spelling)
            self.unit = unit
            self.shift = shift
        }
    }

    /// Every unit, longest spellings first so 万千瓦时 is not read as 万千瓦.
    static let units: [UnitSpelling] = [
        UnitSpelling("克/千瓦时", .gramsPerKilowattHour, 0), UnitSpelling("亿千瓦时", .megawattHour, 5), UnitSpelling("万千瓦时", .megawattHour, 1),
        UnitSpelling("千瓦时", .megawattHour, -3), UnitSpelling("亿度", .megawattHour, 5), UnitSpelling("TWh", .megawattHour, 6),
        UnitSpelling("GWh", .megawattHour, 3), UnitSpelling("MWh", .megawattHour, 0), UnitSpelling("kWh", .megawattHour, -3),
        UnitSpelling("亿千瓦", .megawatt, 5), UnitSpelling("万千瓦", .megawatt, 1), UnitSpelling("千瓦", .megawatt, -3),
        UnitSpelling("兆瓦", .megawatt, 0), UnitSpelling("吉瓦", .megawatt, 3), UnitSpelling("GW", .megawatt, 3),
        UnitSpelling("MW", .megawatt, 0), UnitSpelling("kW", .megawatt, -3), UnitSpelling("%", .fraction, -2),
    ]

    /// Size classes written in words: 百万千瓦级 (1,000 MW) and 千万千瓦级 (10,000 MW).
    static let sizeClasses: [(spelling: [Character], megawatts: String)] = [(Array("千万千瓦级"), "10000"), (Array("百万千瓦级"), "1000")]

    /// Commitments written without a number: 全额消纳 (absorb in full) is a share of 1.
    static let wordFigures: [(spelling: [Character], unit: FigureUnit, value: String)] = [(Array("全额消纳"), .fraction, "1")]

    /// Every figure in `range` of the simplified text, in order.
    static func scan(_ text: [Character], in range: Range<Int>) -> [Figure] {
        var figures: [Figure] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let sizeClass = sizeClasses.first(where: { text.matches($0.spelling, at: index, before: range.upperBound) }),
               index == range.lowerBound || !text[index - 1].isASCIIDigit {
                let end = index + sizeClass.spelling.count
                figures.append(Figure(range: index..<end, value: DecimalText(sizeClass.megawatts)!, unit: .megawatt, isSizeClass: true))
                index = end
                continue
            }
            if let word = wordFigures.first(where: { text.matches($0.spelling, at: index, before: range.upperBound) }) {
                let end = index + word.spelling.count
                figures.append(Figure(range: index..<end, value: DecimalText(word.value)!, unit: word.unit, isSizeClass: false))
                index = end
                continue
            }
            guard text[index].isASCIIDigit, index == range.lowerBound || !(text[index - 1].isASCIIDigit || text[index - 1] == ".") else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, text[end].isASCIIDigit || (text[end] == "." && end + 1 < range.upperBound && text[end + 1].isASCIIDigit) {
                end += 1
            }
            let number = String(text[index..<end])
            var unitStart = end
            if unitStart < range.upperBound, text[unitStart] == " " { unitStart += 1 }
            if let unit = units.first(where: { text.matches($0.spelling, at: unitStart, before: range.upperBound) }), let value = DecimalText(number) {
                let unitEnd = unitStart + unit.spelling.count
                let isSizeClass = unit.unit == .megawatt && unitEnd < range.upperBound && text[unitEnd] == "级"
                figures.append(Figure(range: index..<unitEnd, value: value.shifted(by: unit.shift), unit: unit.unit, isSizeClass: isSizeClass))
                index = unitEnd
            } else {
                index = end
            }
        }
        return figures
    }
}

extension Character {
    /// 0–9 (full-width digits are already mapped to these in `SimplifiedText.simplified`).
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Array where Element == Character {
    /// Whether `word` starts at `index` and ends by `limit`.
    func matches(_ word: [Character], at index: Int, before limit: Int) -> Bool {
        index + word.count <= Swift.min(limit, count) && self[index..<index + word.count].elementsEqual(word)
    }

    /// Whether `word` occurs anywhere in `range`.
    func contains(_ word: String, in range: Range<Int>) -> Bool { firstIndex(of: word, in: range) != nil }

    /// First position of `word` in `range`.
    func firstIndex(of word: String, in range: Range<Int>) -> Int? {
        let characters = Array(word)
        guard range.count >= characters.count else { return nil }
        return (range.lowerBound...(range.upperBound - characters.count)).first { matches(characters, at: $0, before: range.upperBound) }
    }

    /// Last position of `word` in `range`.
    func lastIndex(of word: String, in range: Range<Int>) -> Int? {
        let characters = Array(word)
        guard range.count >= characters.count else { return nil }
        return (range.lowerBound...(range.upperBound - characters.count)).reversed().first { matches(characters, at: $0, before: range.upperBound) }
    }
}
