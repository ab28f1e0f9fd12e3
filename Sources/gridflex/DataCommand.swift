import ArgumentParser
import Foundation
import Scenario

/// `gridflex data`: the data directory.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data", abstract: "Check the data directory.", subcommands: [Check.self])

    /// `gridflex data check [CASE.yaml] [--data-dir D]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say which data directory is used and why, verify its files against the bundle's SHA256SUMS, and list what a case needs that is missing.",
            discussion: "Exit status: 0 when every listed file is intact and the case (if given) finds every series; 1 otherwise.")

        @Argument(help: "A case file whose series must be in the data directory (optional).")
        var casePath: String?

        @Option(name: .customLong("data-dir"), help: "Directory of the data bundle (default: $GRIDFLEX_DATA, ./Data, ../shared/data).")
        var dataDirectory: String?

        /// Without a case, the directory a case reading the bundle's hourly load would use.
        static let bundleProbe = ["load/hourly_load_2018_MW.csv"]

        func run() throws {
            try reportingFailures {
                let directory: DataDirectory
                do throws(ScenarioError) {
                    var files = Self.bundleProbe
                    if let casePath { files = try DataBundleCheck.seriesFiles(casePath: casePath) }
                    directory = try DataDirectory.resolve(explicit: dataDirectory, files: files)
                } catch {
                    throw Failure.input(error.description)
                }
                print("data directory: \(directory.url.path) (\(directory.reason))")
                var problems: [String] = []
                let check: DataBundleCheck
                do { check = try DataBundleCheck(directory: directory) } catch { throw Failure.input("\(error)") }
                if let entries = check.entries {
                    for entry in entries {
                        switch entry.state {
                        case .intact: continue
                        case .missing: problems.append("\(entry.path): missing")
                        case let .mismatched(found): problems.append("\(entry.path): the checksum differs from \(DataBundleCheck.checksumFile) (found \(found))")
                        }
                    }
                    print("\(entries.count) files listed in \(DataBundleCheck.checksumFile): \(entries.count - problems.count) intact, \(problems.count) missing or different")
                } else {
                    print("no \(DataBundleCheck.checksumFile) here: not a copy of the data bundle, so its files cannot be verified")
                }
                if let casePath {
                    let missing: [String]
                    do { missing = try DataBundleCheck.missingSeries(casePath: casePath, directory: directory) } catch { throw Failure.input("\(error)") }
                    print(missing.isEmpty ? "\(casePath): every series it reads is here" : "\(casePath): \(missing.count) series missing here")
                    problems += missing.map { "\(casePath) needs \($0)" }
                }
                guard problems.isEmpty else {
                    throw Failure.input("the data directory \(directory.url.path) (\(directory.reason)):\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
                }
            }
        }
    }
}
