import ArgumentParser
import Foundation
import Scenario

/// `gridflex case`: assemble case files from the data bundle.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Assemble case files from the data bundle.", subcommands: [Build.self])

    /// `gridflex case build --regions CODES --year Y --out FILE [--use CODE=PATH …]`.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a regional case of bundle provinces: one case file per province, the links between them.",
            discussion: """
                Writes FILE and, in the directory NAME/ beside it (NAME is FILE without its extension), one case file
                per province not placed with --use: its end-2020 fleet scaled by its load growth to --year, the year's
                consumption, costs from the bundle. Links: every corridor of grid/interprovincial_links_MW.csv with
                both ends among the regions. Then reads the regional case back to check it.
                Exit status: 0 written and valid; 1 bad input; 3 a file could not be written; 64 usage.
                """)

        @Option(help: "Province codes of the data bundle, comma-separated, e.g. GD,GX,YN,GZ,HI.")
        var regions: String

        @Option(help: "The case year: a column of load/annual_load_projection_TWh.csv (2020, 2025, …, 2060).")
        var year: Int

        @Option(help: "The regional case file to write; the province files go to a directory beside it named after it.")
        var out: String

        @Option(name: .customLong("use"), help: ArgumentHelp(
            "Place an existing case for a province instead of building one (its interconnector resources are left out).", valueName: "CODE=PATH"))
        var uses: [String] = []

        @Option(name: .customLong("loss-per-unit"), help: "Loss of every link, per unit of the energy sent, within 0–0.5.")
        var lossPerUnit = RegionalCaseBuilder.defaultLossPerUnit

        @Option(name: .customLong("wheeling-eur-per-mwh"), help: "Wheeling charge of every link, EUR/MWh, within 0–1,000.")
        var wheelingEURPerMWh = RegionalCaseBuilder.defaultWheelingEURPerMWh

        @Option(name: .customLong("data-dir"), help: "Directory of the data bundle (default: $GRIDFLEX_DATA, ./Data, ../shared/data).")
        var dataDirectory: String?

        var codes: [String] { regions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

        /// `--use` as code → path.
        func placements() throws -> [String: String] {
            var placed: [String: String] = [:]
            for use in uses {
                let parts = use.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw ValidationError("--use \(use): write CODE=PATH, e.g. GX=Models/guangxi/2030.yaml") }
                guard codes.contains(parts[0]) else { throw ValidationError("--use \(use): \(parts[0]) is not one of --regions \(regions)") }
                guard placed.updateValue(parts[1], forKey: parts[0]) == nil else { throw ValidationError("--use \(use): \(parts[0]) is placed twice") }
            }
            return placed
        }

        func validate() throws {
            guard !codes.isEmpty, !codes.contains(where: \.isEmpty) else { throw ValidationError("--regions \(regions): write province codes separated by commas, e.g. GD,GX") }
            if let code = codes.first(where: { code in codes.filter { $0 == code }.count > 1 }) {
                throw ValidationError("--regions \(regions): \(code) is listed twice")
            }
            guard out.hasSuffix(".yaml"), out.count > 5 else {
                throw ValidationError("--out \(out): give a file name ending in .yaml (the province files go in the folder of the same name without it)")
            }
            guard (1900...2100).contains(year) else { throw ValidationError("--year \(year): must be within 1900–2100") }
            guard (0...0.5).contains(lossPerUnit) else { throw ValidationError("--loss-per-unit \(lossPerUnit): must be within 0–0.5") }
            guard (0...1000).contains(wheelingEURPerMWh) else { throw ValidationError("--wheeling-eur-per-mwh \(wheelingEURPerMWh): must be within 0–1,000") }
            _ = try placements()
        }

        func run() throws {
            try reportingFailures {
                let builder = RegionalCaseBuilder(regions: codes, year: year, placed: try placements(), lossPerUnit: lossPerUnit,
                                                  wheelingEURPerMWh: wheelingEURPerMWh)
                let files: [RegionalCaseBuilder.File], directory: DataDirectory
                do throws(ScenarioError) {
                    directory = try DataDirectory.resolve(explicit: dataDirectory, files: RegionalCaseBuilder.dataFiles)
                    files = try builder.files(output: out, commandLine: Self.commandLine(), dataDirectory: directory)
                } catch {
                    throw Failure.input(error.description)
                }
                for file in files { try write(file) }
                let loaded: LoadedRegionalCase
                do { loaded = try RegionalCaseLoader.load(path: out, dataDirectory: directory.url.path) } catch {
                    throw Failure.input("the case written does not load: \(error)")
                }
                print("\(out): \(loaded.value.regions.count) regions, \(loaded.value.links.count) links; \(files.count - 1) province case files written beside it")
            }
        }

        private func write(_ file: RegionalCaseBuilder.File) throws {
            let url = URL(fileURLWithPath: file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .atomic)
            } catch {
                throw Failure.output("\(file.path): cannot write the case file: \(error.localizedDescription)")
            }
        }

        /// The command line as typed, for the regional file's header (arguments with spaces or quotes single-quoted).
        static func commandLine() -> String {
            (["gridflex"] + CommandLine.arguments.dropFirst().map { argument in
                argument.contains(where: { " '\"$\\".contains($0) }) ? "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'" : argument
            }).joined(separator: " ")
        }
    }
}
