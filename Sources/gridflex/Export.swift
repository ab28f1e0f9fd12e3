import ArgumentParser
import DispatchBuilder
import Foundation
import LinearProgramming

/// `gridflex export`: write the case's LP as MPS or CPLEX LP.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a case's linear program as free MPS or CPLEX LP.")

    @OptionGroup var options: CaseOptions

    @Option(help: "Write free MPS to this file (names as in the model, e.g. balance[t=17]; an objective constant becomes a column fixed at 1).")
    var mps: String?

    @Option(help: "Write CPLEX LP to this file (names made LP-safe: balance(t_17)).")
    var lp: String?

    func validate() throws {
        if mps == nil && lp == nil { throw ValidationError("give --mps FILE or --lp FILE (or both)") }
    }

    func run() throws {
        try reportingFailures {
            let (loaded, _) = try options.load()
            let program = DispatchModel(case: loaded.value).program.withConstantAsColumn()
            do {
                if let mps {
                    try GLPKProblem(program, names: true).writeMPS(to: mps)
                    print("wrote \(mps)")
                }
                if let lp {
                    try GLPKProblem(program.withLPSafeNames(), names: true).writeLP(to: lp)
                    print("wrote \(lp)")
                }
            } catch {
                throw Failure.output("\(error)")
            }
        }
    }
}
