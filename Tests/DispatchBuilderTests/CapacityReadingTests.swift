@testable import Solving
import Testing

/// Capacities read back from an LP column: within 1e-3 of the range from a bound they are the bound.
@Suite("Capacity reading")
struct CapacityReadingTests {
    /// Range 0–11,720 MW: 1e-3 of it is 11.72 MW. 2 MW (the retrofit a stopped interior point left on the full-year
    /// Guangxi 2030 LP) reads 0; 12 MW is beyond 11.72 and stays; 11,710 MW is within 11.72 of the maximum and reads
    /// 11,720; 5,000 MW stays.
    @Test("Round-off next to a bound reads as the bound, anything further stays")
    func snapsToBounds() {
        #expect(CapacityReading.megawatts(2, minMW: 0, maxMW: 11_720) == 0)
        #expect(CapacityReading.megawatts(12, minMW: 0, maxMW: 11_720) == 12)
        #expect(CapacityReading.megawatts(11_710, minMW: 0, maxMW: 11_720) == 11_720)
        #expect(CapacityReading.megawatts(5_000, minMW: 0, maxMW: 11_720) == 5_000)
        // Range 1,000–2,000 MW: 1,000.5 reads 1,000 (0.5 ≤ 1); an unbounded range reads as it is.
        #expect(CapacityReading.megawatts(1_000.5, minMW: 1_000, maxMW: 2_000) == 1_000)
        #expect(CapacityReading.megawatts(0.01, minMW: 0, maxMW: .infinity) == 0.01)
    }
}
