import Foundation
import GridModel
import PlanExtract
import Scenario
import Testing

/// The five seed plan documents in ../shared/seeds, end to end.
@Suite("Plan extract: the five seed documents")
struct SeedTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/seeds").standardizedFileURL

    static var documents: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0) }
    }

    static func draft(_ url: URL) throws -> (text: String, draft: PlanDraft) {
        let text = try String(contentsOf: url, encoding: .utf8)
        return (text, PlanExtractor.extract(text, sourceFile: url.lastPathComponent, region: "seed", province: "XX"))
    }

    @Test("There are five seed documents")
    func five() {
        #expect(Self.documents.count == 5)
    }

    @Test("The draft loads with the plan loader, every quote is verbatim, and a second run gives the same bytes", arguments: documents)
    func loadsAndIsVerbatim(url: URL) throws {
        let (text, draft) = try Self.draft(url)
        #expect(!draft.plan.targets.isEmpty)
        for target in draft.plan.targets { #expect(text.contains(target.quote), "\(target.id): \(target.quote)") }
        for figure in draft.unclassified { #expect(text.contains(figure.quote)) }
        let yaml = DraftYAML.render(draft)
        #expect(yaml == DraftYAML.render(try Self.draft(url).draft))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-draft-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(yaml.utf8).write(to: file)
        #expect(try PlanLoader.load(path: file.path) == draft.plan, "the file reads back as the same plan")
    }

    /// seeds/targets.md, cross-region summary: Guangxi ≈8,400 MW pumped hydro (力爭), ≈2,000 MW storage, ≥5 % DR.
    @Test("Guangxi's headline figures")
    func guangxi() throws {
        let (_, draft) = try Self.draft(Self.documents[0])
        let targets = Dictionary(uniqueKeysWithValues: draft.plan.targets.map { ($0.id, $0) })
        #expect(draft.plan.document == "廣西壯族自治區碳達峰實施方案" && draft.plan.scope == "province" && draft.plan.status == "final")
        #expect(targets["xx_pumped_hydro_2030"]?.value == 8400 && targets["xx_pumped_hydro_2030"]?.aspirational == true)
        #expect(targets["xx_new_storage_2025"]?.value == 2000 && targets["xx_dr_2030"]?.value == 0.05)
    }

    @Test("Yinchuan: a draft for comment whose 2030 new-energy and clean-energy figures conflict; the task table repeats clean energy")
    func yinchuan() throws {
        let (_, draft) = try Self.draft(Self.documents[4])
        #expect(draft.plan.status == "draft" && draft.plan.scope == "city")
        let conflicting = draft.plan.targets.filter { !draft.review(of: $0).conflicts.isEmpty }.map(\.id)
        #expect(conflicting == ["xx_new_energy_2030", "xx_clean_energy_2030"])
        #expect(draft.reviews["xx_clean_energy_2030"]?.alsoStated.count == 1)
    }
}
