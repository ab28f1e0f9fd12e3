import Foundation
import Localization
import Scenario
import Testing
import Workbook
@testable import Sweep

@Suite("Fingerprints, charts and Slurm scripts")
struct OutputTests {
    @Test("The case fingerprint changes with the case file and with a fixed option, and only then")
    func fingerprint() throws {
        let directory = URL(fileURLWithPath: try SweepFixture.database()).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("case.yaml")
        let text = try String(contentsOfFile: SweepFixture.casePath, encoding: .utf8)
        try text.write(to: copy, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: SweepFixture.repository.appendingPathComponent("Models/guangxi/plan.yaml"),
                                         to: directory.appendingPathComponent("plan.yaml"))
        let data = URL(fileURLWithPath: SweepFixture.dataDirectory)
        let sources = try CaseSources(casePath: copy.path)
        #expect(sources.dataFiles.contains("load/hourly_load_2018_MW.csv") && sources.planFile?.hasSuffix("plan.yaml") == true)
        let base = try CaseFingerprint.hash(sources: sources, dataDirectory: data, fixedOptions: [])
        #expect(base.count == 16)
        #expect(try CaseFingerprint.hash(sources: sources, dataDirectory: data, fixedOptions: []) == base)
        #expect(try CaseFingerprint.hash(sources: sources, dataDirectory: data, fixedOptions: ["--hours 1-168"]) != base)
        try (text + "\n# edited\n").write(to: copy, atomically: true, encoding: .utf8)
        #expect(try CaseFingerprint.hash(sources: CaseSources(casePath: copy.path), dataDirectory: data, fixedOptions: []) != base)
    }

    @Test("The chart file is a standalone SVG with one line per value of the second parameter")
    func chart() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "a=0:2:1"), SweepAxis(parsing: "b=10,20")])
        let records = plan.points.enumerated().map { index, point in
            var kpis = SweepMeasures(values: Array(repeating: 0.5, count: SweepMeasures.columnNames.count))!
            kpis.operatingCostEUR = Double(index) * 1e6
            return SweepRecord(caseHash: "h", point: point, position: index, status: "optimal", objective: 1, measures: kpis)
        }
        let charts = SweepCharts(records: records, parameters: plan.parameters)
        let svg = charts.svgDocument(title: "case: a × b")
        #expect(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 4, "two lines in each of two charts")
        #expect(svg.contains("b = 10") && svg.contains("b = 20") && svg.contains("Curtailment (% of available wind and solar)"))
        #expect(charts.caption == "6 of 6 points drawn.")
    }

    @Test("The sweep page follows --lang and --units: Chinese headings, 亿千瓦时 and 万千瓦 columns; English stays as it was")
    func chineseReport() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "battery.power_mw=0,1500")])
        let records = plan.points.enumerated().map { index, point in
            SweepRecord(caseHash: "h", point: point, position: index, status: "optimal", objective: 1e9,
                        measures: SweepMeasures(values: Array(repeating: 0.5, count: SweepMeasures.columnNames.count)))
        }
        let registration = SweepRegistration(caseHash: "h", caseFile: "case.yaml", parameters: plan.parameters, fixedOptions: [], shard: nil,
                                             plannedKeys: plan.points.map(\.key))
        let chinese = SweepReport(registration: registration, records: records, databasePath: "s.sqlite",
                                  text: Localizer(language: .chinese, units: .cn)).document.html()
        #expect(chinese.contains("lang=\"zh-CN\"") && chinese.contains("参数扫描：battery.power_mw"))
        #expect(chinese.contains("弃电量（亿千瓦时）") && chinese.contains("计及灵活性后最大净负荷（万千瓦）") && chinese.contains("冷启动"))
        #expect(chinese.contains("弃电率随 battery.power_mw 的变化"))
        let english = SweepReport(registration: registration, records: records, databasePath: "s.sqlite").document.html()
        #expect(english.contains("Sweep of battery.power_mw") && english.contains("Curtailment (GWh)") && english.contains("Peak net load after flex (MW)"))
        #expect(!english.contains("弃电"))
    }

    @Test("The workbook sheet has the CSV's columns but the summary JSON, parameters and measures as numbers")
    func pointsSheet() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "battery.power_mw=0,1500")])
        let measures = SweepMeasures(values: [1, 0.9, 0, 0.2, 5, 100, 42, 0])!
        let records = [SweepRecord(caseHash: "h", point: plan.points[1], position: 1, status: "optimal", objective: 42, measures: measures)]
        let sheet = SweepTable.sheet(records, parameters: plan.parameters)
        let csvHeader = SweepTable.csv(records, parameters: plan.parameters).split(separator: "\n")[0].split(separator: ",").map(String.init)
        #expect(sheet.header + ["summary"] == csvHeader)
        // Row: key, the parameter 1500 as a number, status, objective 42, then the eight measures in `columnNames` order.
        #expect(Array(sheet.rows[0].prefix(12)) == [.text("battery.power_mw=1500"), .number(1500), .text("optimal"), .number(42),
                                                   .number(1), .number(0.9), .number(0), .number(0.2), .number(5), .number(100), .number(42), .number(0)])
    }

    @Test("The sbatch script maps SLURM_ARRAY_TASK_ID to --shard and quotes its words")
    func slurmScript() {
        let array = SlurmArray(jobName: "gridflex-sweep", taskCount: 3, timeLimit: SlurmArray.timeLimit(seconds: 3601), memoryMB: 2048,
                               cpusPerTask: 1, partition: "short", workingDirectory: "/work/my runs", logPattern: "/o/s.slurm-%A_%a.out",
                               command: ["/bin/gridflex", "sweep", "/m/case.yaml", "--vary", "plan.ID=it's"], notes: ["measured"])
        let script = array.script
        #expect(script.hasPrefix("#!/bin/bash\n"))
        #expect(script.contains("#SBATCH --array=0-2\n") && script.contains("#SBATCH --time=01:01:00\n") && script.contains("#SBATCH --partition=short\n"))
        #expect(script.contains("cd '/work/my runs'\n"))
        #expect(script.contains("exec /bin/gridflex sweep /m/case.yaml --vary 'plan.ID=it'\\''s' --shard \"${SLURM_ARRAY_TASK_ID}/3\"\n"))
        #expect(SlurmArray.timeLimit(seconds: 90_000) == "1-01:00:00")
        #expect(SlurmArray.isTimeLimit("02:00:00") && SlurmArray.isTimeLimit("1-00:30:00"))
        #expect(!SlurmArray.isTimeLimit("2h") && !SlurmArray.isTimeLimit("00:61:00") && !SlurmArray.isTimeLimit("1:00:00"))
    }
}
