import ArgumentParser
import Foundation
import GridModel
import Scenario
import Solving

/// Options every command that reads a case shares.
struct CaseOptions: ParsableArguments {
    @Argument(help: "The case file (YAML).")
    var casePath: String

    @Option(name: .customLong("data-dir"), help: "Directory of the data bundle (default: $GRIDFLEX_DATA, ./Data, ../shared/data).")
    var dataDirectory: String?

    @Option(help: "Window of hours of the year, A-B within 1-8760 (default: the case's own).")
    var hours: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a value without editing files: RESOURCE.KEY=V, KEY=V, target.ID=V, plan.dr_share=V, plan.ID=V, plan.year=Y.",
        valueName: "KEY=VALUE"))
    var overrides: [String] = []

    @Flag(name: .customLong("soft-aspirational"), help: "Let the LP miss aspirational (力争) plan targets at a lower penalty.")
    var softAspirational = false

    func parsedOverrides() throws -> [Override] {
        var parsed = try overrides.map { text throws -> Override in
            guard let override = Override(text) else { throw ValidationError("--set \(text): write KEY=VALUE, e.g. battery.power_mw=3000") }
            return override
        }
        if softAspirational { parsed.append(Override("plan.soft_aspirational=true")!) }
        return parsed
    }

    func window() throws -> HourWindow? {
        guard let hours else { return nil }
        guard let window = HourWindow(parsing: hours) else {
            throw ValidationError("--hours \(hours): write A-B with 1 ≤ A ≤ B ≤ 8760, e.g. 1-168")
        }
        return window
    }

    /// Loads the case, timing it.
    func load() throws -> (LoadedCase, seconds: Double) {
        let window = try window()
        let overrides = try parsedOverrides()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let loaded = try CaseLoader.load(path: casePath, dataDirectory: dataDirectory, window: window, overrides: overrides)
            return (loaded, (clock.now - start).seconds)
        } catch {
            throw Failure.input(error.description)
        }
    }
}

/// A failure the command reports with a clear message and a non-zero exit, never a crash.
enum Failure: Error, CustomStringConvertible {
    /// Bad input: exit 1.
    case input(String)
    /// The solver could not produce an answer: exit 2.
    case solver(String)
    /// Output could not be written: exit 3.
    case output(String)

    var description: String {
        switch self {
        case let .input(text), let .solver(text), let .output(text): return text
        }
    }

    var exitCode: Int32 {
        switch self {
        case .input: return 1
        case .solver: return 2
        case .output: return 3
        }
    }
}

/// Runs a command body, turning failures into a message on stderr and an exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
        throw ExitCode(failure.exitCode)
    }
}
