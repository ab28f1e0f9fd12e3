/// A table of text cells; numeric columns are right-aligned with tabular figures so that digits line up.
public struct HTMLTable: Sendable {
    /// One cell.
    public struct Cell: Sendable {
        /// The cell's markup (already escaped).
        public var markup: String
        /// Right-aligned, for numbers.
        public var numeric: Bool

        /// A cell of plain text.
        public init(_ text: String, numeric: Bool = false) {
            self.markup = HTML.escape(text)
            self.numeric = numeric
        }

        /// A cell of ready markup (a status badge, a quote in its own language).
        public init(markup: String, numeric: Bool = false) {
            self.markup = markup
            self.numeric = numeric
        }
    }

    /// Column headings.
    public var headers: [Cell]
    /// Rows of cells, as many as there are headers.
    public var rows: [[Cell]]
    /// CSS class of the `<table>`, for column widths of a particular table.
    public var className: String

    /// A table.
    public init(headers: [Cell], rows: [[Cell]], className: String = "data") {
        self.headers = headers
        self.rows = rows
        self.className = className
    }

    /// The table as HTML.
    public func html() -> String {
        func cell(_ tag: String, _ cell: Cell) -> String {
            cell.numeric ? "<\(tag) class=\"number\">\(cell.markup)</\(tag)>" : "<\(tag)>\(cell.markup)</\(tag)>"
        }
        let head = "<thead><tr>" + headers.map { cell("th", $0) }.joined() + "</tr></thead>"
        let body = "<tbody>" + rows.map { "<tr>" + $0.map { cell("td", $0) }.joined() + "</tr>" }.joined() + "</tbody>"
        return "<div class=\"table-wrap\"><table class=\"\(HTML.escape(className))\">\(head)\(body)</table></div>"
    }
}
