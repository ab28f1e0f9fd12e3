import Analysis
import Charts
import PageKit

extension CaseReport {
    /// How the answer was obtained: method, iterations, times, LP size and the solver's notes.
    var solverSection: ReportSection {
        let solver = run.summary.solver
        let facts: [(label: String, value: String)] = [
            ("Status", run.summary.status),
            ("Method", "\(solver.method), \(NumberFormat.grouped(Double(solver.iterations))) iterations"),
            ("Time", "read \(Self.seconds(solver.readSeconds)), build \(Self.seconds(solver.buildSeconds)), solve \(Self.seconds(solver.solveSeconds))"),
            ("LP size", "\(NumberFormat.grouped(Double(solver.columns))) columns × \(NumberFormat.grouped(Double(solver.rows))) rows, "
                + "\(NumberFormat.grouped(Double(solver.nonzeros))) nonzeros"),
            ("Objective", "\(NumberFormat.grouped(run.summary.objective)) EUR"),
        ]
        return ReportSection(id: "solver", title: "Solver", blocks: [HTML.facts(facts), "<h3>Notes</h3>", HTML.list(solver.notes)])
    }

    static func seconds(_ value: Double) -> String { "\(NumberFormat.grouped(value, decimals: 2)) s" }
}
