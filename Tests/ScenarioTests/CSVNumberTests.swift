import Testing
@testable import Scenario
import TestSupport

@Suite("CSV numbers")
struct CSVNumberTests {
    func parse(_ text: String) -> Double? { CSVTable.number(ArraySlice(Array(text.utf8))) }

    @Test("Plain decimals parse to the same Double as Swift's parser, bit for bit")
    func sameAsSwift() {
        var generator = SplitMix64(state: 20_201_231)
        for _ in 0..<200_000 {
            let digits = Int.random(in: 1...15, using: &generator)
            let point = Int.random(in: 0...digits, using: &generator)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            text.insert(".", at: text.index(text.startIndex, offsetBy: point))
            if Bool.random(using: &generator) { text = "-" + text }
            #expect(parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test("Everything else goes to Swift's parser", arguments: [
        "1e-5", "2.5E3", "12345678901234567", "0.30000000000000004", "-0", "+7", ".5", "5.", "NaN", "inf", "", "1.2.3", "12a",
    ])
    func fallback(_ text: String) {
        #expect(parse(text)?.bitPattern == Double(text)?.bitPattern)
    }
}

