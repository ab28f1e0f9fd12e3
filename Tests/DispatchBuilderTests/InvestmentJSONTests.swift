@testable import Analysis
import Foundation
import GridModel
import Testing

/// The JSON of `gridflex invest`: optional keys (``ExplicitNull``) are written as `null` when unset, and read back
/// whether written as `null` or left out.
@Suite("Investment JSON")
struct InvestmentJSONTests {
    /// A curtailable-load candidate: no energy, no duration, not at a limit (all three `nil`).
    static let load = CandidateCapacity(resource: "dr", decision: "capacity", powerMW: 50, energyMWh: nil, durationHours: nil, minMW: 0,
                                        maxMW: 100, atLimit: nil, capitalCostEUR: 1500, costSource: "assumption dr.invest")

    @Test("nil keys are written as null, set ones as their values, in key order")
    func nullsWritten() throws {
        var storage = Self.load
        storage.energyMWh = 200
        storage.durationHours = 4
        storage.atLimit = "max"
        let encoder = JSONOutput.encoder(pretty: false)
        let unset = try #require(String(data: try encoder.encode(Self.load), encoding: .utf8))
        #expect(unset == #"{"at_limit":null,"capital_cost_eur":1500,"cost_source":"assumption dr.invest","decision":"capacity","#
            + #""duration_hours":null,"energy_mwh":null,"max_mw":100,"min_mw":0,"power_mw":50,"resource":"dr"}"#)
        let set = try #require(String(data: try encoder.encode(storage), encoding: .utf8))
        #expect(set.contains(#""at_limit":"max""#) && set.contains(#""duration_hours":4"#) && set.contains(#""energy_mwh":200"#))
    }

    @Test("null and missing keys both read back as nil; the written JSON reads back equal")
    func nullsRead() throws {
        let written = try JSONOutput.encoder().encode(Self.load)
        #expect(try JSONDecoder().decode(CandidateCapacity.self, from: written) == Self.load)
        let missing = #"{"capital_cost_eur":1500,"cost_source":"assumption dr.invest","decision":"capacity","max_mw":100,"min_mw":0,"#
            + #""power_mw":50,"resource":"dr"}"#
        #expect(try JSONDecoder().decode(CandidateCapacity.self, from: Data(missing.utf8)) == Self.load)
    }
}
