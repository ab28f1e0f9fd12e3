extension Solution {
    /// One solution of `program` made of solutions of programs that each cover part of it (the windows of a
    /// decomposition), matched by name. A column or row found in one part takes that part's values; one found in
    /// several (a year-long row such as a target, which every window has over its own hours) takes the sum of their
    /// values and activities, and NaN for its dual or reduced cost, which no part knows for the whole; one found in no
    /// part is 0. The objective, iterations, seconds and crossover seconds are the parts' sums; the status is the
    /// first part's that has no solution, otherwise `feasible` (each part may be optimal for itself, which proves
    /// nothing of the whole), or the one part's own.
    public static func stitched(for program: LinearProgram, from parts: [(program: LinearProgram, solution: Solution)]) -> Solution {
        func positions(_ names: [String]) -> [String: Int] {
            Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let columnAt = positions(program.columnNames), rowAt = positions(program.rowNames)
        var columnValues = [Double](repeating: 0, count: program.columnCount), reducedCosts = columnValues
        var rowActivities = [Double](repeating: 0, count: program.rowCount), rowDuals = rowActivities
        var columnSeen = [UInt8](repeating: 0, count: program.columnCount), rowSeen = [UInt8](repeating: 0, count: program.rowCount)
        for (part, solution) in parts {
            for (index, name) in part.columnNames.enumerated() {
                guard let position = columnAt[name] else { continue }
                columnValues[position] += solution.columnValues[index]
                reducedCosts[position] = columnSeen[position] == 0 ? solution.reducedCosts[index] : .nan
                columnSeen[position] = 1
            }
            for (index, name) in part.rowNames.enumerated() {
                guard let position = rowAt[name] else { continue }
                rowActivities[position] += solution.rowActivities[index]
                rowDuals[position] = rowSeen[position] == 0 ? solution.rowDuals[index] : .nan
                rowSeen[position] = 1
            }
        }
        let solutions = parts.map(\.solution)
        let crossovers = solutions.compactMap(\.crossoverSeconds)
        let status = solutions.first { !$0.status.hasSolution }?.status ?? (solutions.count == 1 ? solutions[0].status : .feasible)
        return Solution(
            status: status, method: solutions.first?.method ?? .interiorPoint, objective: solutions.reduce(0) { $0 + $1.objective },
            columnValues: columnValues, reducedCosts: reducedCosts, rowActivities: rowActivities, rowDuals: rowDuals,
            iterations: solutions.reduce(0) { $0 + $1.iterations }, seconds: solutions.reduce(0) { $0 + $1.seconds }, log: "",
            notes: Array(Set(solutions.flatMap(\.notes))).sorted(),
            relativeGap: solutions.compactMap(\.relativeGap).max(),
            crossoverSeconds: crossovers.isEmpty ? nil : crossovers.reduce(0, +))
    }
}
