import Foundation

/// An sbatch script that runs a sweep as a Slurm job array: one array task per shard (`SLURM_ARRAY_TASK_ID`
/// → `--shard K/N`), each writing its own database with `--resume`, so that submitting the script again
/// solves only what is missing.
public struct SlurmArray: Sendable, Equatable {
    /// `--job-name`.
    public var jobName: String
    /// Array tasks (shards), N.
    public var taskCount: Int
    /// `--time` of each task, `[D-]HH:MM:SS`.
    public var timeLimit: String
    /// `--mem` of each task, MB.
    public var memoryMB: Int
    /// `--cpus-per-task` (the sweep's `--jobs`).
    public var cpusPerTask: Int
    /// `--partition`, when given; written only when ``isPartitionList(_:)`` accepts it (the command line checks it first).
    public var partition: String?
    /// Directory the tasks run in.
    public var workingDirectory: String
    /// `--output` pattern of each task's log (`%A` job, `%a` task).
    public var logPattern: String
    /// The sweep's command line without `--shard`: executable first.
    public var command: [String]
    /// Comment lines saying where the resources came from (a line break inside one is written as a space).
    public var notes: [String]

    /// A script.
    public init(jobName: String, taskCount: Int, timeLimit: String, memoryMB: Int, cpusPerTask: Int, partition: String?,
                workingDirectory: String, logPattern: String, command: [String], notes: [String]) {
        self.jobName = jobName
        self.taskCount = taskCount
        self.timeLimit = timeLimit
        self.memoryMB = memoryMB
        self.cpusPerTask = cpusPerTask
        self.partition = partition
        self.workingDirectory = workingDirectory
        self.logPattern = logPattern
        self.command = command
        self.notes = notes
    }

    /// The script text.
    public var script: String {
        var lines = [
            "#!/bin/bash",
            "# A gridflex sweep as a Slurm job array: task K solves shard K/\(taskCount) of the sweep's points into its own database.",
            "# Submitting this script again solves only the points still missing (--resume); so does `sbatch --array=K` for one task.",
        ]
        lines += notes.map { "# " + $0.map { $0.isNewline ? " " : $0 } }
        lines += [
            "#SBATCH --job-name=\(jobName)",
            "#SBATCH --array=0-\(taskCount - 1)",
            "#SBATCH --ntasks=1",
            "#SBATCH --cpus-per-task=\(cpusPerTask)",
            "#SBATCH --mem=\(memoryMB)M",
            "#SBATCH --time=\(timeLimit)",
            "#SBATCH --output=\(logPattern)",
        ]
        if let partition, Self.isPartitionList(partition) { lines.append("#SBATCH --partition=\(partition)") }
        lines += [
            "set -euo pipefail",
            "cd \(Self.quoted(workingDirectory))",
            "exec " + command.map(Self.quoted).joined(separator: " ") + " --shard \"${SLURM_ARRAY_TASK_ID}/\(taskCount)\"",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// A word for the shell, single-quoted unless it is plainly safe.
    static func quoted(_ word: String) -> String {
        let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        if !word.isEmpty, word.unicodeScalars.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Seconds to ask for a task of `points` points: the first solved cold, the rest warm, doubled for safety,
    /// plus five minutes for start-up and loading.
    public static func taskSeconds(points: Int, firstPointSeconds: Double, laterPointSeconds: Double) -> Double {
        (firstPointSeconds + Double(max(0, points - 1)) * laterPointSeconds) * 2 + 300
    }

    /// `[D-]HH:MM:SS` for a number of seconds, rounded up to whole minutes.
    public static func timeLimit(seconds: Double) -> String {
        let minutes = max(1, Int((seconds / 60).rounded(.up)))
        let (days, hours, rest) = (minutes / 1440, minutes % 1440 / 60, minutes % 60)
        let clock = String(format: "%02d:%02d:00", hours, rest)
        return days > 0 ? "\(days)-\(clock)" : clock
    }

    /// Whether `text` is a partition name or a comma-separated list of them, of letters, digits, `_`, `-` and `.` only:
    /// it is written into the script's `#SBATCH` lines, where anything else could add a line or a command.
    public static func isPartitionList(_ text: String) -> Bool {
        let names = text.split(separator: ",", omittingEmptySubsequences: false)
        return !names.isEmpty && names.allSatisfy { name in
            !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0)) }
        }
    }

    /// Whether `text` is a time limit Slurm reads as `[D-]HH:MM:SS`.
    public static func isTimeLimit(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.count == 1 || Int(parts[0]) != nil else { return false }
        let clock = parts.last!.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && Int($0) != nil }) else { return false }
        return Int(clock[1])! < 60 && Int(clock[2])! < 60
    }
}
