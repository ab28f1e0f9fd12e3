import ArgumentParser
import Foundation
import PlanExtract

/// `gridflex plan extract DOC.txt`: a draft plan file from a plan document's text.
struct PlanExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read a plan document (UTF-8 text, simplified or traditional Chinese) and draft its plan file for review.",
        discussion: """
            Every power-system figure becomes a target with its verbatim quote, year, value in MW or as a fraction, \
            qualifier, firmness, kind, resource group and confidence. Without --out or --json the draft YAML is printed.
            """)

    @Argument(help: "The plan document: UTF-8 text.")
    var document: String

    @Option(help: "Region folder name written into the draft (default: the document's file name without extension).")
    var region: String?

    @Option(help: "Data bundle province code (two capital letters, e.g. GX); also prefixes every id.")
    var province: String?

    @Option(help: "Write the draft plan file (YAML) here.")
    var out: String?

    @Flag(help: "Print {\"targets\": [...]} as JSON on stdout.")
    var json = false

    func validate() throws {
        if let province, province.count != 2 || !province.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw ValidationError("--province must be two capital letters (e.g. GX), not '\(province)'")
        }
    }

    func run() throws {
        try reportingFailures {
            let url = URL(fileURLWithPath: document)
            let text = try Self.read(document)
            let draft = PlanExtractor.extract(text, sourceFile: url.lastPathComponent, region: region ?? url.deletingPathExtension().lastPathComponent,
                                              province: province ?? "")
            let yaml = DraftYAML.render(draft)
            if let out {
                do {
                    try Data(yaml.utf8).write(to: URL(fileURLWithPath: out))
                } catch {
                    throw Failure.output("cannot write the draft plan to \(out): \(error.localizedDescription)")
                }
            }
            if json {
                print(try OutputFiles.json(DraftJSON(draft)))
            } else if let out {
                print(Self.summary(draft, file: out))
            } else {
                print(yaml, terminator: "")
            }
        }
    }

    /// The document's text: a readable, non-empty UTF-8 file.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure.input("\(path): cannot read the plan document: no such file, or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure.input("\(path): the plan document is not UTF-8 text; convert it first (e.g. iconv -f GB18030 -t UTF-8)")
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw Failure.input("\(path): the plan document is empty") }
        return text
    }

    /// One line on what was written.
    static func summary(_ draft: PlanDraft, file: String) -> String {
        let reviews = draft.plan.targets.map(draft.review(of:))
        let byConfidence = Confidence.allCases.map { level in "\(reviews.filter { $0.confidence == level }.count) \(level.rawValue)" }
        let repeated = reviews.filter { !$0.alsoStated.isEmpty }.count
        let conflicting = reviews.filter { !$0.conflicts.isEmpty }.count
        let count = reviews.count
        return "\(file): \(count) target\(count == 1 ? "" : "s") (\(byConfidence.joined(separator: ", ")) confidence), \(draft.unclassified.count) unclassified, "
            + "\(repeated) stated more than once, \(conflicting) in conflict; review it, then `gridflex plan check`."
    }
}
