import Charts
import Testing

@Suite("Nice scales and number formats")
struct NiceScaleTests {
    @Test("0–87 becomes 0–100 in steps of 20")
    func roundsUpToNiceBounds() {
        let scale = NiceScale(covering: 0, 87)
        #expect(scale.lower == 0 && scale.upper == 100 && scale.step == 20)
        #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
    }

    @Test("A negative lower end gets a nice bound too, without padding by most of a step")
    func spansZero() {
        #expect(NiceScale(covering: -3.2, 12.1).ticks == [-5, -2.5, 0, 2.5, 5, 7.5, 10, 12.5])
        #expect(NiceScale(covering: -1500, 26000).ticks == [-5000, 0, 5000, 10000, 15000, 20000, 25000, 30000])
    }

    @Test("No more than one tick over the target: 0–0.36 goes in steps of 0.1, not 0.05")
    func notTooManyTicks() {
        #expect(NiceScale(covering: 0, 0.36).ticks == [0, 0.1, 0.2, 0.3, 0.4])
    }

    @Test("Large values step by 1, 2, 2.5 or 5 × 10ⁿ")
    func largeValues() {
        let scale = NiceScale(covering: 1234, 23456)
        #expect(scale.ticks == [0, 5000, 10000, 15000, 20000, 25000])
        #expect(NiceScale.niceStep(for: 12, targetTickCount: 5) == 2.5)
    }

    @Test("Fractional ticks print exactly (0.3, not 0.30000000000000004)")
    func fractionalTicks() {
        let scale = NiceScale(covering: 0, 0.7)
        #expect(scale.ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        #expect(scale.ticks.map { NumberFormat.tick($0, step: scale.step) } == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
    }

    @Test("Ticks of a tiny range still print as distinct labels")
    func tinyRange() {
        let scale = NiceScale(covering: 0, 1e-9)
        let labels = scale.ticks.map { NumberFormat.tick($0, step: scale.step) }
        #expect(labels.count > 2 && Set(labels).count == labels.count, "\(labels)")
    }

    @Test("A flat zero series gets the axis 0–1; a flat value ±10 %")
    func flatSeries() {
        let zero = NiceScale(covering: 0, 0)
        #expect(zero.lower == 0 && zero.upper == 1)
        let flat = NiceScale(covering: 50, 50)
        #expect(flat.lower <= 45 && flat.upper >= 55)
    }

    @Test("Fixed bounds keep their ends and place nice ticks inside")
    func fixedBounds() {
        #expect(NiceScale(lower: 0, upper: 100).ticks == [0, 20, 40, 60, 80, 100])
        #expect(NiceScale(lower: 0, upper: 8760).ticks == [0, 2000, 4000, 6000, 8000])
    }

    @Test("Numbers are grouped by thousands, with a true minus sign and no negative zero")
    func grouping() {
        #expect(NumberFormat.grouped(1_234_567.891, decimals: 1) == "1,234,567.9")
        #expect(NumberFormat.grouped(-1234) == "−1,234")
        #expect(NumberFormat.grouped(-0.0001, decimals: 2) == "0.00")
        #expect(NumberFormat.grouped(999) == "999")
        #expect(NumberFormat.decimals(forStep: 2.5) == 1)
        #expect(NumberFormat.decimals(forStep: 0.25) == 2)
        #expect(NumberFormat.tick(25000, step: 5000) == "25,000")
    }
}
