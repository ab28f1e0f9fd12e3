import Analysis
import Charts
import Localization
import PageKit

extension CaseReport {
    /// How the answer was obtained: method, iterations, times, LP size and the solver's notes.
    var solverSection: ReportSection {
        Self.solverSection(id: "solver", title: text(.solverTitle), status: run.summary.status, objective: run.summary.objective,
                           solver: run.summary.solver, text: text)
    }

    /// A solver section for any solve: its status, objective (EUR) and solver facts.
    static func solverSection(id: String, title: String, status: String, objective: Double, solver: SolverFacts, text: Localizer) -> ReportSection {
        let facts: [(label: String, value: String)] = [
            (text(.factStatus), status),
            (text(.factMethod), text(.factMethodValue, ["method": solver.method, "iterations": NumberFormat.grouped(Double(solver.iterations))])),
            (text(.factTime), text(.factTimeValue, ["read": seconds(solver.readSeconds), "build": seconds(solver.buildSeconds),
                                                    "solve": seconds(solver.solveSeconds)])),
            (text(.factLPSize), text(.factLPSizeValue, ["columns": NumberFormat.grouped(Double(solver.columns)), "rows": NumberFormat.grouped(Double(solver.rows)),
                                                        "nonzeros": NumberFormat.grouped(Double(solver.nonzeros))])),
            (text(.factObjective), "\(NumberFormat.grouped(objective)) EUR"),
        ]
        return ReportSection(id: id, title: title,
                             blocks: [HTML.facts(facts), "<h3>\(HTML.escape(text(.notesHeading)))</h3>", HTML.list(solver.notes, empty: text(.noneListed))])
    }

    static func seconds(_ value: Double) -> String { "\(NumberFormat.grouped(value, decimals: 2)) s" }
}
