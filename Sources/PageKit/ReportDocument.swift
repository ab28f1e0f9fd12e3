/// A whole report page: a heading, a contents list and its sections, written as one self-contained HTML file
/// (inline CSS and SVG, no script, no font file, no link outside the page) that opens offline and prints on A4.
public struct ReportDocument: Sendable {
    /// Page title and main heading.
    public var title: String
    /// Line under the heading (region, window, status).
    public var subtitle: String
    /// Sections in reading order.
    public var sections: [ReportSection]
    /// Line at the foot of the page (what wrote it).
    public var footer: String

    /// A document.
    /// The page's language as an HTML `lang` code (`en`, `zh-CN`), so that a browser picks fonts for it.
    public var language: String

    /// A page; `language` is an HTML `lang` code.
    public init(title: String, subtitle: String, sections: [ReportSection], footer: String, language: String = "en") {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.footer = footer
    }

    /// The page as HTML (UTF-8).
    public func html() -> String {
        let contents = sections.filter(\.listed).map { "<a href=\"#\(HTML.escape($0.id))\">\(HTML.escape($0.title))</a>" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(HTML.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <style>\(Stylesheet.css)</style>
            </head>
            <body>
            <header class="page-header"><h1>\(HTML.escape(title))</h1><p class="subtitle">\(HTML.escape(subtitle))</p></header>
            <nav class="contents">\(contents)</nav>
            <main>
            \(sections.map { $0.html() }.joined(separator: "\n"))
            </main>
            <footer class="page-footer">\(HTML.escape(footer))</footer>
            </body>
            </html>

            """
    }
}
