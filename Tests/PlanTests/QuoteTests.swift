import Foundation
import GridModel
import Scenario
import Testing

@Suite("Plan files")
struct QuoteTests {
    @Test("There is a plan for each of the five regions")
    func fivePlans() {
        #expect(Repository.planFiles.map { $0.deletingLastPathComponent().lastPathComponent }
                == ["guangxi", "guangzhou", "jiangxi", "luzhou", "yinchuan"])
    }

    @Test("Every quote is found verbatim in the named seed document", arguments: Repository.planFiles)
    func quotesAreVerbatim(file: URL) throws {
        let plan = try PlanLoader.load(path: file.path)
        let document = try String(contentsOf: Repository.seeds.appendingPathComponent(plan.sourceFile), encoding: .utf8)
        #expect(!plan.targets.isEmpty)
        for target in plan.targets {
            #expect(document.contains(target.quote), "\(plan.region) \(target.id): quote not in \(plan.sourceFile): \(target.quote)")
            if let written = target.asWritten { #expect(target.quote.contains(written), "\(target.id): as_written '\(written)' not in its quote") }
        }
    }

    /// The figures every reader checks first (seeds/targets.md cross-region summary), converted from 万千瓦.
    @Test("Headline figures are converted to MW and shares")
    func headlineFigures() throws {
        func target(_ region: String, _ id: String) throws -> PlanTarget? {
            try PlanLoader.load(path: Repository.models.appendingPathComponent("\(region)/plan.yaml").path).targets.first { $0.id == id }
        }
        let phs = try target("guangxi", "gx_phs_2030")
        #expect(phs?.value == 8400 && phs?.aspirational == true && phs?.qualifier == .about && phs?.resources == ["pumped_hydro"])
        #expect(try target("guangxi", "gx_new_storage_2025")?.value == 2000)
        #expect(try target("guangxi", "gx_dr_2030")?.value == 0.05)
        #expect(try target("jiangxi", "jx_phs_2030")?.value == 10000)
        #expect(try target("yinchuan", "yc_nonhydro_re_share_2030")?.value == 0.35)
        #expect(try target("luzhou", "lz_wind_new_2030")?.qualifier == .increment)
    }
}
