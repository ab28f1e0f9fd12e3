import Foundation
@testable import Scenario

/// A throw-away data directory with full-year series made up for the test, and a case file in it.
struct Fixture {
    let directory: URL

    /// Load 100 MW with a 150 MW peak in hour 18 of every day; wind capacity factor 0.3 at night and 0.1 by
    /// day; solar 0.5 from 10:00 to 15:00.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write("load.csv", header: "hour,time,AA,BB") { hour in
            let hourOfDay = (hour - 1) % 24
            return "\(hour),t,\(hourOfDay == 17 ? 150 : 100),\(200)"
        }
        try write("cf.csv", header: "hour,time,wind,solar") { hour in
            let hourOfDay = (hour - 1) % 24
            return "\(hour),t,\(hourOfDay < 6 || hourOfDay > 19 ? 0.3 : 0.1),\((10...15).contains(hourOfDay) ? 0.5 : 0)"
        }
    }

    func write(_ name: String, header: String, rows: Int = 8760, row: (Int) -> String) throws {
        var text = header + "\n"
        for hour in 1...rows { text += row(hour) + "\n" }
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Writes a case file whose resources list is `resources` (YAML, indented by two spaces under `resources:`).
    func caseFile(_ resources: String, top: String = "", load: String = "load.csv#AA") throws -> String {
        let text = """
            name: fixture
            region: AA
            \(top)
            load: \(load)
            resources:
            \(resources)
            """
        let url = directory.appendingPathComponent("case.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func load(_ path: String, window: GridModel.HourWindow? = nil) throws(ScenarioError) -> LoadedCase {
        try CaseLoader.load(path: path, dataDirectory: directory.path, window: window)
    }

    static let coal = """
          - name: coal
            kind: thermal
            capacity_mw: 200
            marginal_cost_eur_per_mwh: 20
        """
}

import GridModel
