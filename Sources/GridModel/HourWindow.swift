import Foundation

/// A span of hours of one year, 1-based and inclusive: hour 1 starts 1 January 00:00, hour 8,760 ends the year.
public struct HourWindow: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Hours in a (non-leap) year; every series in the data bundle has this many rows.
    public static let hoursPerYear = 8760
    /// The whole year.
    public static let fullYear = HourWindow(uncheckedFirst: 1, last: hoursPerYear)

    /// First hour of the year in the window (1…8,760).
    public let first: Int
    /// Last hour of the year in the window (first…8,760).
    public let last: Int

    /// A window; `nil` unless 1 ≤ first ≤ last ≤ 8,760.
    public init?(first: Int, last: Int) {
        guard 1 <= first, first <= last, last <= Self.hoursPerYear else { return nil }
        self.first = first
        self.last = last
    }

    private init(uncheckedFirst first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Parses `A-B` (e.g. `1-168`) or a single hour `A`; `nil` when malformed or outside 1…8,760.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts.last!) else { return nil }
        self.init(first: first, last: last)
    }

    /// Number of hours.
    public var count: Int { last - first + 1 }
    /// The zero-based positions of the window in a full-year series.
    public var yearOffsets: Range<Int> { (first - 1)..<last }
    /// `A-B`.
    public var description: String { "\(first)-\(last)" }

    /// The zero-based day of the year of the window's hour at `offset` (0 = its first hour).
    public func dayOfYear(atOffset offset: Int) -> Int { (first - 1 + offset) / 24 }

    /// Consecutive groups of window offsets that share a calendar block of `hours` hours of the year (days
    /// for 24), cut at the window's ends.
    public func blocks(ofHours hours: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < count {
            let hourOfYear = first - 1 + start
            let end = min(count, start + hours - hourOfYear % hours)
            result.append(start..<end)
            start = end
        }
        return result
    }
}


