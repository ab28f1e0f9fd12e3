import Foundation

/// A data directory checked against the bundle's `SHA256SUMS` (lines `HEX  PATH`, as `sha256sum` writes them), and
/// the series a case reads checked against what the directory holds.
public struct DataBundleCheck: Sendable {
    /// What was found for one listed file.
    public enum State: Sendable, Equatable {
        /// Present, with the listed checksum.
        case intact
        /// Not in the directory.
        case missing
        /// Present with another checksum (given).
        case mismatched(found: String)
    }

    /// One listed file and its state.
    public struct Entry: Sendable, Equatable {
        /// Path relative to the directory.
        public let path: String
        /// What was found.
        public let state: State
    }

    /// The checksum file's name in the bundle.
    public static let checksumFile = "SHA256SUMS"

    /// The directory checked.
    public let directory: DataDirectory
    /// Every file `SHA256SUMS` lists, in its order; nil when the directory has no `SHA256SUMS`.
    public let entries: [Entry]?

    /// Reads `SHA256SUMS` (when present) and checks every file it lists.
    public init(directory: DataDirectory) throws(ScenarioError) {
        self.directory = directory
        let sums = directory.url.appendingPathComponent(Self.checksumFile)
        guard let data = FileManager.default.contents(atPath: sums.path) else {
            entries = nil
            return
        }
        var entries: [Entry] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated() {
            let parts = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " *")) }
            guard parts.count == 2, parts[0].count == 64, parts[0].allSatisfy(\.isHexDigit), !parts[1].isEmpty else {
                throw ScenarioError(file: sums.path, line: index + 1, message: "not a checksum line; expected 64 hexadecimal digits, two spaces and a path")
            }
            let file = directory.url.appendingPathComponent(parts[1])
            guard let contents = FileManager.default.contents(atPath: file.path) else {
                entries.append(Entry(path: parts[1], state: .missing))
                continue
            }
            let found = SHA256.hex(of: contents)
            entries.append(Entry(path: parts[1], state: found == parts[0].lowercased() ? .intact : .mismatched(found: found)))
        }
        self.entries = entries
    }

    /// Whether every listed file is present with its checksum (false without `SHA256SUMS`).
    public var isIntact: Bool { entries.map { $0.allSatisfy { $0.state == .intact } } ?? false }

    /// The series (`FILE.csv#COLUMN`) the case at `casePath` reads that `directory` lacks: a missing file or a
    /// missing column, one line each.
    public static func missingSeries(casePath: String, directory: DataDirectory) throws(ScenarioError) -> [String] {
        let document = try YAMLField.document(YAMLField.text(ofFile: casePath, what: "case file"), file: casePath)
        var missing: [String] = [], headers: [String: [String]] = [:]
        for (file, column) in CaseLoader.seriesReferences(in: document.node) {
            let reference = "\(file)#\(column)"
            guard !missing.contains(where: { $0.hasPrefix(reference + ":") }) else { continue }
            if headers[file] == nil {
                let url = directory.url.appendingPathComponent(file)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    missing.append("\(reference): no file \(file)")
                    continue
                }
                do { headers[file] = try CSVTable(contentsOf: url, name: file).header } catch { missing.append("\(reference): \(error.message)") }
            }
            if let header = headers[file], !header.contains(column) { missing.append("\(reference): \(file) has no column \(column)") }
        }
        return missing
    }

    /// The series files the case at `casePath` names, to choose a data directory by.
    public static func seriesFiles(casePath: String) throws(ScenarioError) -> [String] {
        let document = try YAMLField.document(YAMLField.text(ofFile: casePath, what: "case file"), file: casePath)
        return CaseLoader.seriesFiles(in: document.node)
    }
}
