import Foundation
import GRDB
import Testing
@testable import Sweep

/// Databases and script values from outside: damaged cells are located errors, inputs are never written, and
/// nothing given on the command line can add a line to an sbatch script.
@Suite("Damaged databases and script values")
struct DamagedDatabaseTests {
    /// A store with one registered sweep of two stored points.
    func store() throws -> SweepStore {
        let store = try SweepStore(path: SweepFixture.database())
        let points = [SweepPoint(["a": "1"]), SweepPoint(["a": "2"])]
        try store.register(SweepRegistration(caseHash: "h", caseFile: "case.yaml", parameters: ["a"], fixedOptions: [], shard: nil,
                                             plannedKeys: points.map(\.key)))
        for (position, point) in points.enumerated() {
            try store.insert(SweepRecord(caseHash: "h", point: point, position: position, status: "optimal", objective: 10, iterations: 3))
        }
        return store
    }

    func damage(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
    }

    @Test("A cell of the wrong type is an error naming the row and column, not a trap")
    func wrongType() throws {
        let store = try store()
        try damage(store.path, "UPDATE results SET position = 'abc' WHERE point_key = 'a=2'")
        do {
            _ = try store.records(caseHash: "h")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("results row 'a=2': column 'position' holds \"abc\"; expected a whole number"), "\(error)")
        }
    }

    @Test("A text cell where a number goes and a NULL where text goes are errors too")
    func textAndNull() throws {
        let store = try store()
        try damage(store.path, "UPDATE results SET objective = 'xyz' WHERE point_key = 'a=1'")
        #expect(throws: SweepStoreError.self) { try store.records(caseHash: "h") }
        let other = try self.store()
        try damage(other.path, "UPDATE sweeps SET case_file = x'00ff'")
        #expect(throws: SweepStoreError.self) { try other.registration(caseHash: "h") }
    }

    @Test("merge opens its inputs read-only and refuses a foreign SQLite file without touching it")
    func foreignInput() throws {
        let directory = URL(fileURLWithPath: try SweepFixture.database()).deletingLastPathComponent()
        let foreign = directory.appendingPathComponent("notes.sqlite").path
        try damage(foreign, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')")
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        #expect(throws: SweepInputError.self) { try SweepMerge.merge(inputs: [foreign], into: directory.appendingPathComponent("out.sqlite").path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
    }

    @Test("Partition names: letters, digits, '_', '-', '.', comma-separated; nothing else reaches the script")
    func partitions() {
        #expect(SlurmArray.isPartitionList("debug") && SlurmArray.isPartitionList("gpu-a100,long.q"))
        for bad in ["", "a b", "debug\nrm -rf ~", "a;b", "$(reboot)", "a,,b", "煤"] { #expect(!SlurmArray.isPartitionList(bad), "\(bad)") }
        let script = SlurmArray(jobName: "j", taskCount: 2, timeLimit: "01:00:00", memoryMB: 1024, cpusPerTask: 1, partition: "x\nreboot",
                                workingDirectory: "/tmp", logPattern: "l", command: ["gridflex"], notes: ["a note\nreboot"]).script
        #expect(!script.split(separator: "\n").contains { $0.hasPrefix("reboot") })
    }

    @Test("Very large and very small parameter values keep their value as text")
    func parameterText() {
        // 1e20 has an exact fixed form; 1e-300 has none of 40 digits, so it keeps its exponent.
        #expect(ParameterValue.text(1e20) == "100000000000000000000")
        #expect(ParameterValue.text(1e-300) == "1e-300")
        #expect(ParameterValue.canonical("1e20") != ParameterValue.canonical("1"))
    }
}
