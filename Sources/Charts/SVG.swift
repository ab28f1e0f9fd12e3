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
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
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
/// laid out without a browser: Latin characters about 0.56 em (a little over the average of common sans-serif
/// fonts, so that estimates err on the side of room), CJK characters a full em.
enum TextMetrics {
    static func width(of text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + fontSize * (scalar.value >= 0x2E80 ? 1.0 : 0.56)
        }
    }
}
