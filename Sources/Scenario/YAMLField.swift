import Foundation
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

    /// Parses a YAML document; syntax errors carry Yams' own position.
    static func document(_ text: String, file: String) throws(ScenarioError) -> YAMLField {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScenarioError(file: file, message: "the file is empty; a case needs at least name, region, load and resources")
            }
            return YAMLField(node: node, path: "", file: file)
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            throw ScenarioError(file: file, message: "not valid YAML: \(error)")
        } catch {
            throw ScenarioError(file: file, message: "not valid YAML: \(error)")
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

    /// A finite number; YAML's `.nan`, `.inf` and text are refused.
    func number() throws(ScenarioError) -> Double {
        let text = try string().replacingOccurrences(of: "_", with: "")
        let lowered = text.lowercased()
        guard let value = Double(text), value.isFinite, !lowered.contains("nan"), !lowered.contains("inf") else {
            throw error("'\(text)' is not a finite number")
        }
        return value
    }

    func integer() throws(ScenarioError) -> Int {
        let value = try number()
        guard value == value.rounded(), abs(value) < 1e15 else { throw error("'\(value)' is not a whole number") }
        return Int(value)
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
        guard range.contains(value) else { throw field.error("\(Self.format(value)) is out of range; \(valid)") }
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
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Common ranges, written once with the words used in errors.
enum Valid {
    static let nonNegative = (0.0...Double.greatestFiniteMagnitude, "must be ≥ 0")
    static let capacity = (0.0...Double.greatestFiniteMagnitude, "a capacity must be ≥ 0 MW")
    static let perUnit = (0.0...1.0, "must be between 0 and 1 (per unit)")
    static let efficiency = (Double.leastNonzeroMagnitude...1.0, "an efficiency must be above 0 and at most 1")
}
