import Foundation

extension Sheet {
    /// The sheet as CSV text: the header row, then the rows; numbers in their shortest round-trip form, text
    /// quoted when it holds a comma, a quote or a line break.
    public func csv() -> String {
        let lines = [header.map(Self.field)] + rows.map { $0.map(Self.field) }
        return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case let .number(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        case let .text(text): return field(text)
        case .empty: return ""
        }
    }

    static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
