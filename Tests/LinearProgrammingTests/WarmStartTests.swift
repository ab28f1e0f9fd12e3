import Foundation
import Testing
@testable import LinearProgramming

/// A transportation problem big enough for iteration counts to mean something: 25 plants, 25 markets,
/// costs and quantities from a fixed linear congruential sequence, total supply above total demand.
func transportation(supplyScale: Double = 1) -> (LinearProgram, [RowID]) {
    var state: UInt64 = 42
    func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 33) / Double(1 << 31)
    }
    let plants = 25, markets = 25
    var lp = LinearProgram()
    var flows: [[ColumnID]] = []
    for plant in 0..<plants {
        flows.append((0..<markets).map { market in lp.addColumn(named: "ship[\(plant),\(market)]", cost: 1 + 99 * next()) })
    }
    var supplyRows: [RowID] = []
    for plant in 0..<plants {
        supplyRows.append(lp.addRow(named: "supply[\(plant)]", bounds: .atMost((60 + 40 * next()) * supplyScale),
                                    terms: flows[plant].map { ($0, 1) }))
    }
    for market in 0..<markets {
        lp.addRow(named: "demand[\(market)]", bounds: .atLeast(40 + 30 * next()), terms: (0..<plants).map { (flows[$0][market], 1) })
    }
    return (lp, supplyRows)
}

@Suite("Warm starts and bases")
struct WarmStartTests {
    @Test("After a bound change, a warm re-solve gives the cold optimum in fewer iterations")
    func warmStartAfterBoundChange() throws {
        let (lp, supplyRows) = transportation()
        let problem = try GLPKProblem(lp)
        let first = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(first.status == .optimal)

        // Tighten plant 0's supply to 40% of what it shipped.
        let shipped = first.rowActivities[supplyRows[0].index]
        var changed = lp
        changed.setBounds(.atMost(shipped * 0.4), of: supplyRows[0])
        try problem.setBounds(.atMost(shipped * 0.4), of: supplyRows[0])

        let warm = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
        let cold = try GLPKProblem(changed).solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(warm.status == .optimal && cold.status == .optimal)
        #expect(abs(warm.objective - cold.objective) <= 1e-9 * abs(cold.objective))
        #expect(warm.objective > first.objective)
        #expect(warm.iterations < cold.iterations)
        #expect(cold.iterations > 20)
    }

    @Test("A restored basis re-solves without iterations")
    func basisRoundTrip() throws {
        let (lp, _) = transportation()
        let solved = try GLPKProblem(lp)
        let reference = try solved.solve(SolverOptions(method: .dualSimplex, presolve: false))
        let basis = try solved.basis()

        let fresh = try GLPKProblem(lp)
        try fresh.restore(basis)
        let restarted = try fresh.solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(restarted.iterations == 0)
        #expect(abs(restarted.objective - reference.objective) < 1e-9 * abs(reference.objective))
        #expect(throws: GLPKError.self) { try fresh.restore(Basis(rowStatus: [1], columnStatus: [])) }
    }

    @Test("MPS and LP files are written with readable names")
    func writesFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gfx-lp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let problem = try GLPKProblem(wyndor().0, names: true)
        let mps = directory.appendingPathComponent("wyndor.mps").path
        let lpFile = directory.appendingPathComponent("wyndor.lp").path
        try problem.writeMPS(to: mps)
        try problem.writeLP(to: lpFile)
        let mpsText = try String(contentsOfFile: mps, encoding: .utf8)
        #expect(mpsText.contains("plant3") && mpsText.contains("RHS"))
        #expect(try String(contentsOfFile: lpFile, encoding: .utf8).contains("plant3"))
        #expect(throws: GLPKError.self) { try problem.writeMPS(to: "/nonexistent-dir/x.mps") }
    }
}
