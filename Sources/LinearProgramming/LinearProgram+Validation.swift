/// A defect in a ``LinearProgram`` found before any solver sees it.
public struct LinearProgramDefect: Error, Sendable, CustomStringConvertible {
    /// Where: `column 'gen[coal,t=3]'`, `row 'balance[t=17]'`, or the coefficient's row and column.
    public let location: String
    /// What is wrong and what would be valid.
    public let problem: String

    /// A readable sentence.
    public var description: String { "\(location): \(problem)" }
}

extension LinearProgram {
    /// Checks every number and index: bounds finite and ordered, costs and coefficients finite, entries in
    /// range and no coefficient given twice for the same row and column.
    public func validate() throws(LinearProgramDefect) {
        for (index, bounds) in columnBounds.enumerated() {
            if let defect = bounds.defect { throw LinearProgramDefect(location: "column '\(columnNames[index])'", problem: defect) }
            if !objective[index].isFinite {
                throw LinearProgramDefect(location: "column '\(columnNames[index])'", problem: "objective coefficient \(objective[index]) is not a finite number")
            }
        }
        for (index, bounds) in rowBounds.enumerated() {
            if let defect = bounds.defect { throw LinearProgramDefect(location: "row '\(rowNames[index])'", problem: defect) }
        }
        if !objectiveConstant.isFinite {
            throw LinearProgramDefect(location: "objective", problem: "constant \(objectiveConstant) is not a finite number")
        }
        try validateEntries()
    }

    private func validateEntries() throws(LinearProgramDefect) {
        let columns = columnCount
        var keys = [Int](repeating: 0, count: entryCount)
        for position in 0..<entryCount {
            let row = Int(entryRows[position]), column = Int(entryColumns[position])
            guard row >= 0, row < rowCount, column >= 0, column < columns else {
                throw LinearProgramDefect(
                    location: "coefficient #\(position)",
                    problem: "refers to row \(row) and column \(column), but the program has \(rowCount) rows and \(columns) columns")
            }
            guard entryValues[position].isFinite else {
                throw LinearProgramDefect(
                    location: "row '\(rowNames[row])', column '\(columnNames[column])'",
                    problem: "coefficient \(entryValues[position]) is not a finite number")
            }
            keys[position] = row &* columns &+ column
        }
        keys.sort()
        for position in keys.indices.dropFirst() where keys[position] == keys[position - 1] {
            let row = keys[position] / columns, column = keys[position] % columns
            throw LinearProgramDefect(
                location: "row '\(rowNames[row])', column '\(columnNames[column])'",
                problem: "coefficient given twice; give each row and column pair once")
        }
    }
}
