import Foundation

/// Where hourly series are read from.
///
/// Order: `--data-dir`, then `$GRIDFLEX_DATA`, then `./Data`, then `../shared/data` (the bundle of real data for
/// 31 provinces). An explicit choice (the first two) is used as given; of the implicit ones the first that holds
/// every file the case names is used.
public struct DataDirectory: Sendable, Equatable {
    /// The directory's URL.
    public let url: URL
    /// How it was chosen (`--data-dir`, `$GRIDFLEX_DATA`, `./Data`, `../shared/data`).
    public let origin: String

    /// A directory chosen by the caller.
    public init(url: URL, origin: String) {
        self.url = url
        self.origin = origin
    }

    /// Picks the data directory for a case that reads `files` (paths relative to the data directory).
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                               files: [String]) throws(ScenarioError) -> DataDirectory {
        let manager = FileManager.default
        func isDirectory(_ url: URL) -> Bool {
            var directory: ObjCBool = false
            return manager.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
        }
        for (value, origin) in [(explicit, "--data-dir"), (environment["GRIDFLEX_DATA"], "$GRIDFLEX_DATA")] {
            guard let value, !value.isEmpty else { continue }
            let url = URL(fileURLWithPath: value, relativeTo: workingDirectory).standardizedFileURL
            guard isDirectory(url) else {
                throw ScenarioError(file: value, message: "data directory given by \(origin) does not exist or is not a directory")
            }
            return DataDirectory(url: url, origin: origin)
        }
        let candidates = [("Data", "./Data"), ("../shared/data", "../shared/data")]
        for (relative, origin) in candidates {
            let url = workingDirectory.appendingPathComponent(relative).standardizedFileURL
            if isDirectory(url), files.allSatisfy({ manager.fileExists(atPath: url.appendingPathComponent($0).path) }) {
                return DataDirectory(url: url, origin: origin)
            }
        }
        let missing = files.first ?? "(none)"
        throw ScenarioError(file: missing, message: missingMessage(workingDirectory: workingDirectory))
    }

    /// The one-line error for a case whose series files no data directory holds: what the bundle is and how to point
    /// GridFlex at a copy.
    static func missingMessage(workingDirectory: URL) -> String {
        "no data directory holds the case's series files (tried ./Data and ../shared/data under \(workingDirectory.path)); "
            + "get the data bundle (hourly load, wind, solar and hydro for 31 Chinese provinces from public sources, listed in its README.md) "
            + "and pass --data-dir DIR or set GRIDFLEX_DATA to it (the directory with load/, renewables/, hydro/ and SHA256SUMS); "
            + "`gridflex data check` verifies a copy"
    }

    /// Why this directory was chosen, in words.
    public var reason: String {
        switch origin {
        case "--data-dir": return "given with --data-dir"
        case "$GRIDFLEX_DATA": return "given by $GRIDFLEX_DATA (no --data-dir)"
        default: return "\(origin) is the first of ./Data, ../shared/data that holds the files read (no --data-dir, no $GRIDFLEX_DATA)"
        }
    }
}
