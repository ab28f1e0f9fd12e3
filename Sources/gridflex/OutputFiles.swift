import Analysis
import Foundation
import GridModel
import Solving

/// Writes `summary.json` and `hourly.csv`.
enum OutputFiles {
    static func json<Value: Encodable>(_ summary: Value) throws -> String {
        do {
            return String(decoding: try JSONOutput.encoder().encode(summary), as: UTF8.self)
        } catch {
            throw Failure.output("cannot encode the summary as JSON: \(error)")
        }
    }

    static func writeJSON<Value: Encodable>(_ value: Value, to path: String) throws {
        do {
            try Data(json(value).utf8).write(to: URL(fileURLWithPath: path))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.output("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func write(_ run: CaseRun, summary: CaseSummary? = nil, case source: Case, to directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(json(summary ?? run.summary).utf8).write(to: url.appendingPathComponent("summary.json"))
            try Data(HourlyTable(case: source, result: run.result).csv().utf8).write(to: url.appendingPathComponent("hourly.csv"))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.output("cannot write to \(directory): \(error.localizedDescription)")
        }
    }
}
