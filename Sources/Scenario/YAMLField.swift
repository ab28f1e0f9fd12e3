import Foundation
import GridModel
import Yams

/// A node of a YAML document with its key path and file, so every error can say where it is.
struct YAMLField {
    let node: Node
    let path: String
    let file: String

    var line: Int? { node.mark.map { $0.line } }

    func error(_ message: String) -> ScenarioError {
        ScenarioError(file: file, line: line, key: path.isEmpty ? nil : path, message: message)
    }

    /// Largest case or plan file read, bytes (1 MiB: the largest shipped file is under 20 kB).
    static let maximumFileBytes = 1 << 20
    /// Most values (scalars, lists, mappings) a document may hold once its aliases (`*name`) are expanded: bounds
    /// a "billion laughs" document, which a few lines of nested aliases make expand to billions of values.
    static let maximumExpandedNodes = 100_000
    /// Largest magnitude of any number in a case, plan or `--set` value; each key's own range is usually narrower.
    static let maximumMagnitude = 1e15
    /// Smallest magnitude other than 0 of any number: nearer 0, quotients such as 1 ÷ efficiency leave the range
    /// of floating point.
    static let minimumMagnitude = 1e-12

    /// Reads a case or plan file as UTF-8 text, refusing files above ``maximumFileBytes``.
    static func text(ofFile path: String, what: String) throws(ScenarioError) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let size, size > maximumFileBytes {
            throw ScenarioError(file: path, message: "the \(what) is \(size) bytes; at most \(maximumFileBytes) bytes (1 MiB) are read")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(file: path, message: "cannot read the \(what): it is missing, not a file or not UTF-8 text")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Parses a YAML document; syntax errors carry Yams' own position.
    static func document(_ text: String, file: String) throws(ScenarioError) -> YAMLField {
        do {
            let (root, fits) = try AliasExpansion.composed(text, budget: maximumExpandedNodes)
            guard fits else { throw aliasBomb(file) }
            guard let root else {
                throw ScenarioError(file: file, message: "the file is empty; a case needs at least name, region, load and resources")
            }
            return YAMLField(node: root, path: "", file: file)
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            let (line, problem) = describe(error)
            throw ScenarioError(file: file, line: line, message: "not valid YAML: \(problem)")
        } catch {
            throw ScenarioError(file: file, message: "not valid YAML: \(error)")
        }
    }

    /// The error for a document that expands beyond ``maximumExpandedNodes``.
    private static func aliasBomb(_ file: String) -> ScenarioError {
        ScenarioError(file: file, message: "the document expands to more than \(maximumExpandedNodes) values through its aliases (*name); "
                      + "write the values out or use fewer nested aliases")
    }

    /// Yams' error as a line and one line of text (its own description repeats the whole document).
    private static func describe(_ error: YamlError) -> (line: Int?, problem: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return (mark.line, context.map { "\(problem) (\($0.text))" } ?? problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, "a key given twice in one mapping: \(duplicates.joined(separator: ", ")); give each key once")
        default:
            return (nil, String(describing: error).split(separator: "\n").first.map(String.init) ?? "")
        }
    }

    private func child(_ key: String, _ node: Node) -> YAMLField {
        YAMLField(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The mapping's entries, checking that every key is one of `allowed`.
    func mapping(allowed: [String]) throws(ScenarioError) -> [String: YAMLField] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys (\(allowed.joined(separator: ", ")))") }
        var fields: [String: YAMLField] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let field = child(key, value)
            guard allowed.contains(key) else {
                let hint = Self.closest(to: key, in: allowed).map { "did you mean '\($0)'? " } ?? ""
                throw YAMLField(node: keyNode, path: field.path, file: file)
                    .error("unknown key; \(hint)valid keys here: \(allowed.joined(separator: ", "))")
            }
            guard fields[key] == nil else { throw field.error("key given twice") }
            fields[key] = field
        }
        return fields
    }

