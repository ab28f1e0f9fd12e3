import Analysis
import Charts
import Localization
import PageKit

extension CaseReport {
    /// How the answer was obtained: method, iterations, times, LP size and the solver's notes.
    var solverSection: ReportSection {
        let solver = run.summary.solver
        let facts: [(label: String, value: String)] = [
            (text(.factStatus), run.summary.status),
            (text(.factMethod), text(.factMethodValue, ["method": solver.method, "iterations": NumberFormat.grouped(Double(solver.iterations))])),
            (text(.factTime), text(.factTimeValue, ["read": Self.seconds(solver.readSeconds), "build": Self.seconds(solver.buildSeconds),
                                                    "solve": Self.seconds(solver.solveSeconds)])),
            (text(.factLPSize), text(.factLPSizeValue, ["columns": NumberFormat.grouped(Double(solver.columns)), "rows": NumberFormat.grouped(Double(solver.rows)),
                                                        "nonzeros": NumberFormat.grouped(Double(solver.nonzeros))])),
            (text(.factObjective), "\(NumberFormat.grouped(run.summary.objective)) EUR"),
        ]
        return ReportSection(id: "solver", title: text(.solverTitle),
                             blocks: [HTML.facts(facts), "<h3>\(HTML.escape(text(.notesHeading)))</h3>", HTML.list(solver.notes, empty: text(.noneListed))])
    }

    static func seconds(_ value: Double) -> String { "\(NumberFormat.grouped(value, decimals: 2)) s" }
}
