import Foundation

/// The human-readable table of measurements.
enum Report {
    static let header = ["case", "hours", "read s", "build s", "load s", "interior point s", "crossover s", "summary s", "write s", "process s", "iterations",
                         "LP columns×rows", "peak MB read", "peak MB solve", "process peak MB"]

    /// One line per measurement, columns aligned.
    static func table(_ results: [Measurement]) -> String {
        let rows = results.map { result in
            [
                caseLabel(result.casePath), "\(result.hours)",
                fixed(result.readSeconds, 3), fixed(result.buildSeconds, 3), fixed(result.loadSeconds, 3),
                fixed(result.solveSeconds - result.crossoverSeconds, 3), fixed(result.crossoverSeconds, 3),
                fixed(result.summarizeSeconds, 3), fixed(result.writeSeconds, 3), fixed(result.processSeconds ?? 0, 3),
                "\(result.iterations)", "\(result.columns)×\(result.rows)", fixed(result.peakAfterReadMB, 0),
                fixed(result.peakAfterSolveMB, 0), fixed(result.processPeakMB ?? 0, 0),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            zip(row, widths).enumerated().map { index, cell in
                let padding = String(repeating: " ", count: cell.1 - cell.0.count)
                return index == 0 ? cell.0 + padding : padding + cell.0
            }.joined(separator: "  ") + "\n"
        }.joined()
    }

    /// A case file as its folder and name without extension (`guangxi/2030`): plan cases share their file names.
    static func caseLabel(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).deletingPathExtension()
        return url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
