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
}
