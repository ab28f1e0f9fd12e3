import Foundation

/// The one JSON set-up of every file and line GridFlex writes: keys sorted (stable diffs), slashes unescaped,
/// and non-finite numbers as the strings `inf`, `-inf` and `nan` instead of an encoding error.
public enum JSONOutput {
    /// An encoder with that set-up; `pretty` indents (files), otherwise one line (database rows, stdout).
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// `text` as a JSON string literal, which is also a YAML double-quoted scalar that reads back as `text`.
    public static func quoted(_ text: String) -> String {
        String(decoding: (try? encoder(pretty: false).encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}
