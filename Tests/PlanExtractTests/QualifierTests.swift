import GridModel
import PlanExtract
import Testing

/// The qualifier and firmness rules: 以上/不低于/突破/达到/建成 at least, 左右 about, 新增 increment, 以内/不超过 at most,
/// a bare figure exactly, 力争 aspirational.
@Suite("Plan extract: qualifiers and firmness")
struct QualifierTests {
    @Test("Words that make a figure a floor", arguments: [
        "到2030年,尖峰负荷响应能力达到5%以上。", "到2030年,尖峰负荷响应能力不低于5%。", "到2025年,新能源发电装机规模突破500万千瓦。",
        "到2025年,新型储能装机容量达到100万千瓦。", "到2025年,建成天然气发电装机900万千瓦。",
    ])
    func atLeast(text: String) {
        #expect(single(text)?.qualifier == .atLeast)
    }

    @Test("左右 is about, also after 达到")
    func about() {
        #expect(single("到2025年,新型储能装机容量达到200万千瓦左右。")?.qualifier == .about)
        #expect(single("全省电网具备5%左右的尖峰负荷响应能力。")?.qualifier == .about)
    }

    @Test("新增 is an increment")
    func increment() {
        let target = single("到2030年,风电新增装机容量35万千瓦。")
        #expect(target?.qualifier == .increment && target?.value == 350 && target?.id == "onwind_new_2030")
    }

    @Test("以内 and 不超过 are ceilings", arguments: ["到2025年,煤电装机控制在2000万千瓦以内。", "到2025年,煤电装机不超过2000万千瓦。"])
    func atMost(text: String) {
        let target = single(text)
        #expect(target?.qualifier == .atMost && target?.value == 20000 && target?.resources == ["coal"])
    }

    @Test("A bare figure is exactly as stated")
    func exactly() {
        #expect(single("到2025年,核电装机容量300万千瓦。")?.qualifier == .exactly)
    }

    @Test("力争 (and traditional 力爭) is aspirational; its absence is binding")
    func firmness() {
        #expect(single("到2030年,抽水蓄能电站装机容量力争达到1000万千瓦。")?.aspirational == true)
        #expect(single("到2030年,力爭抽水蓄能電站裝機容量達到840萬千瓦左右。")?.aspirational == true)
        #expect(single("到2025年,新型储能装机容量达到100万千瓦。")?.aspirational == false)
    }
}
