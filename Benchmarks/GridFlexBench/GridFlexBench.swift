import ArgumentParser
import Foundation
import GridModel

/// `gridflex-bench`: times reading, building, solving and writing real cases over windows of 168 hours to a
/// full year, each measurement in a fresh process so its peak memory is its own.
@main
struct GridFlexBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gridflex-bench",
        abstract: "Time read, build, solve and write of GridFlex cases over growing windows (one process per measurement).",
        discussion: "Run from the package root: swift run -c release gridflex-bench [CASE.yaml ...]. Performance is measured here, never asserted in tests.")

    /// The case every run includes.
    static let exampleCase = "Models/examples/guangxi-2020.yaml"

    @Argument(help: "Further case files (the example \(exampleCase) is always included).")
    var cases: [String] = []

    @Option(help: "Window lengths in hours, starting at hour 1, comma-separated.")
    var hours = "168,720,2190,8760"

    @Option(help: "Measurements per case and window; the one with the median process wall time is reported.")
    var `repeat` = 1

    @Option(name: .customLong("data-dir"), help: "Directory of the data bundle (default: as gridflex solve finds it).")
    var dataDirectory: String?

    @Flag(help: "Print the results as a JSON array.")
    var json = false

    @Option(help: .hidden)
    var measure: String?

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        if let measure, HourWindow(parsing: measure) == nil { throw ValidationError("--measure \(measure): write A-B within 1-8760") }
        _ = try windows()
    }

    func run() throws {
        if let measure, let window = HourWindow(parsing: measure) {
            // Child: one measurement, one JSON line on stdout.
            let measurement = try Measurement(casePath: cases.first ?? Self.exampleCase, window: window, dataDirectory: dataDirectory)
            print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
            return
        }
        var results: [Measurement] = []
        for path in ([Self.exampleCase] + cases).uniqued() {
            for window in try windows() {
                let runs = try (0..<`repeat`).map { _ in try measureInChild(path, window) }.sorted { $0.processSeconds! < $1.processSeconds! }
                let median = runs[runs.count / 2]
                results.append(median)
                if !json { FileHandle.standardError.write(Data("measured \(path) hours \(window): \(Report.fixed(median.processSeconds!, 2)) s\n".utf8)) }
            }
        }
        if json {
            print(String(decoding: try JSONOutput.encoder().encode(results), as: UTF8.self))
        } else {
            print(Report.table(results), terminator: "")
        }
    }

    func windows() throws -> [HourWindow] {
        try hours.split(separator: ",").map { text in
            guard let count = Int(text.trimmingCharacters(in: .whitespaces)), let window = HourWindow(first: 1, last: count) else {
                throw ValidationError("--hours \(hours): give window lengths within 1…8760, e.g. 168,720,2190,8760")
            }
            return window
        }
    }

    /// Runs this executable again in `--measure` mode and adds the kernel's view of that process.
    func measureInChild(_ path: String, _ window: HourWindow) throws -> Measurement {
        var arguments = [path, "--measure", window.description]
        if let dataDirectory { arguments += ["--data-dir", dataDirectory] }
        let child = try ChildProcess(executable: "/proc/self/exe", arguments: arguments)
        guard child.status == 0 else { throw BenchError("measuring \(path) over hours \(window) failed (exit \(child.status))") }
        var measurement = try JSONDecoder().decode(Measurement.self, from: child.output)
        measurement.processSeconds = child.seconds
        measurement.processPeakMB = child.peakMB
        return measurement
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