    /// The sequence's items, with `[i]` paths.
    func sequence() throws(ScenarioError) -> [YAMLField] {
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.enumerated().map { YAMLField(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    func string() throws(ScenarioError) -> String {
        guard let scalar = node.scalar else { throw error("expected a single value, not a list or mapping") }
        return scalar.string
    }

    /// A finite number of magnitude at most ``maximumMagnitude``; YAML's `.nan`, `.inf`, text and numbers too small
    /// to represent other than as zero (`1e-400`) are refused.
    func number() throws(ScenarioError) -> Double {
        let text = try string().replacingOccurrences(of: "_", with: "")
        let value: Double
        do { value = try Self.number(text) } catch let defect { throw error(defect.message) }
        return value
    }

    /// Parses a number written by a user (case key, `--set` value), with the reason when it is not one.
    static func number(_ text: String) throws(ScenarioError) -> Double {
        let lowered = text.lowercased()
        guard let value = Double(text), value.isFinite, !lowered.contains("nan"), !lowered.contains("inf") else {
            throw ScenarioError(file: "", message: "'\(text)' is not a finite number")
        }
        guard abs(value) <= maximumMagnitude else {
            throw ScenarioError(file: "", message: "'\(text)' is beyond ±\(Fields.format(maximumMagnitude)), the largest magnitude any number may have")
        }
        let mantissa = lowered.split(separator: "e").first ?? ""
        let underflows = value == 0 && mantissa.contains(where: { ("1"..."9").contains($0) })
        guard !underflows, value == 0 || abs(value) >= minimumMagnitude else {
            throw ScenarioError(file: "", message: "'\(text)' is nearer 0 than \(minimumMagnitude), the smallest magnitude other than 0 a number may have; write 0 or a larger number")
        }
        return value
    }

    /// A name that appears in LP names and files: letters, digits, `_`, `-` and `.` only.
    func lpName() throws(ScenarioError) -> String {
        let name = try string()
        let allowedCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
        guard !name.isEmpty, name.allSatisfy({ allowedCharacters.contains($0) }) else {
            throw error("'\(name)' is not a valid name; use letters, digits, '_', '-' and '.' only (names appear in LP files)")
        }
        return name
    }

    /// A window of hours written `A-B`.
    func window() throws(ScenarioError) -> HourWindow {
        let text = try string()
        guard let parsed = HourWindow(parsing: text) else {
            throw error("'\(text)' is not a window of hours; write A-B with 1 ≤ A ≤ B ≤ 8760, e.g. 1-168")
        }
        return parsed
    }

    func integer() throws(ScenarioError) -> Int {
        let value = try number()
        guard value == value.rounded() else { throw error("'\(Fields.format(value))' is not a whole number") }
        return Int(value)
    }

    /// A whole number within `range`, the error stating both limits.
    func integer(in range: ClosedRange<Int>, what: String) throws(ScenarioError) -> Int {
        let text = try string()
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), range.contains(value) else {
            throw error("'\(text)' is not \(what): a whole number within \(range.lowerBound)–\(range.upperBound)")
        }
        return value
    }

    func bool() throws(ScenarioError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw error("'\(other)' is not true or false")
        }
    }

    /// The closest allowed key by edit distance, for "did you mean".
    static func closest(to key: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(key, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, key.count / 3) else { return nil }
        return best
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

/// Typed access to a mapping's fields with range checks that name the key.
struct Fields {
    let fields: [String: YAMLField]
    let owner: YAMLField

    init(_ field: YAMLField, allowed: [String]) throws(ScenarioError) {
        fields = try field.mapping(allowed: allowed)
        owner = field
    }

    subscript(key: String) -> YAMLField? { fields[key] }

    func has(_ key: String) -> Bool { fields[key] != nil }

    func required(_ key: String, _ what: String) throws(ScenarioError) -> YAMLField {
        guard let field = fields[key] else { throw owner.error("missing '\(key)' (\(what))") }
        return field
    }

    func string(_ key: String, _ what: String) throws(ScenarioError) -> String {
        try required(key, what).string()
    }

    func optionalString(_ key: String) throws(ScenarioError) -> String? {
        try fields[key]?.string()
    }

    /// A number within `range`; `valid` names the range in words for the error.
    func number(_ key: String, in range: ClosedRange<Double> = -.greatestFiniteMagnitude...(.greatestFiniteMagnitude),
                valid: String = "", default fallback: Double? = nil) throws(ScenarioError) -> Double {
        guard let field = fields[key] else {
            if let fallback { return fallback }
            throw owner.error("missing '\(key)'\(valid.isEmpty ? "" : " (\(valid))")")
        }
        let value = try field.number()
        guard range.contains(value) else { throw field.error("\(Self.format(value)) is out of range \(Self.describe(range)); \(valid)") }
        return value
    }

    func optionalNumber(_ key: String, in range: ClosedRange<Double>, valid: String) throws(ScenarioError) -> Double? {
        guard has(key) else { return nil }
        return try number(key, in: range, valid: valid)
    }

    func bool(_ key: String, default fallback: Bool) throws(ScenarioError) -> Bool {
        try fields[key]?.bool() ?? fallback
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) <= 1e15 ? String(Int(value)) : String(value)
    }

    /// `[0, 10000000]`: both limits of a range, as errors state them.
    static func describe(_ range: ClosedRange<Double>) -> String {
        "[\(format(range.lowerBound)), \(format(range.upperBound))]"
    }
}

/// Common ranges, written once with the words used in errors. The upper limits are far above any power system
/// (China's whole fleet is about 3,000,000 MW) and keep every LP coefficient and bound within what a solver's
/// tolerances handle.
enum Valid {
    /// Largest power of one resource or one hour's load, MW.
    static let maximumPowerMW = 10_000_000.0
    static let nonNegative = (0.0...1e9, "must be within 0–1,000,000,000")
    static let capacity = (0.0...maximumPowerMW, "a capacity must be within 0–10,000,000 MW")
    static let energy = (0.0...1e12, "energy must be within 0–1,000,000,000,000 MWh")
    static let perUnit = (0.0...1.0, "must be between 0 and 1 (per unit)")
    static let efficiency = (0.01...1.0, "an efficiency must be within 0.01–1 (per unit)")
}
