import Foundation
import Testing
@testable import Scenario

/// Inputs that crashed, hung or were silently accepted before: each is refused with a located error, or read right.
@Suite("Hostile input")
struct HostileInputTests {
    let checks = BadInputTests()

    @Test("A billion-laughs alias bomb is refused instead of expanded")
    func aliasBomb() {
        // 8 levels of 10 aliases over a list of 10 values expand to 10^9 values, far above the 100,000 allowed.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        checks.expectError({ _ = try YAMLField.document(text, file: "bomb.yaml") }, file: "bomb.yaml", mentions: ["more than 100000 values"])
        // Two levels (10 + 10 × 10 values and the mappings) stay well within the limit.
        let small = "a0: &a0 [x, x]\na1: [*a0, *a0]\n"
        #expect((try? YAMLField.document(small, file: "small.yaml")) != nil)
    }

    @Test("An alias bomb used as a mapping key is refused before Yams hashes it (found by the fuzzer: it hung)")
    func aliasBombAsKey() throws {
        // Nine levels of 10 aliases over 10 values: 10^10 values once expanded, in the key of a mapping.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        checks.expectError({ _ = try YAMLField.document(text + "key: {*a9 : 1}\n", file: "key.yaml") }, file: "key.yaml",
                           mentions: ["more than 100000 values"])
        // The count, by hand: the mapping (1), keys a and b (2), [x, x] (3) and [*a, *a, *a] (1 + 3 × 3 = 10): 16.
        let counted = "a: &a [x, x]\nb: [*a, *a, *a]\n"
        #expect(try AliasExpansion.composed(counted, budget: 16).fits)
        #expect(try !AliasExpansion.composed(counted, budget: 15).fits)
    }

    @Test("A case file above 1 MiB is refused before it is parsed")
    func oversizedFile() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal, top: "description: " + String(repeating: "x", count: YAMLField.maximumFileBytes))
        checks.expectError({ _ = try fixture.load(path) }, file: "case.yaml", mentions: ["at most 1048576 bytes"])
    }

    @Test("Numbers: the magnitude limits, underflow and hexadecimal")
    func numberLimits() throws {
        #expect(try YAMLField.number("1e15") == 1e15)
        #expect(try YAMLField.number("1e-12") == 1e-12)
        #expect(try YAMLField.number("0") == 0)
        for text in ["1e16", "-2e15", "1e-400", "1e-320", "0x1p-1074", ".nan", "inf", "abc", ""] {
            #expect(throws: ScenarioError.self, "\(text)") { try YAMLField.number(text) }
        }
    }

    @Test("A CSV number of 20 or more digits is parsed, not an overflow trap (found by the fuzzer)")
    func longDigits() {
        // 2^64 = 18446744073709551616 has 20 digits, one more than an unsigned 64-bit integer holds.
        #expect(CSVTable.number(ArraySlice(Array("18446744073709551616".utf8))) == 18_446_744_073_709_551_616)
        #expect(CSVTable.number(ArraySlice(Array("-123456789012345678901234567890".utf8))) == -1.2345678901234568e29)
    }

    @Test("A YAML syntax error gives its line and one line of text, not the whole file")
    func yamlSyntax() {
        checks.expectError({ _ = try YAMLField.document("name: a\nname: b\n", file: "twice.yaml") }, file: "twice.yaml", line: 1,
                           mentions: ["a key given twice in one mapping: name"])
    }

    @Test("A byte-order mark and CR or CRLF line ends read the same values")
    func lineEnds() throws {
        let fixture = try Fixture()
        let rows = ["hour,AA", "1,10.5", "2,20", "3,30"]
        var columns: [[Double]] = []
        for (name, bytes) in [("plain.csv", rows.joined(separator: "\n")), ("crlf.csv", rows.joined(separator: "\r\n") + "\r\n"),
                              ("cr.csv", rows.joined(separator: "\r")), ("bom.csv", "\u{FEFF}" + rows.joined(separator: "\n"))] {
            let url = fixture.directory.appendingPathComponent(name)
            try Data(bytes.utf8).write(to: url)
            let table = try CSVTable(contentsOf: url, name: name)
            #expect(table.header == ["hour", "AA"], "\(name)")
            columns.append(try table.column("AA"))
        }
        // Written above: 10.5, 20, 30 in every file.
        #expect(columns.allSatisfy { $0 == [10.5, 20, 30] })
    }

    @Test("A repeated header column and a short row are errors at their line")
    func csvShape() throws {
        let fixture = try Fixture()
        let repeated = fixture.directory.appendingPathComponent("repeated.csv")
        try Data("hour,AA,AA\n1,2,3\n".utf8).write(to: repeated)
        checks.expectError({ _ = try CSVTable(contentsOf: repeated, name: "repeated.csv") }, file: "repeated.csv", line: 1, key: "AA",
                           mentions: ["columns 2 and 3"])
        let ragged = fixture.directory.appendingPathComponent("ragged.csv")
        try Data("hour,AA,BB\n1,2,3\n2,5\n".utf8).write(to: ragged)
        checks.expectError({ _ = try CSVTable(contentsOf: ragged, name: "ragged.csv").column("AA") }, file: "ragged.csv", line: 3,
                           mentions: ["the row has 2 fields; the header has 3"])
    }

    @Test("An error in a series names the CSV line and the case line and key that read it")
    func seriesLocation() throws {
        let fixture = try Fixture()
        try fixture.write("big.csv", header: "hour,AA") { $0 == 9 ? "9,1e308" : "\($0),100" }
        let path = try fixture.caseFile(Fixture.coal, load: "big.csv#AA")
        // The header is line 1, so hour 9 is line 10; `load:` is line 4 of the fixture's case file.
        checks.expectError({ _ = try fixture.load(path) }, file: "big.csv", line: 10, key: "AA",
                           mentions: ["outside 0…10000000", "read for", "case.yaml:4: load"])
    }

    @Test("A series path may not leave the data directory")
    func seriesEscape() throws {
        let fixture = try Fixture()
        for reference in ["../load.csv#AA", "/etc/passwd#root", "a/../../b.csv#AA"] {
            let path = try fixture.caseFile(Fixture.coal, load: reference)
            checks.expectError({ _ = try fixture.load(path) }, key: "load", mentions: ["leaves the data directory"])
        }
    }

    @Test("An unknown region and a year that is not a number are refused")
    func regionAndYear() throws {
        let fixture = try Fixture()
        let region = try fixture.caseFile(Fixture.coal)
        try String(contentsOfFile: region, encoding: .utf8).replacingOccurrences(of: "region: AA", with: "region: ZZ")
            .write(toFile: region, atomically: true, encoding: .utf8)
        // The fixture's load file has the columns hour, time, AA and BB.
        checks.expectError({ _ = try fixture.load(region) }, key: "region", mentions: ["'ZZ' is not a province code", "valid: AA, BB"])
        let year = try fixture.caseFile(Fixture.coal, top: "year: abc")
        checks.expectError({ _ = try fixture.load(year) }, key: "year", mentions: ["'abc' is not a year", "1900–2100"])
    }

    @Test("A resource name longer than 64 characters is refused at load")
    func longName() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal.replacingOccurrences(of: "name: coal", with: "name: " + String(repeating: "c", count: 300)))
        checks.expectError({ _ = try fixture.load(path) }, key: "resources[0].name", mentions: ["300 characters; at most 64"])
    }

    @Test("A plan split: equal shares of a list, and no nested or repeated names")
    func splitShares() throws {
        func entry(_ text: String) throws -> YAMLField {
            let document = try YAMLField.document("split: \(text)", file: "case.yaml")
            return try document.mapping(allowed: ["split"])["split"]!
        }
        // Three names share equally: 1/3 each.
        #expect(try PlanSettings.shares(entry("[a, b, c]")) == ["a": 1.0 / 3, "b": 1.0 / 3, "c": 1.0 / 3])
        checks.expectError({ _ = try PlanSettings.shares(entry("[a, [b]]")) }, key: "split[1]", mentions: ["expected a resource name"])
        checks.expectError({ _ = try PlanSettings.shares(entry("[a, a]")) }, key: "split[1]", mentions: ["listed twice"])
        checks.expectError({ _ = try PlanSettings.shares(entry("{a: 1.5, b: -0.5}")) }, mentions: ["[0, 1]"])
    }

    @Test("SHA-256 of the standard test vectors")
    func sha256() {
        // FIPS 180-4 examples: the empty message, "abc" and the 448-bit two-block message.
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("data check finds a missing and a changed file against SHA256SUMS")
    func bundleCheck() throws {
        let fixture = try Fixture()
        let url = fixture.directory
        try Data("abc".utf8).write(to: url.appendingPathComponent("a.txt"))
        try Data("abd".utf8).write(to: url.appendingPathComponent("b.txt"))
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        try Data("\(abc)  a.txt\n\(abc)  b.txt\n\(abc)  c.txt\n".utf8).write(to: url.appendingPathComponent("SHA256SUMS"))
        let check = try DataBundleCheck(directory: DataDirectory(url: url, origin: "--data-dir"))
        #expect(check.entries?.map(\.path) == ["a.txt", "b.txt", "c.txt"])
        #expect(check.entries?[0].state == .intact)
        #expect(check.entries?[2].state == .missing)
        if case .mismatched = check.entries?[1].state {} else { Issue.record("b.txt should differ: \(String(describing: check.entries))") }
        #expect(!check.isIntact)
        let path = try fixture.caseFile(Fixture.coal, load: "load.csv#ZZ")
        #expect(try DataBundleCheck.missingSeries(casePath: path, directory: DataDirectory(url: url, origin: "--data-dir"))
                == ["load.csv#ZZ: load.csv has no column ZZ"])
    }
}
