import Foundation

/// The one way a parameter value is written, so that the same point always has the same key: `500`, not
/// `500.0`; `0.3`, not `0.30000000000000004`; an exponent only for a number whose fixed form would not read back
/// as the same number (`1e-300`).
enum ParameterValue {
    /// A number rounded to 12 significant digits (steps such as 0.1 × 3 land on 0.3), written without a
    /// trailing `.0`.
    static func text(_ value: Double) -> String {
        let rounded = Double(String(format: "%.12g", value)) ?? value
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        let shortest = "\(rounded)"
        guard shortest.contains("e") else { return shortest }
        let digits = max(0, min(40, 12 - Int(log10(abs(rounded)).rounded(.down))))
        var fixed = String(format: "%.\(digits)f", rounded)
        while fixed.contains("."), fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        // Very large or very small numbers have no short fixed form that reads back the same (1e20, 1e-300).
        return Double(fixed) == rounded ? fixed : shortest
    }

    /// A value as written on the command line or in a points file: a finite number in its canonical form,
    /// anything else (such as `true`) as written.
    static func canonical(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let number = Double(trimmed.replacingOccurrences(of: "_", with: "")), number.isFinite else { return trimmed }
        return Self.text(number)
    }

    /// The value as a number, when it is one (stored in a numeric column, drawn on a chart axis).
    static func number(_ text: String) -> Double? {
        guard let number = Double(text), number.isFinite else { return nil }
        return number
    }

    /// Sort order of values: numbers by value, before other text, which is sorted alphabetically.
    static func ascending(_ left: String, _ right: String) -> Bool {
        switch (number(left), number(right)) {
        case let (leftNumber?, rightNumber?): return leftNumber < rightNumber
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return left < right
        }
    }

    /// Why `text` cannot be a parameter value, or nil when it can: point keys use `;` and `=` as separators.
    static func defect(_ text: String) -> String? {
        if text.isEmpty { return "a value is empty" }
        if text.contains(";") || text.contains("=") { return "'\(text)' contains ';' or '=', which separate parameters in a point's key" }
        return nil
    }
}
