import ArgumentParser
import Solving

/// `--method` and `--time-limit`, shared by the commands that solve one LP and report it (`solve`, `invest`).
struct SolverChoice: ParsableArguments {
    @Option(help: "auto (interior point + crossover to a basic solution; the interior point kept if the crossover fails), vertex (the same, dual simplex when the crossover fails), simplex (dual simplex from scratch) or interior (no crossover).")
    var method: SolveMethod = .auto

    @Option(name: .customLong("time-limit"), help: "Seconds the simplex may take (GLPK's interior point has no limit).")
    var timeLimit: Double?

    func validate() throws {
        try OptionRange.check("--time-limit", timeLimit, 0.001...2_000_000, unit: "seconds (GLPK counts milliseconds in a 32-bit integer)")
    }
}

extension SolveMethod: ExpressibleByArgument {}
