import Foundation

/// A comma-separated file with a header row, kept as its bytes; a numeric column is parsed when asked for.
///
/// Only what the data bundle needs: no quoted fields with commas inside numeric tables; lines end in `\n`, `\r\n` or
/// `\r`; a UTF-8 byte-order mark is skipped; column names must be unique.
/// Keeping the bytes and each row's span, instead of every field as a string, makes reading a 31-province file
/// one pass over a few MB.
final class CSVTable {
    /// Path as the case wrote it (relative to the data directory), for messages.
    let name: String
    let header: [String]
    private let bytes: [UInt8]
    /// Each data row's bytes, line end excluded.
    private let rows: [Range<Int>]

    init(contentsOf url: URL, name: String) throws(ScenarioError) {
        self.name = name
        guard let data = FileManager.default.contents(atPath: url.path), String(data: data, encoding: .utf8) != nil else {
            throw ScenarioError(file: name, message: "cannot read \(url.path): the file is missing or not UTF-8 text")
        }
        bytes = [UInt8](data)
        var lines: [Range<Int>] = []
        // A UTF-8 byte-order mark is not part of the first column's name.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    lines.append(start..<index)
                    if byte == UInt8(ascii: "\r"), index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    start = index + 1
                }
                index += 1
            }
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw ScenarioError(file: name, message: "the file is empty; expected a header row") }
        header = String(decoding: bytes[first], as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var seen: [String: Int] = [:]
        for (index, column) in header.enumerated() {
            if let earlier = seen.updateValue(index, forKey: column) {
                throw ScenarioError(file: name, line: 1, key: column,
                                    message: "the header names this column twice (columns \(earlier + 1) and \(index + 1)); column names must be unique")
            }
        }
        rows = Array(lines.dropFirst())
    }

    var rowCount: Int { rows.count }

    /// Columns parsed so far: regions of a regional case read the same columns (hydro availability) through one cache.
    private var parsed: [String: [Double]] = [:]

    /// One numeric column, every value finite.
    func column(_ column: String) throws(ScenarioError) -> [Double] {
        if let values = parsed[column] { return values }
        let values = try parse(column)
        parsed[column] = values
        return values
    }

    private func parse(_ column: String) throws(ScenarioError) -> [Double] {
        guard let index = header.firstIndex(of: column) else {
            throw ScenarioError(file: name, line: 1, key: column,
                                message: "no such column; columns are: \(header.prefix(40).joined(separator: ", "))\(header.count > 40 ? " … (\(header.count) in all)" : "")")
        }
        var values: [Double] = []
        values.reserveCapacity(rows.count)
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            let count = bytes[row].reduce(1) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 }
            guard count == header.count, let field = self.field(index, of: row) else {
                throw ScenarioError(file: name, line: line, key: column, message: "the row has \(count) fields; the header has \(header.count)")
            }
            guard let value = Self.number(bytes[field]), value.isFinite else {
                let text = String(decoding: bytes[field], as: UTF8.self)
                throw ScenarioError(file: name, line: line, key: column, message: "'\(text)' is not a finite number")
            }
            values.append(value)
        }
        return values
    }

    /// One text column (e.g. the province codes of a table with a row per province), spaces around each value removed.
    func texts(_ column: String) throws(ScenarioError) -> [String] {
        guard let index = header.firstIndex(of: column) else {
            throw ScenarioError(file: name, line: 1, key: column, message: "no such column; columns are: \(header.joined(separator: ", "))")
        }
        var values: [String] = []
        for (offset, row) in rows.enumerated() {
            guard let field = self.field(index, of: row) else {
                throw ScenarioError(file: name, line: offset + 2, key: column, message: "the row is shorter than the header")
            }
            values.append(String(decoding: bytes[field], as: UTF8.self))
        }
        return values
    }

    /// The byte range of field `index` of a row, spaces and tabs around it excluded; `nil` when the row is shorter.
    private func field(_ index: Int, of row: Range<Int>) -> Range<Int>? {
        var start = row.lowerBound, found = 0
        while found < index {
            guard let comma = bytes[start..<row.upperBound].firstIndex(of: UInt8(ascii: ",")) else { return nil }
            start = comma + 1
            found += 1
        }
        var end = bytes[start..<row.upperBound].firstIndex(of: UInt8(ascii: ",")) ?? row.upperBound
        while start < end, Self.isBlank(bytes[start]) { start += 1 }
        while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Exact powers of ten a `Double` holds.
    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Parses a number. Plain decimals (`-12.345`) with at most 15 significant digits take the exact fast path
    /// (an integer below 2^53 divided by an exact power of ten rounds once, as a full parser would); anything else
    /// (exponents, more digits, `nan`) goes to Swift's own parser.
    static func number(_ field: ArraySlice<UInt8>) -> Double? {
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, seenPoint = false, negative = false
        var index = field.startIndex
        if index < field.endIndex, field[index] == UInt8(ascii: "-") || field[index] == UInt8(ascii: "+") {
            negative = field[index] == UInt8(ascii: "-")
            index += 1
        }
        var plain = index < field.endIndex
        while plain, index < field.endIndex {
            let byte = field[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                // Wraps only past 19 digits, and then the fast path below is not taken (at most 15).
                mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                plain = false
            }
            index += 1
        }
        guard plain, digits > 0, digits <= 15 else { return Double(String(decoding: field, as: UTF8.self)) }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }
}

/// Reads each CSV file once per case load.
final class CSVCache {
    /// The data directory the files are read from.
    let directory: DataDirectory
    private var tables: [String: CSVTable] = [:]

    init(directory: DataDirectory) {
        self.directory = directory
    }

    func table(_ path: String) throws(ScenarioError) -> CSVTable {
        if let table = tables[path] { return table }
        let url = directory.url.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ScenarioError(file: path, message: "file not found in the data directory \(directory.url.path) (chosen by \(directory.origin))")
        }
        let table = try CSVTable(contentsOf: url, name: path)
        tables[path] = table
        return table
    }
}
