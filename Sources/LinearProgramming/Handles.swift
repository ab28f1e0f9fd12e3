extension ColumnID {
    /// The handle of the column at a zero-based position, for code that walks every column of a program (such as
    /// passing the changed bounds of a re-solve to GLPK).
    public init(position: Int) {
        self.init(index: position)
    }
}

extension RowID {
    /// The handle of the row at a zero-based position, for code that walks every row of a program.
    public init(position: Int) {
        self.init(index: position)
    }
}
