/// The XML of one worksheet part (`xl/worksheets/sheetN.xml`).
enum SheetXML {
    /// Style indices in `styles.xml`: 0 default, 1 bold header, 2 number with a thousands separator.
    enum Style: Int {
        case plain = 0, header = 1, number = 2
    }

    static func document(_ sheet: Sheet) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<sheetViews><sheetView workbookViewId="0">"#
        xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        let widths = sheet.columnWidths
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += row(1, sheet.header.map(Cell.text), header: true)
        for (index, cells) in sheet.rows.enumerated() {
            xml += row(index + 2, cells, header: false)
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    /// One row; header cells are bold, numbers below get the number format.
    private static func row(_ number: Int, _ cells: [Cell], header: Bool) -> String {
        var xml = #"<row r="\#(number)">"#
        let textStyle: Style = header ? .header : .plain
        for (column, cell) in cells.enumerated() {
            let reference = columnName(column) + String(number)
            switch cell {
            case let .number(value) where value.isFinite:
                xml += #"<c r="\#(reference)" s="\#((header ? Style.header : Style.number).rawValue)"><v>\#(value)</v></c>"#
            case let .number(value):
                xml += inlineString(reference, String(value), style: textStyle)
            case let .text(text):
                xml += inlineString(reference, text, style: textStyle)
            case .empty:
                continue
            }
        }
        return xml + "</row>"
    }

    private static func inlineString(_ reference: String, _ text: String, style: Style) -> String {
        #"<c r="\#(reference)" s="\#(style.rawValue)" t="inlineStr"><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a zero-based column index.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Text safe inside an XML element or attribute; control characters XML 1.0 forbids are dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
