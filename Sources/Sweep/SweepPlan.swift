import Foundation

/// The points of a sweep in the order they are solved, and its parameters in the order the user gave them.
///
/// A grid (`--vary`) is ordered as a snake over its parameters sorted by key: consecutive points differ in
/// one parameter by one step, so that each solve can start from the last one's basis, and the order (hence
/// every shard) is the same whatever the order of the `--vary` flags. A points file keeps its own order.
public struct SweepPlan: Sendable, Equatable {
    /// The varied keys as given: the first is a chart's horizontal axis, the second its lines.
    public let parameters: [String]
    /// Every point, in solving order.
    public let points: [SweepPoint]

    /// Most points one sweep may hold.
    public static let maximumPoints = 1_000_000

    /// The cartesian grid of `axes`.
    public init(axes: [SweepAxis]) throws(SweepInputError) {
        guard !axes.isEmpty else { throw SweepInputError(flag: "--vary", message: "give at least one --vary KEY=SPEC or a --points FILE.csv") }
        var seen = Set<String>()
        for axis in axes where !seen.insert(axis.key).inserted {
            throw SweepInputError(flag: "--vary \(axis.key)", message: "this key is varied twice; give each key once (a list a,b,c can hold any values)")
        }
        let count = axes.reduce(1.0) { $0 * Double($1.values.count) }
        guard count <= Double(Self.maximumPoints) else {
            throw SweepInputError(flag: "--vary", message: "the grid has \(String(format: "%.0f", count)) points; at most \(Self.maximumPoints) (split it, or use larger steps)")
        }
        let sorted = axes.sorted { $0.key < $1.key }
        parameters = axes.map(\.key)
        points = Self.snake(sizes: sorted.map(\.values.count)).map { digits in
            SweepPoint(Dictionary(uniqueKeysWithValues: zip(sorted, digits).map { ($0.key, $0.values[$1]) }))
        }
    }

    /// The points listed in a CSV file whose header names the keys, one point per row, in the file's order.
    public init(pointsFile path: String) throws(SweepInputError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SweepInputError(flag: "--points \(path)", message: "cannot read the file: it is missing or not UTF-8 text")
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        guard let header = lines.first else {
            throw SweepInputError(flag: "--points \(path)", message: "the file is empty; write a header of keys, then one point per line")
        }
        let keys = header.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, key) in keys.enumerated() {
            if let defect = SweepAxis.keyDefect(key) { throw SweepInputError(flag: "\(path):1", message: "column \(index + 1): \(defect)") }
            if keys[..<index].contains(key) { throw SweepInputError(flag: "\(path):1", message: "the key '\(key)' is a column twice") }
        }
        var points: [SweepPoint] = [], lineOfKey: [String: Int] = [:]
        for (offset, line) in lines.enumerated().dropFirst() {
            let flag = "\(path):\(offset + 1)"
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { ParameterValue.canonical(String($0)) }
            guard fields.count == keys.count else {
                throw SweepInputError(flag: flag, message: "\(fields.count) values for \(keys.count) keys (\(keys.joined(separator: ", ")))")
            }
            for field in fields {
                if let defect = ParameterValue.defect(field) { throw SweepInputError(flag: flag, message: defect) }
            }
            let point = SweepPoint(Dictionary(uniqueKeysWithValues: zip(keys, fields).map { ($0, $1) }))
            if let first = lineOfKey[point.key] { throw SweepInputError(flag: flag, message: "repeats the point on line \(first)") }
            lineOfKey[point.key] = offset + 1
            points.append(point)
        }
        guard !points.isEmpty else { throw SweepInputError(flag: "--points \(path)", message: "the file has a header but no points") }
        guard points.count <= Self.maximumPoints else {
            throw SweepInputError(flag: "--points \(path)", message: "\(points.count) points; at most \(Self.maximumPoints)")
        }
        parameters = keys
        self.points = points
    }

    /// The distinct values `key` takes, numbers in ascending order, then other text alphabetically.
    public func values(of key: String) -> [String] {
        Set(points.compactMap { $0[key] }).sorted(by: ParameterValue.ascending)
    }

    /// Index vectors of a reflected mixed-radix Gray code (boustrophedon): the first size is the outermost
    /// digit; consecutive vectors differ in exactly one digit, by one.
    static func snake(sizes: [Int]) -> [[Int]] {
        var sequence: [[Int]] = [[]]
        for size in sizes {
            var next: [[Int]] = []
            next.reserveCapacity(sequence.count * size)
            for (position, prefix) in sequence.enumerated() {
                let digits = position.isMultiple(of: 2) ? Array(0..<size) : Array((0..<size).reversed())
                for digit in digits { next.append(prefix + [digit]) }
            }
            sequence = next
        }
        return sequence
    }
}
