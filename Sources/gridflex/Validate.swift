import ArgumentParser
import DispatchBuilder
import Foundation
import GridModel
import Scenario

/// `gridflex validate`: read and check a case without solving it.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a case file and its data without solving.")

    @OptionGroup var options: CaseOptions

    func run() throws {
        try reportingFailures {
            if RegionalCaseLoader.isRegional(path: options.casePath) { return try validateRegional() }
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

    /// Reads a regional case and every region's case, builds the joined LP, and prints what was read; `--set` is
    /// refused (edit a region's own file instead).
    func validateRegional() throws {
        let (loaded, _) = try RegionalCommands.load(options)
        let regional = loaded.value
        let hours = regional.window.map { "hours \($0) (\($0.count) h)" } ?? ""
        print("\(loaded.file): valid. \(regional.regions.count) regions, \(regional.links.count) links, \(hours)")
        print("Data directory: \(loaded.dataDirectory.url.path) (\(loaded.dataDirectory.origin))")
        for region in loaded.regions {
            let plan = region.plan.map { ", plan \($0.document) (\(region.planYear.map(String.init) ?? "")): \(region.planApplications.count) targets in force" } ?? ""
            print("Region \(region.value.region): \(region.file), \(region.value.resources.count) resources, \(region.value.targets.count) targets\(plan)")
        }
        for link in regional.links {
            func mean(_ values: [Double]?) -> String? { values.map { String(format: "%.3f", $0.reduce(0, +) / Double(max(1, $0.count))) } }
            let profiles = [mean(link.profiles?.maximumPerUnit).map { "; flow at most \($0) of capacity on average (max_flow_profile)" },
                            mean(link.profiles?.minimumForwardPerUnit).map { "; must send \($0) of capacity on average (min_flow_profile)" }]
            print("Link \(link.name): \(link.from)→\(link.to) \(link.forwardCapacityMW) MW, \(link.to)→\(link.from) \(link.backwardCapacityMW) MW, loss \(link.lossPerUnit), wheeling \(link.wheelingEURPerMWh) EUR/MWh"
                + profiles.compactMap { $0 }.joined())
        }
        for group in regional.targets {
            let requirement: String
            switch group.target.requirement {
            case let .renewableUtilisation(minimum, _): requirement = "renewable utilisation at least \(minimum)"
            case let .nonHydroRenewableShare(minimum): requirement = "non-hydro renewable share at least \(minimum)"
            case let .co2Cap(maxTonnes): requirement = "CO2 at most \(Int(maxTonnes)) t"
            }
            print("Group target \(group.target.id) over \(group.regions.joined(separator: ", ")): \(requirement) (\(GroupTarget.accounting))")
        }
        let program = RegionalModel(case: regional).program
        do { try program.validate() } catch { throw Failure.input("\(loaded.file): the case builds an invalid LP: \(error)") }
        print("LP: \(program.columnCount) columns, \(program.rowCount) rows, \(program.entryCount) nonzeros")
        for assumption in regional.assumptions { print("Assumption \(assumption.key) = \(assumption.value): \(assumption.reason)") }
    }
}
