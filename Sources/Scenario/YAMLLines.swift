import Foundation
import GridModel

/// A YAML file written line by line as the hand-written cases are: each number followed by a comment naming its
/// source, the comments aligned.
struct YAMLLines {
    /// Column where comments start, unless the line is longer.
    static let commentColumn = 34
    private(set) var lines: [String] = []

    /// Appends `text`, with `# comment` after it when given.
    mutating func add(_ text: String, _ comment: String? = nil) {
        guard let comment else { return lines.append(text) }
        lines.append(text.padding(toLength: max(text.count + 1, Self.commentColumn), withPad: " ", startingAt: 0) + "# " + comment)
    }

    /// Appends comment lines (`# text`).
    mutating func comment(_ text: String) {
        lines.append("# " + text)
    }

    /// Appends an item of `assumptions:`.
    mutating func assumption(_ key: String, _ value: String, _ reason: String) {
        add("  - key: \(key)")
        add("    value: \(JSONOutput.quoted(value))")
        add("    reason: \(JSONOutput.quoted(reason))")
    }

    /// The file's text.
    var text: String { lines.joined(separator: "\n") + "\n" }
}
