import ArgumentParser
import Foundation
import Sweep

/// `gridflex sweep merge OUT.sqlite SHARD.sqlite…`: one database from a sweep's shards, every point checked.
struct SweepMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard databases of one sweep; name every planned point that is missing or stored twice (exit 2).")

    @Argument(help: "The merged database (created when missing).")
    var output: String

    @Argument(help: "The shard databases (e.g. out/sweep.shard-*-of-4.sqlite).")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Also write the merged table as CSV.", valueName: "FILE.csv"))
    var csv: String?

    @Option(help: ArgumentHelp("Also write the merged table as an Excel workbook (one sheet of points).", valueName: "FILE.xlsx"))
    var xlsx: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML page with the frontier charts and the table.", valueName: "FILE.html"))
    var report: String?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            let outcome: SweepMerge.Outcome
            do {
                outcome = try SweepMerge.merge(inputs: inputs, into: output)
            } catch {
                throw Failure.input("\(error)")
            }
            let store = try SweepOutputs.open(output)
            let files = try SweepOutputs.write(store: store, caseHash: outcome.registration.caseHash, database: output,
                                                requested: SweepOutputs.Requested(csv: csv, xlsx: xlsx, report: report, text: language.localizer))
            let planned = outcome.registration.plannedKeys.count
            print("Merged \(inputs.count) database\(inputs.count == 1 ? "" : "s") into \(output): \(outcome.stored) of \(planned) points. Chart: \(files.chart).")
            guard outcome.isComplete else {
                var lines: [String] = []
                if !outcome.missing.isEmpty {
                    lines.append("\(outcome.missing.count) of \(planned) points are missing: " + Self.listed(outcome.missing)
                                 + ". Run the array again (its tasks --resume) and merge again.")
                }
                if !outcome.duplicates.isEmpty {
                    lines.append("\(outcome.duplicates.count) points are in more than one input (the first copy is kept): "
                                 + Self.listed(outcome.duplicates.map { "\($0.key) in \($0.inputs.joined(separator: ", "))" }))
                }
                throw Failure.solver(lines.joined(separator: "\n"))
            }
        }
    }

    /// The first twenty items, and how many more.
    static func listed(_ items: [String]) -> String {
        items.prefix(20).joined(separator: "; ") + (items.count > 20 ? "; and \(items.count - 20) more" : "")
    }
}
