import Foundation
import Scenario
import Testing
@testable import Sweep

@Suite("Regional sweeps: link profiles")
struct RegionalProfileFingerprintTests {
    /// A stored result is reused only while every input is unchanged: the regional file's own series (a link's
    /// max_flow_profile here) are inputs as the regions' are.
    @Test("The fingerprint of a regional case changes with the data file of a link's flow profile")
    func profileFileIsFingerprinted() throws {
        let (regional, directory) = try RegionalSweepFixture.write()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: regional, encoding: .utf8)
            .replacingOccurrences(of: "wheeling_eur_per_mwh: 2}", with: "wheeling_eur_per_mwh: 2, max_flow_profile: profile.csv#AA}")
        try text.write(toFile: regional, atomically: true, encoding: .utf8)
        let profile = directory.appendingPathComponent("profile.csv")
        func writeProfile(_ value: Double) throws {
            try ("hour,time,AA\n" + (1...8760).map { "\($0),t,\(value)\n" }.joined()).write(to: profile, atomically: true, encoding: .utf8)
        }
        func hash() throws -> String {
            let regions = try ["a.yaml", "b.yaml"].map { try CaseSources(casePath: directory.appendingPathComponent($0).path) }
            return try CaseFingerprint.hash(regionalFile: regional, regions: regions, dataDirectory: directory, fixedOptions: [])
        }
        try writeProfile(1)
        let before = try hash()
        #expect(try hash() == before)
        try writeProfile(0.5)
        #expect(try hash() != before)
    }
}
