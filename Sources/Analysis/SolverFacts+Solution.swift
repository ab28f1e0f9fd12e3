import LinearProgramming

extension SolverFacts {
    /// The facts of one solve of `program`: the solution's method, iterations and solver time, the program's
    /// size, and the caller's read and build timings and notes.
    public init(solution: Solution, program: LinearProgram, readSeconds: Double, buildSeconds: Double, notes: [String]) {
        self.init(method: solution.method.rawValue, iterations: solution.iterations, readSeconds: readSeconds,
                  buildSeconds: buildSeconds, solveSeconds: solution.seconds, crossoverSeconds: solution.crossoverSeconds, columns: program.columnCount,
                  rows: program.rowCount, nonzeros: program.entryCount, notes: notes)
    }
}
