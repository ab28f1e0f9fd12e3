import Testing
@testable import LinearProgramming

@Suite("Solutions stitched from parts")
struct SolutionStitchingTests {
    /// Two windows of one hour each; `total` is a row both windows have over their own hour.
    private func part(hour: Int, value: Double, seconds: Double, crossoverSeconds: Double?) -> (program: LinearProgram, solution: Solution) {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x[t=\(hour)]", bounds: .between(0, 10), cost: 1)
        lp.addRow(named: "total", bounds: .atMost(20), terms: [(x, 1)])
        var solution = Solution(status: .optimal, method: .crossover, objective: value, columnValues: [value], reducedCosts: [1],
                                rowActivities: [value], rowDuals: [0], iterations: 3, seconds: seconds, log: "")
        solution.crossoverSeconds = crossoverSeconds
        return (lp, solution)
    }

    @Test("Values by name, shared rows summed, seconds and crossover seconds added up")
    func sums() {
        var whole = LinearProgram()
        let first = whole.addColumn(named: "x[t=1]", bounds: .between(0, 10), cost: 1)
        let second = whole.addColumn(named: "x[t=2]", bounds: .between(0, 10), cost: 1)
        whole.addRow(named: "total", bounds: .atMost(20), terms: [(first, 1), (second, 1)])
        let parts = [part(hour: 1, value: 4, seconds: 2, crossoverSeconds: 0.5), part(hour: 2, value: 6, seconds: 3, crossoverSeconds: nil)]
        let stitched = Solution.stitched(for: whole, from: parts)
        #expect(stitched.columnValues == [4, 6])
        // The shared row's activity is the sum of the parts' (4 + 6); its dual is known to neither part alone.
        #expect(stitched.rowActivities == [10] && stitched.rowDuals[0].isNaN)
        #expect(stitched.objective == 10 && stitched.iterations == 6 && stitched.seconds == 5)
        #expect(stitched.crossoverSeconds == 0.5)
        #expect(stitched.status == .feasible)
        // No part crossed over: no crossover seconds.
        let interior = [part(hour: 1, value: 4, seconds: 2, crossoverSeconds: nil), part(hour: 2, value: 6, seconds: 3, crossoverSeconds: nil)]
        #expect(Solution.stitched(for: whole, from: interior).crossoverSeconds == nil)
    }
}
