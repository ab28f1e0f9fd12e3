import Foundation
import Sweep
import Testing

/// `gridflex sweep` run as a user would, killed as a user might.
@Suite("Sweep command line", .serialized)
struct SweepCommandTests {
    let cli = CommandLineTests()

    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-sweep-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A slow sweep: six cold solves of two months each (interior point and crossover), so that it can be stopped midway.
    static func slowSweep(database: String) -> [String] {
        ["sweep", "Models/guangxi/2030.yaml", "--hours", "1-1440", "--vary", "battery.power_mw=0:5000:1000", "--method", "vertex", "--cold",
         "--jobs", "1", "--db", database]
    }

    @Test("A bad spec, an unknown key and a bad --shard each name the flag and exit non-zero", arguments: [
        (["--vary", "battery.power_mw=0:100:0"], "--vary battery.power_mw=0:100:0: the step is 0"),
        (["--vary", "battery.powr_mw=0,100"], "--vary battery.powr_mw: with battery.powr_mw=0:"),
        (["--vary", "nosuch.power_mw=0,100"], "no resource named 'nosuch'"),
        (["--vary", "battery.power_mw=0,100", "--shard", "3/3"], "--shard 3/3: write K/N with N ≥ 1 and 0 ≤ K < N"),
        (["--vary", "battery.power_mw=0,100", "--set", "battery.power_mw=5"], "also fixed with --set"),
        (["--vary", "battery.power_mw=0,100", "--time", "2h"], "--time applies only with --slurm"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.run(["sweep", "Models/guangxi/2030.yaml", "--hours", "1-24", "--db", directory.appendingPathComponent("s.sqlite").path]
                                 + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("SIGKILL midway leaves a consistent database of complete rows; --resume completes it with no duplicate")
    func killAndResume() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("killed.sqlite").path
        let process = try start(Self.slowSweep(database: database))
        let stored = try waitForRows(in: database, while: process)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the sweep was still running when killed (\(stored) rows)")

        let store = try SweepStore(path: database)
        let hash = try #require(try store.caseHashes().first)
        let partial = try store.records(caseHash: hash)
        #expect(partial.count >= 1 && partial.count < 6)
        #expect(partial.allSatisfy { $0.status == "optimal" && $0.objective != nil && $0.summaryJSON != nil })

        let resumed = try cli.run(Self.slowSweep(database: database) + ["--resume"])
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        let all = try SweepStore(path: database).records(caseHash: hash)
        #expect(all.count == 6 && Set(all.map(\.point.key)).count == 6)
        #expect(all.filter { record in partial.contains { $0.point == record.point } }.map(\.objective) == partial.map(\.objective))
    }

    @Test("Ctrl-C stops after the point in flight, exits 130 and says how to resume")
    func interrupt() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("stopped.sqlite").path
        let errors = Pipe()
        let process = try start(Self.slowSweep(database: database), errors: errors)
        _ = try waitForRows(in: database, while: process)
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(stderr.contains("stopping after the points in flight") && stderr.contains("--resume"), "stderr: \(stderr)")
        let store = try SweepStore(path: database)
        let records = try store.records(caseHash: try #require(try store.caseHashes().first))
        #expect(records.count < 6 && records.allSatisfy { $0.objective != nil })
    }

    @Test("A finished sweep writes its chart, CSV and report; without --resume a second run refuses to redo stored points")
    func outputs() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("week.sqlite").path
        let arguments = ["sweep", "Models/guangxi/2030.yaml", "--hours", "1-168", "--vary", "battery.power_mw=0,3000", "--vary", "plan.dr_share=0,0.05",
                         "--db", database, "--csv", directory.appendingPathComponent("week.csv").path,
                         "--report", directory.appendingPathComponent("week.html").path]
        let first = try cli.run(arguments)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("Stored 4 of 4 points"))
        let svg = try String(contentsOf: directory.appendingPathComponent("week.svg"), encoding: .utf8)
        #expect(svg.contains("plan.dr_share = 0.05"))
        let csv = try String(contentsOf: directory.appendingPathComponent("week.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 5)
        let html = try String(contentsOf: directory.appendingPathComponent("week.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Frontier") && !html.contains("<script"))
        let again = try cli.run(arguments)
        #expect(again.status == 1 && again.stderr.contains("already holds 4 of these 4 points; add --resume"))
        let resumed = try cli.run(arguments + ["--resume"])
        #expect(resumed.status == 0 && resumed.stdout.contains("0 solved now"))
    }

    private func start(_ arguments: [String], errors: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandLineTests.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Polls the database until it holds a result row; fails if the process ends first or after two minutes.
    private func waitForRows(in database: String, while process: Process) throws -> Int {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if FileManager.default.fileExists(atPath: database), let store = try? SweepStore(path: database),
               let hash = try? store.caseHashes().first, let count = try? store.storedKeys(caseHash: hash).count, count >= 1 {
                return count
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("no row was stored while the sweep ran")
        return 0
    }
}
