import Foundation
import Sweep

/// Sizes a Slurm job array for a prepared sweep, writes its sbatch script beside the database and, on request, submits it.
struct SlurmSubmission {
    let sweep: PreparedSweep
    let options: SlurmOptions
    let run: SweepRun

    /// Seconds and memory of one point, measured or given.
    struct Measurement {
        let firstPointSeconds: Double
        let laterPointSeconds: Double
        let peakMegabytes: Int
        let origin: String
    }

    func perform() throws {
        let measurement = try measure()
        let pointCount = sweep.plan.points.count
        let oneTask = SlurmArray.taskSeconds(points: pointCount, firstPointSeconds: measurement.firstPointSeconds,
                                             laterPointSeconds: measurement.laterPointSeconds)
        let tasks = min(pointCount, options.arraySize ?? max(1, Int((oneTask / 3600).rounded(.up))))
        let pointsPerTask = (pointCount + tasks - 1) / tasks
        let taskSeconds = SlurmArray.taskSeconds(points: pointsPerTask, firstPointSeconds: measurement.firstPointSeconds,
                                                 laterPointSeconds: measurement.laterPointSeconds)
        let jobs = run.jobs ?? 1
        let memory = max(1024, Int((Double(measurement.peakMegabytes * jobs) * 1.5 / 256).rounded(.up)) * 256)
        let database = absolute(run.db)
        let script = SweepFiles.sibling(of: database, extension: "sbatch")
        let array = SlurmArray(
            jobName: "gridflex-sweep", taskCount: tasks, timeLimit: options.time ?? SlurmArray.timeLimit(seconds: taskSeconds),
            memoryMB: memory, cpusPerTask: jobs, partition: options.partition,
            workingDirectory: FileManager.default.currentDirectoryPath,
            logPattern: SweepFiles.sibling(of: database, suffix: ".slurm-%A_%a", extension: "out"),
            command: taskCommand(database: database, jobs: jobs),
            notes: [
                "\(pointCount) points in \(tasks) task\(tasks == 1 ? "" : "s") of up to \(pointsPerTask); \(measurement.origin).",
                "Merge when done: gridflex sweep merge \(SweepFiles.sibling(of: database, suffix: ".merged", extension: "sqlite")) "
                    + SweepFiles.sibling(of: database, suffix: ".shard-*-of-\(tasks)", extension: "sqlite"),
            ])
        do {
            try Data(array.script.utf8).write(to: URL(fileURLWithPath: script))
        } catch {
            throw Failure.output("cannot write \(script): \(error.localizedDescription)")
        }
        print("Wrote \(script): \(tasks) array task\(tasks == 1 ? "" : "s") of up to \(pointsPerTask) points, \(array.timeLimit) and \(memory) MB each (\(measurement.origin)).")
        guard options.submit else {
            print("Submit it with: sbatch \(script)")
            return
        }
        let jobID = try submit(script)
        print("Submitted array job \(jobID) (\(tasks) tasks). When it is done: gridflex sweep merge OUT.sqlite "
              + SweepFiles.sibling(of: database, suffix: ".shard-*-of-\(tasks)", extension: "sqlite"))
    }

    /// The given seconds per point, or the first one or two points solved here (into a scratch database).
    private func measure() throws -> Measurement {
        if let seconds = options.secondsPerPoint {
            return Measurement(firstPointSeconds: seconds, laterPointSeconds: seconds, peakMegabytes: 1024, origin: "\(seconds) s per point as given")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-measure-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) } }
        let store = try SweepOutputs.open(scratch)
        let tasks = sweep.plan.points.prefix(2).enumerated().map { SweepTask(position: $0.offset, point: $0.element) }
        FileHandle.standardError.write(Data("measuring: solving \(tasks.count) point\(tasks.count == 1 ? "" : "s") here to size the array tasks\n".utf8))
        let runner = sweep.runner(store: store)
        let outcome = runner.run(tasks, jobs: 1)
        if let error = outcome.storeError { throw Failure.output(error.description) }
        let records: [SweepRecord]
        do { records = try store.records(caseHash: sweep.caseHash) } catch { throw Failure.output(error.description) }
        let seconds = records.map { $0.loadSeconds + $0.buildSeconds + $0.solveSeconds }
        guard let first = seconds.first else { throw Failure.solver("the first point could not be solved to measure it") }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let megabytes = Int(usage.ru_maxrss) / 1024
        let later = seconds.count > 1 ? seconds[1] : first
        return Measurement(firstPointSeconds: first, laterPointSeconds: later, peakMegabytes: megabytes,
                           origin: String(format: "measured here: first point %.1f s cold, next %.1f s %@, peak memory %d MB", first, later,
                                          records.count > 1 && records[1].warm ? "warm" : "cold", megabytes))
    }

    /// The command each task runs: this sweep with absolute paths, `--resume`, without --slurm, CSV or report.
    private func taskCommand(database: String, jobs: Int) -> [String] {
        var command = [executable(), "sweep", absolute(sweep.settings.casePath)]
        if let points = run.points { command += ["--points", absolute(points)] }
        for spec in run.vary { command += ["--vary", spec] }
        for override in sweep.settings.fixedOverrides { command += ["--set", override.description] }
        if let hours = run.options.hours { command += ["--hours", hours] }
        command += ["--data-dir", sweep.dataDirectory.url.path, "--jobs", String(jobs), "--db", database, "--resume"]
        command += ["--method", run.method.rawValue]
        if run.cold { command.append("--cold") }
        if let decompose = run.decompose { command += ["--decompose", decompose.rawValue] }
        return command
    }

    private func executable() -> String {
        Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? absolute(CommandLine.arguments[0])
    }

    private func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }

    /// Runs `sbatch --parsable SCRIPT` and returns the job id.
    private func submit(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sbatch", "--parsable", script]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure.output("cannot run sbatch (\(error.localizedDescription)); the script is \(script): submit it with sbatch on a Slurm login node")
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let jobID = text.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard process.terminationStatus == 0, !jobID.isEmpty else {
            throw Failure.output("sbatch failed (exit \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines)); "
                                 + "the script is \(script)")
        }
        return jobID
    }
}
