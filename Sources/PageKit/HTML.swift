import Charts

/// Writing HTML text safely: every piece of case text (names, assumptions, plan quotes) goes through `escape`.
public enum HTML {
    /// Text made safe for element content and attribute values (`&`, `<`, `>`, quotes); other characters,
    /// CJK included, pass through unchanged because the page is UTF-8.
    public static func escape(_ text: String) -> String {
        MarkupText.escape(text)
    }

    /// `<name class="…">content</name>`; `content` must already be markup (escape text first).
    public static func element(_ name: String, class className: String? = nil, _ content: String) -> String {
        let attribute = className.map { " class=\"\(escape($0))\"" } ?? ""
        return "<\(name)\(attribute)>\(content)</\(name)>"
    }

    /// A paragraph of plain text.
    public static func paragraph(_ text: String, class className: String? = nil) -> String {
        element("p", class: className, escape(text))
    }

    /// A bulleted list of plain-text items; an empty list gives `none` as a muted paragraph.
    public static func list(_ items: [String], empty: String = "None.") -> String {
        guard !items.isEmpty else { return paragraph(empty, class: "muted") }
        return element("ul", items.map { element("li", escape($0)) }.joined())
    }

    /// Label–value pairs as a two-column definition list (case facts, solver facts).
    public static func facts(_ pairs: [(label: String, value: String)]) -> String {
        "<dl class=\"facts\">" + pairs.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>"
    }
}
