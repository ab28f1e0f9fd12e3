/// A chart with its title and a caption that says what is drawn and how it was reduced for display.
public struct Figure: Sendable {
    /// Heading above the chart.
    public var title: String
    /// The chart, an inline `<svg>` element from the Charts module.
    public var svg: String
    /// What the reader should know: units, what a band or dashed line means, any downsampling.
    public var caption: String

    /// A figure.
    public init(title: String, svg: String, caption: String) {
        self.title = title
        self.svg = svg
        self.caption = caption
    }

    /// The figure as HTML; it is kept on one printed page.
    public func html() -> String {
        "<figure class=\"chart\"><h3>\(HTML.escape(title))</h3>\(svg)<figcaption>\(HTML.escape(caption))</figcaption></figure>"
    }
}
