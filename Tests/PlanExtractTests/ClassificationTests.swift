import GridModel
import PlanExtract
import Scenario
import Testing

/// Kinds and resource groups, repeats and conflicts, and figures no rule classifies.
@Suite("Plan extract: kinds, repeats and conflicts")
struct ClassificationTests {
    @Test("Resource groups as in the plan files", arguments: [
        ("抽水蓄能电站装机容量达到100万千瓦", "pumped_hydro"), ("新型储能装机容量达到100万千瓦", "new_storage"),
        ("风电、太阳能发电总装机容量达到100万千瓦", "wind_solar"), ("海上风电装机达到100万千瓦", "offwind"),
        ("光伏发电装机达到100万千瓦", "solar"), ("新能源发电装机规模达到100万千瓦", "wind_solar"), ("清洁能源装机规模达到100万千瓦", "renewables"),
        ("水电装机达到100万千瓦", "hydro"), ("气电装机达到100万千瓦", "gas"), ("燃气发电装机达到100万千瓦", "gas"),
        ("核电装机达到100万千瓦", "nuclear"), ("生物质发电装机容量达到100万千瓦", "biomass"), ("煤电装机达到100万千瓦", "coal"),
    ])
    func groups(clause: String, group: String) {
        let target = single("到2030年,\(clause)。")
        #expect(target?.kind == .capacity && target?.resources == [group] && target?.value == 1000)
        #expect(PlanLoader.groups.contains(group))
    }

    @Test("Shares: non-hydro renewable consumption, utilisation, imports; non-fossil kept as context")
    func shares() {
        #expect(single("到2025年,非水可再生能源电力消纳比重达到30%以上。")?.kind == .nonHydroRenewableShare)
        #expect(single("到2025年,新能源利用率保持在95%以上。")?.kind == .renewableUtilisation)
        #expect(single("新建通道可再生能源电量比例原则上不低于50%。")?.kind == .importRenewableShare)
        let nonFossil = single("到2025年,非化石能源消费比重达到30%左右。")
        #expect(nonFossil?.kind == .context && nonFossil?.contextReason != nil)
        #expect(extract("到2025年,森林覆盖率达到62%。").plan.targets.isEmpty && extract("到2025年,森林覆盖率达到62%。").unclassified.isEmpty)
    }

    @Test("A figure with a power unit that no rule classifies is listed as unclassified, with its quote")
    func unclassified() {
        let draft = extract("到2025年,充电桩总功率达到10万千瓦。")
        #expect(draft.plan.targets.isEmpty)
        #expect(draft.unclassified.first?.quote == "到2025年,充电桩总功率达到10万千瓦" && draft.unclassified.first?.value == 100)
        #expect(DraftJSON(draft).targets.first?.kind == "unclassified")
    }

    @Test("The same figure stated twice is one target with the second statement noted")
    func repeated() {
        let sentence = "到2025年,新型储能装机容量达到20万千瓦左右。"
        let draft = extract(sentence + "其他内容。" + sentence)
        #expect(draft.plan.targets.count == 1 && draft.review(of: draft.plan.targets[0]).alsoStated == ["「到2025年,新型储能装机容量达到20万千瓦左右」"])
    }

    @Test("Yinchuan 2030: clean energy about 6,500 MW is below new energy at least 7,500 MW, which it contains")
    func conflict() {
        let draft = extract("到2030年,新能源发电装机规模达到750万千瓦以上。到2030年,清洁能源装机规模达到650万千瓦左右。")
        let reviews = draft.plan.targets.map(draft.review(of:))
        #expect(reviews.count == 2 && reviews.allSatisfy { $0.conflicts.count == 1 })
        #expect(reviews.first?.conflicts.first?.contains("clean_energy_2030") == true)
        #expect(draft.plan.targets.first?.note?.contains("CONFLICT: conflicts with clean_energy_2030") == true)
        let consistent = extract("到2025年,新能源发电装机规模突破500万千瓦。到2025年,清洁能源装机规模突破500万千瓦。")
        #expect(consistent.reviews.values.allSatisfy { $0.conflicts.isEmpty })
    }
}
