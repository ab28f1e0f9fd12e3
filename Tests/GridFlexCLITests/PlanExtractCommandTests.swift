import Foundation
import Testing

/// `gridflex plan extract` as a user runs it.
extension CommandLineTests {
    func temporaryFile(_ name: String, _ contents: Data) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try contents.write(to: file)
        return file
    }

    @Test("plan extract --json prints the targets with MW and fractions")
    func planExtractJSON() throws {
        let document = try temporaryFile("plan.txt", Data("到2030年,抽水蓄能电站装机容量力争达到1000万千瓦,全省电网具备5%左右的尖峰负荷响应能力。".utf8))
        defer { try? FileManager.default.removeItem(at: document.deletingLastPathComponent()) }
        let result = try run(["plan", "extract", document.path, "--province", "JX", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let targets = object?["targets"] as? [[String: Any]] ?? []
        #expect(targets.map { $0["id"] as? String } == ["jx_pumped_hydro_2030", "jx_dr_2030"])
        #expect(targets.first?["value"] as? Double == 10000 && targets.first?["unit"] as? String == "MW")
        #expect(targets.first?["firmness"] as? String == "aspirational" && targets.first?["confidence"] as? String == "high")
        #expect(targets.last?["value"] as? Double == 0.05 && targets.last?["qualifier"] as? String == "about")
    }

    @Test("plan extract --out writes the draft and prints a summary; an unwritable --out exits 3")
    func planExtractOut() throws {
        let document = try temporaryFile("plan.txt", Data("到2025年,新型储能装机容量达到100万千瓦。".utf8))
        let directory = document.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("plan.draft.yaml").path
        let written = try run(["plan", "extract", document.path, "--out", draft])
        #expect(written.status == 0 && written.stdout.contains("1 target (1 high"))
        #expect(try String(contentsOfFile: draft, encoding: .utf8).contains("resources: [new_storage]"))
        let failed = try run(["plan", "extract", document.path, "--out", directory.appendingPathComponent("missing/plan.yaml").path])
        #expect(failed.status == 3 && failed.stderr.contains("cannot write the draft plan"))
    }

    @Test("plan extract refuses a missing, non-UTF-8 or empty document with exit 1")
    func planExtractBadInput() throws {
        let missing = try run(["plan", "extract", "no-such-plan.txt"])
        #expect(missing.status == 1 && missing.stderr.contains("no-such-plan.txt: cannot read the plan document"))
        let gbk = try temporaryFile("gbk.txt", Data([0xB5, 0xBD, 0x32, 0x30, 0x32, 0x35, 0xC4, 0xEA]))
        defer { try? FileManager.default.removeItem(at: gbk.deletingLastPathComponent()) }
        let notUTF8 = try run(["plan", "extract", gbk.path])
        #expect(notUTF8.status == 1 && notUTF8.stderr.contains("not UTF-8"))
        let empty = try temporaryFile("empty.txt", Data(" \n".utf8))
        defer { try? FileManager.default.removeItem(at: empty.deletingLastPathComponent()) }
        let blank = try run(["plan", "extract", empty.path])
        #expect(blank.status == 1 && blank.stderr.contains("is empty"))
    }

    @Test("plan extract usage errors exit 64")
    func planExtractUsage() throws {
        #expect(try run(["plan", "extract"]).status == 64)
        let province = try run(["plan", "extract", "x.txt", "--province", "guangxi"])
        #expect(province.status == 64 && province.stderr.contains("two capital letters"))
    }
}
