/// One titled part of a report: an anchor, a heading and blocks of markup (paragraphs, tables, figures).
/// Commands add their own sections (a plan's compliance, a sweep's frontier) by appending more of these.
public struct ReportSection: Sendable {
    /// Anchor id, unique in the document (`kpis`, `targets`); the contents list links to it.
    public var id: String
    /// Heading.
    public var title: String
    /// Blocks of markup, in order.
    public var blocks: [String]
    /// Whether the page's contents list links to it (a long page lists its parts and lets each part list its own
    /// sections).
    public var listed: Bool

    /// A section.
    public init(id: String, title: String, blocks: [String], listed: Bool = true) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.listed = listed
    }

    /// The section as HTML.
    func html() -> String {
        "<section id=\"\(HTML.escape(id))\"><h2>\(HTML.escape(title))</h2>\(blocks.joined(separator: "\n"))</section>"
    }
}
