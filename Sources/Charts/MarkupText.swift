/// Escaping shared by the SVG charts and the HTML pages that embed them.
public enum MarkupText {
    /// Text made safe for element content and attribute values (`&`, `<`, `>`, quotes); other characters,
    /// CJK included, pass through unchanged because documents are UTF-8.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
