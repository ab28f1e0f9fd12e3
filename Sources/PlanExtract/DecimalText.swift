/// A decimal number kept as its digits, so unit conversions (a shift of the decimal point) are exact:
/// 0.6亿千瓦 becomes 60000 MW and 18.3% becomes 0.183, with no binary rounding on the way.
public struct DecimalText: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Digits without leading or trailing zeros beyond what the value needs (e.g. `183` for 0.183).
    let digits: [UInt8]
    /// Power of ten of the last digit (0.183 → digits 183, exponent -3).
    let exponent: Int

    /// Parses ASCII digits with at most one `.`; nil for anything else.
    public init?(_ text: String) {
        var digits: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        for character in text {
            if character == "." {
                if seenPoint { return nil }
                seenPoint = true
            } else if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(UInt8(digit))
                if seenPoint { exponent -= 1 }
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        self.init(digits: digits, exponent: exponent)
    }

    private init(digits: [UInt8], exponent: Int) {
        var digits = Array(digits.drop { $0 == 0 })
        var exponent = exponent
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        self.digits = digits
        self.exponent = digits.isEmpty ? 0 : exponent
    }

    /// The value times 10^`places` (10 MW per 万千瓦 is a shift by 1, a percentage a shift by -2).
    public func shifted(by places: Int) -> DecimalText { DecimalText(digits: digits, exponent: exponent + places) }

    /// Shortest plain decimal text: `60000`, `0.183`, `0`.
    public var description: String {
        if digits.isEmpty { return "0" }
        let text = digits.map { String($0) }.joined()
        if exponent >= 0 { return text + String(repeating: "0", count: exponent) }
        let fraction = -exponent
        if fraction >= text.count { return "0." + String(repeating: "0", count: fraction - text.count) + text }
        return String(text.dropLast(fraction)) + "." + String(text.suffix(fraction))
    }

    /// The nearest `Double`, the same number a YAML or JSON reader gets from `description`.
    public var value: Double { Double(description)! }
}
