import ArgumentParser
import Foundation
import Sweep

/// `gridflex sweep CASE.yaml --vary KEY=SPEC …`: every point solved and stored in SQLite as it finishes.
struct SweepRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Solve a case at every point of a grid (--vary) or a list (--points), storing each point in SQLite as it finishes.")

    @OptionGroup var options: CaseOptions

    @Option(name: .customLong("vary"), help: ArgumentHelp(
        "A parameter and its values: any --set key (REGION.KEY or link.NAME.KEY on a regional case), values start:stop:step (stop included) or a,b,c. Several make a grid.",
        valueName: "KEY=SPEC"))
    var vary: [String] = []

    @Option(help: ArgumentHelp("A CSV file of points: a header of keys, one point per row (instead of --vary).", valueName: "FILE.csv"))
    var points: String?

    @Option(help: "Worker threads, each with its own GLPK problem (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("The results database (SQLite); with --shard K/N, FILE.shard-K-of-N.sqlite.", valueName: "FILE.sqlite"))
    var db = "sweep.sqlite"

    @Option(help: ArgumentHelp("Also write the results table as CSV.", valueName: "FILE.csv"))
    var csv: String?

    @Option(help: ArgumentHelp("Also write the results table as an Excel workbook (one sheet of points).", valueName: "FILE.xlsx"))
    var xlsx: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML page with the frontier charts and the table.", valueName: "FILE.html"))
    var report: String?

    @Flag(help: "Skip the points the database already holds for this case (same case, plan, data and fixed options).")
    var resume = false

    @Option(help: ArgumentHelp("auto: interior point, as gridflex solve, and warm re-solves only while measured faster; vertex: interior point and crossover, then warm re-solves from the previous point's basis.", valueName: "auto|vertex"))
    var method: SweepMethod = .auto

    @Flag(help: "With --method vertex: solve every point cold (interior point and crossover) instead of from the previous point's basis.")
    var cold = false

    @Option(help: ArgumentHelp("Solve only shard K of N (K from 0): contiguous slices of the sweep's order.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Regional cases only: auto, never or weeks (as solve --decompose).", valueName: "auto|never|weeks"))
    var decompose: RegionalCommands.Decomposition?

    @OptionGroup var language: LanguageOptions

    @OptionGroup var slurm: SlurmOptions

    func validate() throws {
        try OptionRange.check("--jobs", jobs, 1...1024, unit: "workers")
        if vary.isEmpty && points == nil { throw ValidationError("give --vary KEY=SPEC (one or more) or --points FILE.csv") }
        if !vary.isEmpty && points != nil { throw ValidationError("--vary and --points cannot be combined; put every point in the file, or use --vary only") }
        if cold && method != .vertex { throw ValidationError("--cold applies to --method vertex; with --method auto every point is already solved on its own") }
        if let shard { do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.description) } }
        try slurm.validate(shard: shard, database: db)
    }

    func run() throws {
        try reportingFailures {
            let prepared = try SweepSetup.prepare(options: options, vary: vary, points: points, warmStarts: !cold, vertices: method == .vertex,
                                                   decompose: decompose)
            if slurm.slurm {
                try SlurmSubmission(sweep: prepared, options: slurm, run: self).perform()
                return
            }
            let shard = try self.shard.map { text throws -> Shard in
                do { return try Shard(parsing: text) } catch { throw Failure.input("\(error)") }
            }
            try SweepExecution(sweep: prepared, shard: shard, database: SweepFiles.database(db, shard: shard), jobs: jobs, resume: resume,
                               outputs: SweepOutputs.Requested(csv: csv, xlsx: xlsx, report: report, text: language.localizer)).perform()
        }
    }
}

/// How a sweep solves its points.
enum SweepMethod: String, CaseIterable, ExpressibleByArgument {
    /// Interior point (dual simplex when it fails), the answer `gridflex solve` gives by default; warm dual simplex
    /// from one crossover's basis only while that is measured to be faster.
    case auto
    /// Interior point and crossover to a vertex, then warm dual simplex from each point's basis.
    case vertex
}
