/// The document's title, scope and status, read from its opening.
enum DocumentTitle {
    /// Characters searched for the title.
    static let openingLength = 3000
    /// Words before the title in a notice heading (「…人民政府关于印发…的通知」).
    static let leadWords = ["印发", "关于", "发布"]

    /// The first 「…方案」 of at least six characters in the opening, as written, without a notice's lead words.
    static func title(of text: SimplifiedText) -> String {
        let limit = min(openingLength, text.simplified.count)
        var index = 0
        while let found = text.simplified.firstIndex(of: "方案", in: index..<limit) {
            var start = found
            while start > 0, text.simplified[start - 1].isHan { start -= 1 }
            for word in leadWords {
                if let lead = text.simplified.lastIndex(of: word, in: start..<found) { start = max(start, lead + word.count) }
            }
            var end = found + 2
            if text.simplified.matches(Array("(征求意见稿)"), at: end, before: text.simplified.count) { end += 7 }
            if found - start >= 4 { return text.quote(start..<end) }
            index = found + 2
        }
        return ""
    }

    /// `city` when the title names a 市, otherwise `province`.
    static func scope(of text: SimplifiedText) -> String {
        SimplifiedText(title(of: text)).simplified.contains("市") ? "city" : "province"
    }

    /// Whether the document is a draft for comment (征求意见稿).
    static func isDraftForComment(_ text: SimplifiedText) -> Bool {
        text.simplified.contains("征求意见稿", in: 0..<min(openingLength, text.simplified.count))
    }
}

extension Character {
    /// A CJK ideograph.
    var isHan: Bool {
        unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
