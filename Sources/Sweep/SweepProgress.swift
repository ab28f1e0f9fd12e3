import Foundation

/// Progress of a sweep on stderr: on a terminal one bar redrawn in place (points done of all, rate, time left,
/// the last point's seconds and whether it started warm); otherwise one plain line per point.
public final class SweepProgress: @unchecked Sendable {
    /// How progress is shown.
    public enum Style: Sendable {
        /// One bar redrawn in place (a terminal).
        case bar
        /// One line per point (a log file).
        case lines
    }

    private let total: Int
    private let style: Style
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var done: Int
    private var doneThisRun = 0

    /// Progress over `total` points of which `alreadyDone` were stored before; `style` defaults to a bar when stderr is a terminal.
    public init(total: Int, alreadyDone: Int, style: Style? = nil) {
        self.total = total
        self.done = alreadyDone
        self.style = style ?? (isatty(STDERR_FILENO) == 1 ? .bar : .lines)
    }

    /// Counts a stored point and shows it.
    public func record(_ record: SweepRecord) {
        lock.withLock {
            done += 1
            doneThisRun += 1
            let elapsed = (ContinuousClock.now - started).seconds
            let rate = Double(doneThisRun) / max(elapsed, 1e-9)
            let left = Double(total - done) / max(rate, 1e-9)
            let seconds = record.loadSeconds + record.buildSeconds + record.solveSeconds
            let how = record.warm ? "warm" : "cold"
            switch style {
            case .bar:
                let width = 24, filled = total > 0 ? width * done / total : width
                let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                let line = "[\(bar)] \(done)/\(total)  \(Self.rate(rate))  ETA \(Self.duration(left))  last \(Self.seconds(seconds)) \(how)"
                write("\r\u{1B}[2K" + line)
            case .lines:
                let outcome = record.objective.map { "objective \(String(format: "%.6e", $0)) EUR" } ?? record.note
                write("\(done)/\(total) \(record.point): \(record.status), \(outcome), \(Self.seconds(seconds)) \(how); ETA \(Self.duration(left))\n")
            }
        }
    }

    /// Ends the bar's line, so that what is printed next starts on a line of its own.
    public func finish() {
        lock.withLock {
            if style == .bar, doneThisRun > 0 { write("\n") }
        }
    }

    /// Writes a line on stderr between bar redraws.
    public func message(_ text: String) {
        lock.withLock { write((style == .bar && doneThisRun > 0 ? "\r\u{1B}[2K" : "") + text + "\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func rate(_ pointsPerSecond: Double) -> String {
        pointsPerSecond >= 1 ? String(format: "%.1f points/s", pointsPerSecond) : String(format: "%.1f s/point", 1 / max(pointsPerSecond, 1e-9))
    }

    static func seconds(_ value: Double) -> String { String(format: value < 10 ? "%.2f s" : "%.0f s", value) }

    /// `42 s`, `12 min`, `3.5 h`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        if seconds < 90 { return "\(Int(seconds.rounded())) s" }
        if seconds < 5400 { return "\(Int((seconds / 60).rounded())) min" }
        return String(format: "%.1f h", seconds / 3600)
    }
}
