import Foundation

/// Reads numbers back out of generated SVG text, so that tests can check geometry the way a browser would draw it.
enum SVGInspection {
    /// Every opening tag `<name …>` in `svg`, as its attribute dictionary.
    static func elements(_ name: String, in svg: String) -> [[String: String]] {
        var result: [[String: String]] = []
        var rest = svg[...]
        while let start = rest.range(of: "<\(name) ") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: ">") else { break }
            result.append(attributes(String(tail[..<end])))
            rest = tail[end...]
        }
        return result
    }

    /// `a="1" b="x"` → ["a": "1", "b": "x"].
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"([\w:-]+)="([^"]*)""#)
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let key = String(text[Range(match.range(at: 1), in: text)!])
            result[key] = String(text[Range(match.range(at: 2), in: text)!])
        }
        return result
    }

    /// The text content of every `<text class="axis-label" …>…</text>`.
    static func axisLabels(in svg: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<text class="axis-label"[^>]*>([^<]*)</text>"#)
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { String(svg[Range($0.range(at: 1), in: svg)!]) }
    }
}
