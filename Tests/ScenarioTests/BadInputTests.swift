import Foundation
import Testing
@testable import Scenario

/// Each bad input gets a located error that names the file, the line or key, and what would be valid.
@Suite("Bad input")
struct BadInputTests {
    func expectError(_ body: () throws -> Void, file: String? = nil, line: Int? = nil, key: String? = nil,
                     mentions: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try body()
            Issue.record("expected an error", sourceLocation: sourceLocation)
        } catch let error as ScenarioError {
            if let file { #expect(error.file.hasSuffix(file), "file: \(error)", sourceLocation: sourceLocation) }
            if let line { #expect(error.line == line, "line: \(error)", sourceLocation: sourceLocation) }
            if let key { #expect(error.key == key, "key: \(error)", sourceLocation: sourceLocation) }
            for word in mentions { #expect(error.description.contains(word), "\(error)", sourceLocation: sourceLocation) }
        } catch {
            Issue.record("expected a ScenarioError, got \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test("Missing case file")
    func missingCaseFile() throws {
        let fixture = try Fixture()
        expectError({ _ = try fixture.load(fixture.directory.appendingPathComponent("nope.yaml").path) },
                    file: "nope.yaml", mentions: ["cannot read the case file"])
    }

    @Test("Missing series file")
    func missingSeriesFile() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal, load: "missing.csv#AA")
        expectError({ _ = try fixture.load(path) }, file: "missing.csv", mentions: ["file not found in the data directory"])
    }

    @Test("Unknown column lists the columns there are")
    func unknownColumn() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal, load: "load.csv#ZZ")
        expectError({ _ = try fixture.load(path) }, file: "load.csv", line: 1, key: "ZZ", mentions: ["no such column", "AA, BB"])
    }

    @Test("Series of the wrong length")
    func wrongLength() throws {
        let fixture = try Fixture()
        try fixture.write("short.csv", header: "hour,AA", rows: 100) { "\($0),1" }
        let path = try fixture.caseFile(Fixture.coal, load: "short.csv#AA")
        expectError({ _ = try fixture.load(path) }, file: "short.csv", mentions: ["100 data rows", "8760"])
    }

    @Test("NaN in a series names the line")
    func nanInSeries() throws {
        let fixture = try Fixture()
        try fixture.write("nan.csv", header: "hour,AA") { $0 == 235 ? "235,NaN" : "\($0),100" }
        let path = try fixture.caseFile(Fixture.coal, load: "nan.csv#AA")
        expectError({ _ = try fixture.load(path) }, file: "nan.csv", line: 236, key: "AA", mentions: ["'NaN' is not a finite number"])
    }

    @Test("NaN in the case file")
    func nanInCase() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal.replacingOccurrences(of: "capacity_mw: 200", with: "capacity_mw: .nan"))
        expectError({ _ = try fixture.load(path) }, key: "resources[0].capacity_mw", mentions: ["not a finite number"])
    }

    @Test("Negative capacity names the key and line")
    func negativeCapacity() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal.replacingOccurrences(of: "capacity_mw: 200", with: "capacity_mw: -5"))
        expectError({ _ = try fixture.load(path) }, file: "case.yaml", line: 8, key: "resources[0].capacity_mw",
                    mentions: ["-5 is out of range", "[0, 10000000]"])
    }

    @Test("Efficiency above 1")
    func efficiencyAboveOne() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile("""
              - name: bat
                kind: storage
                power_mw: 10
                energy_mwh: 20
                efficiency_charge: 1.2
            """)
        expectError({ _ = try fixture.load(path) }, key: "resources[0].efficiency_charge", mentions: ["1.2 is out of range", "within 0.01–1"])
    }

    @Test("Unknown resource kind lists the valid kinds")
    func unknownKind() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile("""
              - name: geo
                kind: geothermal
                capacity_mw: 10
            """)
        expectError({ _ = try fixture.load(path) }, line: 7, key: "resources[0].kind",
                    mentions: ["unknown resource kind 'geothermal'", "thermal, hydro, onwind"])
    }

    @Test("Hours outside 1–8760 in the case file")
    func hoursOutOfRange() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal, top: "hours: 0-9000")
        expectError({ _ = try fixture.load(path) }, key: "hours", mentions: ["1 ≤ A ≤ B ≤ 8760"])
    }

    @Test("A misspelt key gets a suggestion")
    func misspeltKey() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal.replacingOccurrences(of: "capacity_mw", with: "capcity_mw"))
        expectError({ _ = try fixture.load(path) }, key: "resources[0].capcity_mw", mentions: ["did you mean 'capacity_mw'"])
    }

    @Test("Duplicate resource names")
    func duplicateNames() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal + "\n" + Fixture.coal)
        expectError({ _ = try fixture.load(path) }, key: "resources[1].name", mentions: ["already defined on line"])
    }

    @Test("A capacity factor above 1 in the data")
    func capacityFactorAboveOne() throws {
        let fixture = try Fixture()
        try fixture.write("badcf.csv", header: "hour,wind") { $0 == 10 ? "10,1.5" : "\($0),0.2" }
        let path = try fixture.caseFile(Fixture.coal + """

              - name: wind
                kind: onwind
                capacity_mw: 10
                profile: badcf.csv#wind
            """)
        expectError({ _ = try fixture.load(path) }, file: "badcf.csv", line: 11, mentions: ["outside 0…1"])
    }

    @Test("An explicit data directory that does not exist")
    func missingDataDirectory() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal)
        expectError({ _ = try CaseLoader.load(path: path, dataDirectory: "/nonexistent/data") }, mentions: ["--data-dir", "does not exist"])
    }

    @Test("A planning-reserve target says to write the adequacy row; a bad adequacy key names the valid ones")
    func adequacyInput() throws {
        let fixture = try Fixture()
        let reserve = try fixture.caseFile(Fixture.coal, top: "targets: [{id: reserve, kind: planning_reserve, margin: 0.1}]")
        expectError({ _ = try fixture.load(reserve) }, file: "case.yaml", mentions: ["adequacy: {margin: M}"])
        let counting = try fixture.caseFile(Fixture.coal, top: "adequacy: {margin: 0.1, renewables: sometimes}")
        expectError({ _ = try fixture.load(counting) }, file: "case.yaml", mentions: ["'sometimes'", "capacity_credit, hourly_output"])
        let good = try fixture.caseFile(Fixture.coal, top: "adequacy: {margin: 0.1, storage_hours: 4, forced_outage_rates: {coal: 0.1}}")
        let adequacy = try #require(try fixture.load(good).value.adequacy)
        #expect(adequacy.margin == 0.1 && adequacy.storageHours == 4 && adequacy.forcedOutageRate(of: .coal) == 0.1)
        #expect(adequacy.forcedOutageRate(of: .nuclear) == 0.03 && adequacy.renewableCounting == .capacityCredit)
    }
}
