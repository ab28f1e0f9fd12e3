import Foundation
import Testing

/// Runs the built `gridflex` executable as a user would.
@Suite("Command line")
struct CommandLineTests {
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("gridflex").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("gridflex")
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Self.repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test("--hours outside 1–8760 is refused with a usage error")
    func hoursOutsideYear() throws {
        let result = try run(["solve", "Models/examples/guangxi-2020.yaml", "--hours", "8000-9000"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("1 ≤ A ≤ B ≤ 8760"))
    }

    @Test("A missing case file exits 1 with the file named, no crash")
    func missingFile() throws {
        let result = try run(["validate", "Models/no-such-case.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: Models/no-such-case.yaml: cannot read the case file"))
    }

    @Test("An unknown solve method is a usage error")
    func unknownMethod() throws {
        let result = try run(["solve", "Models/examples/guangxi-2020.yaml", "--method", "barrier"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("auto") && result.stderr.contains("simplex"))
    }

    /// The objective of `--method vertex` is checked against an independent solve of the same week: GLPK's dual
    /// simplex from scratch (`--method simplex`), which ends at a vertex too.
    @Test("--method vertex names the crossover path and matches dual simplex's objective (1e-9 relative)")
    func vertexMethod() throws {
        func summary(_ method: String) throws -> [String: Any] {
            let result = try run(["solve", "Models/examples/guangxi-2020.yaml", "--hours", "1-168", "--method", method, "--json"])
            #expect(result.status == 0)
            return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        let vertex = try summary("vertex"), simplex = try summary("simplex")
        let solver = try #require(vertex["solver"] as? [String: Any])
        #expect(solver["method"] as? String == "interior-point+crossover")
        let objective = try #require(vertex["objective"] as? Double), reference = try #require(simplex["objective"] as? Double)
        #expect(abs(objective - reference) <= 1e-9 * abs(reference))
    }

    @Test("--report writes one HTML page; when it cannot be written, exit 3 comes after the summary and hourly file are out")
    func reportOption() throws {
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("gridflex-report-\(UUID().uuidString)")
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: directory) }
        let page = directory.appendingPathComponent("week.html").path
        let written = try run(["solve", "Models/examples/guangxi-2020.yaml", "--hours", "1-168", "--report", page])
        #expect(written.status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("guangxi-2020") && html.contains("load year 2018, weather year 2020"))

        let out = directory.appendingPathComponent("out").path
        let unwritable = directory.appendingPathComponent("no-such-directory/report.html").path
        let failed = try run(["solve", "Models/examples/guangxi-2020.yaml", "--hours", "1-168", "--out", out, "--report", unwritable])
        #expect(failed.status == 3)
        #expect(failed.stderr.contains("cannot write the report to \(unwritable)"))
        #expect(failed.stdout.contains("Operating cost"))
        #expect(manager.fileExists(atPath: out + "/hourly.csv") && manager.fileExists(atPath: out + "/summary.json"))
    }

    @Test("export --pypsa writes the example's week as a PyPSA folder with its extra rows")
    func exportPyPSA() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-pypsa-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try run(["export", "Models/examples/guangxi-2020.yaml", "--hours", "1-168", "--pypsa", directory.path])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        for file in ["network.csv", "snapshots.csv", "buses.csv", "carriers.csv", "generators.csv", "generators-p_max_pu.csv",
                     "storage_units.csv", "loads.csv", "loads-p_set.csv", "gridflex_extra.json", "extra_functionality.py"] {
            #expect(files.contains(file), "\(file) missing")
        }
        let snapshots = try String(contentsOf: directory.appendingPathComponent("snapshots.csv"), encoding: .utf8)
        #expect(snapshots.split(separator: "\n").count == 169)
    }

    @Test("export without a target is a usage error")
    func exportNeedsATarget() throws {
        let result = try run(["export", "Models/examples/guangxi-2020.yaml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--pypsa DIR"))
    }
}
