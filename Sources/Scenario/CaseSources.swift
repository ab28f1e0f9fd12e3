import Foundation

/// The files a case reads: the case file, its plan file and the data files its series name.
///
/// A batch of runs that stores results for later (`gridflex sweep --resume`) fingerprints these, so that a
/// stored result is only reused while none of the inputs it came from has changed.
public struct CaseSources: Sendable, Equatable {
    /// The case file, as given.
    public let caseFile: String
    /// The plan file the case's `plan:` block names, resolved against the case file's folder.
    public let planFile: String?
    /// Every `FILE.csv` a series of the case names, relative to the data directory, sorted.
    public let dataFiles: [String]

    /// Reads the case file (not its series) and lists what it depends on.
    public init(casePath: String) throws(ScenarioError) {
        let text: String
        do {
            text = try String(contentsOfFile: casePath, encoding: .utf8)
        } catch {
            throw ScenarioError(file: casePath, message: "cannot read the case file: it is missing or not UTF-8 text")
        }
        let root = try YAMLField.document(text, file: casePath).node
        caseFile = casePath
        planFile = root.mapping?["plan"]?.mapping?["file"]?.string.map {
            URL(fileURLWithPath: casePath).deletingLastPathComponent().appendingPathComponent($0).path
        }
        dataFiles = CaseLoader.seriesFiles(in: root).sorted()
    }
}
