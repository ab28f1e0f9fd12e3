/// Small helpers that write SVG text: escaped strings, compact numbers, elements.
enum SVG {
    /// A coordinate with at most two decimals and no trailing zeros (`12`, `12.5`, `12.25`): exact enough for
    /// a screen or a printer, and short enough that a year of data stays small.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Text made safe for element content and attribute values.
    static func escape(_ text: String) -> String {
        MarkupText.escape(text)
    }

    /// `<name a="v" …/>`, or `<name …>content</name>` when `content` is given (content must already be markup).
    static func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) -> String {
        let attributeText = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        guard let content else { return "<\(name)\(attributeText)/>" }
        return "<\(name)\(attributeText)>\(content)</\(name)>"
    }

    /// A `points` attribute value: `x,y x,y …`.
    static func points(_ points: [(Double, Double)]) -> String {
        points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
    }
}

/// Rough rendered width of text in the page's sans-serif font, in SVG units, so that labels and legends can be
/// laid out without a browser. Widths in em, a little over those of common sans-serif fonts (Arial, Noto
/// Sans, Roboto) so that estimates err on the side of room; CJK characters are a full em.
enum TextMetrics {
    static let narrow: Set<Character> = ["i", "j", "l", "I", ".", ",", ":", ";", "'", "|", "!", " ", "f", "t", "r", "(", ")", "[", "]", "/"]
    static let wide: Set<Character> = ["m", "w", "M", "W", "%", "—", "–"]

    static func width(of text: String, fontSize: Double) -> Double {
        text.reduce(0) { total, character in
            let em: Double
            if character.unicodeScalars.first.map({ $0.value >= 0x2E80 }) ?? false { em = 1.0 }
            else if narrow.contains(character) { em = 0.3 }
            else if wide.contains(character) { em = 0.86 }
            else if character.isUppercase { em = 0.68 }
            else { em = 0.56 }
            return total + fontSize * em
        }
    }
}
