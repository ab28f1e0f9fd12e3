/// One value of a worksheet cell.
public enum Cell: Sendable, Equatable {
    /// A number, written as a number (so a spreadsheet sums it); a value that is not finite is written as text.
    case number(Double)
    /// Text, written as an inline string.
    case text(String)
    /// Nothing.
    case empty

    /// A number, or an empty cell when there is none.
    public static func number(_ value: Double?) -> Cell { value.map { .number($0) } ?? .empty }

    /// An integer count, as a number.
    public static func count(_ value: Int?) -> Cell { value.map { .number(Double($0)) } ?? .empty }

    /// Characters the cell shows, for sizing its column.
    var displayLength: Int {
        switch self {
        case let .number(value): return min(String(value).count, 14)
        case let .text(text): return text.count
        case .empty: return 0
        }
    }
}

/// One worksheet: a header row (frozen when the workbook opens) and rows of cells.
public struct Sheet: Sendable, Equatable {
    /// Tab name: at most 31 characters, none of `[]:*?/\`.
    public var name: String
    /// Column headings, with units.
    public var header: [String]
    /// The rows below the header.
    public var rows: [[Cell]]

    /// A sheet; `name` is cut to what a spreadsheet accepts.
    public init(name: String, header: [String], rows: [[Cell]]) {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        self.name = String(name.filter { !forbidden.contains($0) }.prefix(31))
        self.header = header
        self.rows = rows
    }

    /// Width of each column in characters: the longest heading or value, between 8 and 60.
    public var columnWidths: [Int] {
        let count = max(header.count, rows.map(\.count).max() ?? 0)
        return (0..<count).map { column in
            let heading = column < header.count ? header[column].count : 0
            let widest = rows.lazy.map { column < $0.count ? $0[column].displayLength : 0 }.max() ?? 0
            return min(max(heading, widest, 6) + 2, 60)
        }
    }
}
