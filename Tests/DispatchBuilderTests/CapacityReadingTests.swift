@testable import Solving
import Testing

/// Capacities read back from an LP column: within 1e-4 of the range from a bound they are the bound.
@Suite("Capacity reading")
struct CapacityReadingTests {
    /// Range 0–11,720 MW: 1e-4 of it is 1.172 MW. 0.16 MW (the retrofit a stopped interior point left on the
    /// full-year Guangxi 2030 LP) reads 0; 1.2 MW is beyond 1.172 and stays; 11,719 MW is within 1.172 of the
    /// maximum and reads 11,720; 5,000 MW stays.
    @Test("Round-off next to a bound reads as the bound, anything further stays")
    func snapsToBounds() {
        #expect(CapacityReading.megawatts(0.16, minMW: 0, maxMW: 11_720) == 0)
        #expect(CapacityReading.megawatts(1.2, minMW: 0, maxMW: 11_720) == 1.2)
        #expect(CapacityReading.megawatts(11_719, minMW: 0, maxMW: 11_720) == 11_720)
        #expect(CapacityReading.megawatts(5_000, minMW: 0, maxMW: 11_720) == 5_000)
        // Range 1,000–2,000 MW: 1,000.05 reads 1,000 (0.05 ≤ 0.1); an unbounded range reads as it is.
        #expect(CapacityReading.megawatts(1_000.05, minMW: 1_000, maxMW: 2_000) == 1_000)
        #expect(CapacityReading.megawatts(0.01, minMW: 0, maxMW: .infinity) == 0.01)
    }
}
