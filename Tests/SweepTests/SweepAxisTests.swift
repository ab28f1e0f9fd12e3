import Testing
@testable import Sweep

@Suite("Parameter specs")
struct SweepAxisTests {
    @Test("start:stop:step includes stop within 1e-9 and writes values canonically", arguments: [
        ("battery.power_mw=0:9500:500", 20, "0", "9500"),
        ("x=0:0.3:0.1", 4, "0", "0.3"),
        ("x=0:1:0.3", 4, "0", "0.9"),
        ("x=3:1:-1", 3, "3", "1"),
        ("x=0.02:0.08:0.02", 4, "0.02", "0.08"),
        ("x=5:5:1", 1, "5", "5"),
    ])
    func ranges(spec: String, count: Int, first: String, last: String) throws {
        let axis = try SweepAxis(parsing: spec)
        #expect(axis.values.count == count)
        #expect(axis.values.first == first && axis.values.last == last)
    }

    @Test("A list keeps its order; numbers are written one way")
    func lists() throws {
        let axis = try SweepAxis(parsing: "dr.share_of_peak = 0.08, 0, 4e-2, 1_000, 500.0")
        #expect(axis.key == "dr.share_of_peak")
        #expect(axis.values == ["0.08", "0", "0.04", "1000", "500"])
        #expect(try SweepAxis(parsing: "plan.soft_aspirational=true,false").values == ["true", "false"])
        #expect(ParameterValue.text(0.1 * 3) == "0.3" && ParameterValue.text(-0.0) == "0" && ParameterValue.text(1e-5) == "0.00001")
    }

    @Test("A bad spec names --vary and what is valid", arguments: [
        ("battery.power_mw", "no '='"),
        ("=1,2", "the key is empty"),
        ("battery.power_mw=", "no values"),
        ("battery.power_mw=0:100:0", "the step is 0"),
        ("battery.power_mw=100:0:10", "never reaches"),
        ("battery.power_mw=0:10", "start:stop:step"),
        ("battery.power_mw=a:b:c", "start:stop:step"),
        ("battery.power_mw=1,,2", "empty"),
        ("battery.power_mw=1,2,1", "listed twice"),
        ("battery power=1", "contains a space"),
        ("x=0:1e9:1", "at most"),
    ])
    func badSpecs(spec: String, expected: String) {
        #expect {
            _ = try SweepAxis(parsing: spec)
        } throws: { error in
            let text = (error as? SweepInputError)?.description ?? ""
            return text.hasPrefix("--vary \(spec):") && text.contains(expected)
        }
    }
}
