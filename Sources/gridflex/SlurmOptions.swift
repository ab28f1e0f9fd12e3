import ArgumentParser
import Sweep

/// `gridflex sweep … --slurm`: write (and with --submit, submit) an sbatch job array instead of solving here.
struct SlurmOptions: ParsableArguments {
    @Flag(help: "Write an sbatch job array script (one task per shard) beside the database instead of solving here.")
    var slurm = false

    @Option(help: "With --slurm: the partition to submit to.")
    var partition: String?

    @Option(name: .customLong("array-size"), help: "With --slurm: array tasks (shards); default: enough for about an hour each.")
    var arraySize: Int?

    @Option(help: ArgumentHelp("With --slurm: each task's time limit (default: from the measured time per point).", valueName: "HH:MM:SS"))
    var time: String?

    @Option(name: .customLong("seconds-per-point"), help: "With --slurm: seconds one point takes, instead of solving the first points here to measure.")
    var secondsPerPoint: Double?

    @Flag(help: "With --slurm: submit the script with sbatch and print the job id.")
    var submit = false

    func validate(shard: String?, database: String) throws {
        guard slurm else {
            let given = [partition != nil ? "--partition" : nil, arraySize != nil ? "--array-size" : nil, time != nil ? "--time" : nil,
                         secondsPerPoint != nil ? "--seconds-per-point" : nil, submit ? "--submit" : nil].compactMap { $0 }
            if let first = given.first { throw ValidationError("\(first) applies only with --slurm") }
            return
        }
        if shard != nil { throw ValidationError("--shard and --slurm cannot be combined: --slurm gives each array task its own --shard") }
        try OptionRange.check("--array-size", arraySize, 1...100_000, unit: "tasks")
        if let time, !SlurmArray.isTimeLimit(time) { throw ValidationError("--time \(time): write HH:MM:SS or D-HH:MM:SS, e.g. 02:00:00") }
        try OptionRange.check("--seconds-per-point", secondsPerPoint, 0.001...86_400, unit: "seconds")
        if database.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) {
            throw ValidationError("--db \(database.debugDescription): with --slurm the database path is written into #SBATCH lines; use a path without spaces or control characters")
        }
        if let partition, !SlurmArray.isPartitionList(partition) {
            throw ValidationError("--partition \(partition.debugDescription): write a partition name or a comma-separated list of names (letters, digits, '_', '-', '.')")
        }
    }
}
