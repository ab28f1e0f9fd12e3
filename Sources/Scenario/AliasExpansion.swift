import Foundation
import Yams

/// Bounds a document's alias expansion before Yams composes it. Yams checks every mapping's keys for duplicates by
/// hashing them, aliases expanded: a key that is an alias of a nested "billion laughs" anchor hashes billions of
/// values and the load never ends (found by the loader fuzzer). So the expanded size is counted first on a copy of
/// the text in which each alias `*NAME` is a plain scalar and each anchor `&NAME` a tag, which composes without
/// expanding anything.
enum AliasExpansion {
    /// Alias and anchor names as libyaml reads them: letters, digits, `_` and `-`, after a token boundary.
    private static let alias = try! NSRegularExpression(pattern: "(^|[\\s\\[\\{,])\\*([0-9A-Za-z_-]+)", options: [.anchorsMatchLines])
    private static let anchor = try! NSRegularExpression(pattern: "(^|[\\s\\[\\{,])&([0-9A-Za-z_-]+)", options: [.anchorsMatchLines])
    private static let aliasMark = "\u{27E6}alias-"
    private static let anchorTag = "!gridflex-anchor-"

    /// The document composed (`root` `nil` when it is empty) and whether it holds at most `budget` values (scalars,
    /// lists, mappings) with every alias expanded; `root` is `nil` too when it does not, and then the text itself is
    /// never composed. Throws Yams' error when the copy does not compose: the copy keeps every line and token of the
    /// text, so the error is the text's own, which composing the text might never reach.
    static func composed(_ text: String, budget: Int) throws -> (root: Node?, fits: Bool) {
        var sizes: [String: Int] = [:]
        let range = NSRange(text.startIndex..., in: text)
        guard alias.firstMatch(in: text, range: range) != nil else {
            guard let root = try Yams.compose(yaml: text) else { return (nil, true) }
            let fits = count(root, sizes: &sizes, budget: budget) <= budget
            return (fits ? root : nil, fits)
        }
        var copy = alias.stringByReplacingMatches(in: text, range: range, withTemplate: "$1\(aliasMark)$2\u{27E7}")
        copy = anchor.stringByReplacingMatches(in: copy, range: NSRange(copy.startIndex..., in: copy), withTemplate: "$1\(anchorTag)$2")
        if let node = try Yams.compose(yaml: copy), count(node, sizes: &sizes, budget: budget) > budget { return (nil, false) }
        return (try Yams.compose(yaml: text), true)
    }

    /// Values in `node` with aliases expanded, at most `budget` + 1 (counting stops there); `sizes` holds each anchor
    /// seen so far in document order, as YAML resolves an alias to the latest anchor of its name.
    private static func count(_ node: Node, sizes: inout [String: Int], budget: Int) -> Int {
        var total = 1
        switch node {
        case let .scalar(scalar):
            if scalar.string.hasPrefix(aliasMark), scalar.string.hasSuffix("\u{27E7}") {
                total = sizes[String(scalar.string.dropFirst(aliasMark.count).dropLast())] ?? 1
            }
        case let .mapping(mapping):
            for (key, value) in mapping where total <= budget {
                total += count(key, sizes: &sizes, budget: budget) + count(value, sizes: &sizes, budget: budget)
            }
        case let .sequence(sequence):
            for item in sequence where total <= budget { total += count(item, sizes: &sizes, budget: budget) }
        case .alias:
            break
        }
        total = min(total, budget + 1)
        let tag = node.tag.rawValue
        if tag.hasPrefix(anchorTag) { sizes[String(tag.dropFirst(anchorTag.count))] = total }
        return total
    }
}
