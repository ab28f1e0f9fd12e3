import Foundation
import Testing
@testable import Workbook

@Suite("Workbook parts")
struct SheetXMLTests {
    @Test("Column letters follow the spreadsheet's base-26 scheme (A … Z, AA, AZ, BA, ZZ, AAA)")
    func columnNames() {
        // By hand: index 26 is the 27th column, AA; 51 is AZ (26 + 26); 52 is BA; 701 is ZZ (26 + 26 × 26 − 1); 702 is AAA.
        #expect([0, 25, 26, 51, 52, 701, 702].map(SheetXML.columnName) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"])
    }

    @Test("Numbers are stored as numbers with the number style, text inline and escaped, empty cells left out")
    func cells() {
        let sheet = Sheet(name: "Summary", header: ["item", "value (MW)"], rows: [[.text("a<b & \"c\""), .number(1234.5)], [.empty, .number(.infinity)]])
        let xml = SheetXML.document(sheet)
        #expect(xml.contains(#"<c r="B2" s="2"><v>1234.5</v></c>"#))
        #expect(xml.contains(#"<c r="A2" s="0" t="inlineStr"><is><t xml:space="preserve">a&lt;b &amp; &quot;c&quot;</t></is></c>"#))
        #expect(xml.contains(#"<c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">value (MW)</t></is></c>"#))
        #expect(!xml.contains(#"r="A3""#))
        #expect(xml.contains(#"<c r="B3" s="0" t="inlineStr"><is><t xml:space="preserve">inf</t></is></c>"#))
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
    }

    @Test("Column widths fit the longest heading or value plus 2, between 8 and 60 characters")
    func widths() {
        // "value (MW)" is 10 characters → 12; column A's longest is "abc", below the minimum 6 → 8.
        let sheet = Sheet(name: "S", header: ["a", "value (MW)", "q"], rows: [[.text("abc"), .number(1), .text(String(repeating: "x", count: 80))]])
        #expect(sheet.columnWidths == [8, 12, 60])
    }

    @Test("Sheet names lose the characters a spreadsheet refuses, are cut to 31 and made unique")
    func names() {
        let workbook = Workbook(sheets: [Sheet(name: "a/b:c", header: [], rows: []), Sheet(name: "ab:c", header: [], rows: []),
                                         Sheet(name: String(repeating: "n", count: 40), header: [], rows: [])])
        #expect(workbook.uniqueNames() == ["abc", "abc 2", String(repeating: "n", count: 31)])
    }

    @Test("The written file is a zip holding every part, content types naming each sheet")
    func package() throws {
        let workbook = Workbook(sheets: [Sheet(name: "One", header: ["x"], rows: [[.number(1)]]), Sheet(name: "Two", header: ["y"], rows: [])])
        let names = workbook.parts().map(\.0)
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                          "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let types = workbook.parts()[0].1
        #expect(types.contains("/xl/worksheets/sheet2.xml") && !types.contains("/xl/worksheets/sheet3.xml"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try workbook.write(to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))   // a zip's local file header, "PK\3\4"
        #expect(throws: Workbook.WriteError.self) { try workbook.write(to: "/no-such-directory/x.xlsx") }
    }
}
