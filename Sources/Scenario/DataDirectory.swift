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
        throw ScenarioError(
            file: missing,
            message: "no data directory holds the case's series files; tried ./Data and ../shared/data under \(workingDirectory.path). "
                + "Pass --data-dir DIR or set GRIDFLEX_DATA to the data bundle (the directory with load/, renewables/, hydro/)")
    }
}
