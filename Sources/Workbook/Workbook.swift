import Foundation
import ZIPFoundation

/// An Office Open XML spreadsheet (`.xlsx`) written by hand: the package parts, zipped.
public struct Workbook: Sendable, Equatable {
    /// The sheets, in tab order.
    public var sheets: [Sheet]

    /// A workbook of these sheets.
    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// Why a workbook could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        /// What went wrong, naming the file.
        public let description: String
    }

    /// Writes the workbook to `path`, replacing any file there.
    public func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(at: url) }
            let archive = try Archive(url: url, accessMode: .create)
            for (name, text) in parts() {
                let data = Data(text.utf8)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw WriteError(description: "cannot write \(path): \(error)")
        }
    }

    /// Every part of the package, by its path inside the zip.
    func parts() -> [(String, String)] {
        var parts = [
            ("[Content_Types].xml", PackageXML.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", PackageXML.rootRelationships),
            ("xl/workbook.xml", PackageXML.workbook(sheetNames: uniqueNames())),
            ("xl/_rels/workbook.xml.rels", PackageXML.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", PackageXML.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", SheetXML.document(sheet)))
        }
        return parts
    }

    /// Sheet names made unique (a spreadsheet refuses two tabs of one name) by a number suffix.
    func uniqueNames() -> [String] {
        var seen: Set<String> = []
        return sheets.map { sheet in
            var name = sheet.name.isEmpty ? "Sheet" : sheet.name
            var counter = 2
            while seen.contains(name.lowercased()) {
                let suffix = " \(counter)"
                name = String(sheet.name.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            seen.insert(name.lowercased())
            return name
        }
    }
}
