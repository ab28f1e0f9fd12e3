import ArgumentParser
import DispatchBuilder
import Foundation

/// `gridflex validate`: read and check a case without solving it.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a case file and its data without solving.")

    @OptionGroup var options: CaseOptions

    func run() throws {
        try reportingFailures {
            let (loaded, _) = try options.load()
            let source = loaded.value
            let model = DispatchModel(case: source)
            do { try model.program.validate() } catch { throw Failure.input("\(loaded.file): the case builds an invalid LP: \(error)") }
            print("\(loaded.file): valid. \(source.resources.count) resources, \(source.targets.count) targets, hours \(source.window) (\(source.hours) h)")
            print("Data directory: \(loaded.dataDirectory.url.path) (\(loaded.dataDirectory.origin))")
            print("LP: \(model.program.columnCount) columns, \(model.program.rowCount) rows, \(model.program.entryCount) nonzeros")
            if let plan = loaded.plan, let year = loaded.planYear {
                print("Plan: \(plan.document) (\(plan.region), \(year)): \(loaded.planApplications.count) targets in force")
                for application in loaded.planApplications { print("  \(application.target.id): \(application.effect.summary)") }
            }
            for note in source.dataNotes { print("Data: \(note)") }
            for assumption in source.assumptions { print("Assumption \(assumption.key) = \(assumption.value): \(assumption.reason)") }
        }
    }
}
