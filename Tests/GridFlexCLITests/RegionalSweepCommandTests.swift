import Foundation
import Testing

/// `gridflex sweep` on the committed southern-grid case, one day.
@Suite("Regional sweep command line", .serialized)
struct RegionalSweepCommandTests {
    let cli = CommandLineTests()
    let southernGrid = "Models/regions/southern-grid-2030.yaml"

    /// The CSV's rows as column → text.
    static func rows(_ path: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // The summary JSON (last, quoted, with commas inside) is left out: only the columns before it are read.
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header.dropLast(), line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// The point at the link's written capacity is the case as it is: its objective is `gridflex solve`'s (the same LP by
    /// the same method). At every point the total is the regions' own objectives plus the links' wheeling.
    @Test("A link swept on the southern grid: the written point is solve's answer; per-region and per-link columns; resume")
    func southernGridLink() throws {
        let directory = try SweepCommandTests.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("grid.sqlite").path, csv = directory.appendingPathComponent("grid.csv")
        let sweep = ["sweep", southernGrid, "--hours", "1-24", "--vary", "link.GD-HI.capacity_mw=600,1200", "--jobs", "2", "--db", database,
                     "--csv", csv.path]
        let result = try cli.run(sweep)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Stored 2 of 2 points"))
        let rows = try Self.rows(csv)
        #expect(rows.map { $0["link.GD-HI.capacity_mw"] } == ["600", "1200"])
        let solve = try cli.run(["solve", southernGrid, "--hours", "1-24", "--json"])
        let reference = try #require((JSONSerialization.jsonObject(with: Data(solve.stdout.utf8)) as? [String: Any])?["objective"] as? Double)
        let written = try #require(rows.last?["objective"].flatMap(Double.init))
        #expect(abs(written - reference) <= 1e-6 * reference)
        for row in rows {
            let total = try #require(row["objective"].flatMap(Double.init))
            let regions = ["GD", "GX", "YN", "GZ", "HI"].compactMap { row["\($0).objective"].flatMap(Double.init) }
            #expect(regions.count == 5)
            let sentGDHI = try #require(row["link.GD-HI.forward_mwh"].flatMap(Double.init))
            #expect(sentGDHI <= 24 * (Double(row["link.GD-HI.capacity_mw"] ?? "") ?? 0) * (1 + 1e-9))
            #expect(row["GX.targets_met"] != nil && row["GX.targets_missed"] != nil)
            // The wheeling is the rest: 5 EUR/MWh on every MWh sent, either way, on every link.
            let sent = row.filter { $0.key.hasPrefix("link.") && ($0.key.hasSuffix(".forward_mwh") || $0.key.hasSuffix(".backward_mwh")) }
                .compactMap { Double($0.value) }.reduce(0, +)
            #expect(abs(total - regions.reduce(0, +) - 5 * sent) <= 1e-6 * total)
        }
        let again = try cli.run(sweep + ["--resume"])
        #expect(again.status == 0 && again.stdout.contains("0 solved now"))
    }

    @Test("Shards of a regional sweep merge with their per-region columns; Slurm's task command carries --decompose")
    func shardsAndSlurm() throws {
        let directory = try SweepCommandTests.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("s.sqlite").path
        let base = ["sweep", southernGrid, "--hours", "1-24", "--vary", "GX.battery.power_mw=0,2000", "--decompose", "never", "--db", database, "--jobs", "1"]
        for shard in ["0/2", "1/2"] { #expect(try cli.run(base + ["--shard", shard]).status == 0) }
        let merged = directory.appendingPathComponent("merged.sqlite").path, csv = directory.appendingPathComponent("merged.csv")
        let merge = try cli.run(["sweep", "merge", merged, directory.appendingPathComponent("s.shard-0-of-2.sqlite").path,
                                 directory.appendingPathComponent("s.shard-1-of-2.sqlite").path, "--csv", csv.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let rows = try Self.rows(csv)
        #expect(rows.count == 2 && rows.allSatisfy { $0["GX.operating_cost_eur"].flatMap(Double.init) != nil })
        let slurm = try cli.run(base + ["--slurm", "--seconds-per-point", "2"])
        #expect(slurm.status == 0, "\(slurm.stderr)")
        let script = try String(contentsOfFile: directory.appendingPathComponent("s.sbatch").path, encoding: .utf8)
        #expect(script.contains("--vary GX.battery.power_mw=0,2000") && script.contains("--decompose never"))
    }

    @Test("Options a regional sweep does not take, and --decompose on a single case, are refused naming the option", arguments: [
        (["Models/regions/southern-grid-2030.yaml", "--vary", "GX.battery.power_mw=0,1", "--soft-aspirational"], "--soft-aspirational is not available for a regional case"),
        (["Models/guangxi/2030.yaml", "--vary", "battery.power_mw=0,1", "--decompose", "weeks"], "--decompose applies to regional cases only"),
        (["Models/regions/southern-grid-2030.yaml", "--vary", "GX.battery.power_mw=0,1", "--set", "GX.battery.power_mw=5"], "also fixed with --set"),
    ])
    func refused(arguments: [String], message: String) throws {
        let directory = try SweepCommandTests.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.run(["sweep"] + arguments + ["--hours", "1-24", "--db", directory.appendingPathComponent("r.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }
}
