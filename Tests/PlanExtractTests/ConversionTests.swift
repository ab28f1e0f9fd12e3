import GridModel
import PlanExtract
import Testing

/// Unit conversions, each checked by hand: 万千瓦 = 10^4 kW = 10 MW, 亿千瓦 = 10^8 kW = 100,000 MW, 千瓦 = 0.001 MW,
/// 亿千瓦时 = 10^8 kWh = 100,000 MWh, 万千瓦时 = 10 MWh, 5% = 0.05.
@Suite("Plan extract: unit conversions")
struct ConversionTests {
    @Test("万千瓦 is 10 MW")
    func tenThousandKilowatts() {
        #expect(single("到2025年,新型储能装机容量达到200万千瓦。")?.value == 2000)
        #expect(single("到2025年,新型储能装机容量达到200万千瓦。")?.unit == "MW")
    }

    @Test("亿千瓦 is 100,000 MW, with the decimal kept exact (0.6亿千瓦 = 60,000 MW)")
    func hundredMillionKilowatts() {
        #expect(single("到2030年,风电、太阳能发电总装机容量 达到0.6亿千瓦。")?.value == 60000)
    }

    @Test("千瓦 is a thousandth of a MW; MW and GW are read too")
    func kilowattsAndSIUnits() {
        #expect(single("到2025年,新型储能装机达到5000千瓦。")?.value == 5)
        #expect(single("到2025年,新型储能装机达到120MW。")?.value == 120)
        #expect(single("到2025年,新型储能装机达到1.5GW。")?.value == 1500)
    }

    @Test("亿千瓦时 and 万千瓦时 become MWh")
    func energy() {
        let imports = single("到2025年,西电东送电量达到300亿千瓦时。")
        #expect(imports?.value == 30_000_000 && imports?.unit == "MWh" && imports?.kind == .context)
        let draft = extract("对年用电量500万千瓦时(含)以上的大型公共建筑逐步实行能耗限额管理。")
        #expect(draft.unclassified.first?.value == 5000 && draft.unclassified.first?.unit == "MWh")
    }

    @Test("% becomes a fraction: 5% is 0.05, 18.3% is 0.183")
    func percent() {
        #expect(single("到2030年,尖峰负荷响应能力不低于5%。")?.value == 0.05)
        #expect(single("到2025年,非化石能源消费比重达到18.3%。")?.value == 0.183)
    }

    @Test("Decimal shifts are exact")
    func decimalText() {
        #expect(DecimalText("0.6")?.shifted(by: 5).description == "60000")
        #expect(DecimalText("18.3")?.shifted(by: -2).description == "0.183")
        #expect(DecimalText("840")?.shifted(by: 1).description == "8400")
        #expect(DecimalText("5")?.shifted(by: -3).description == "0.005")
        #expect(DecimalText("1.2.3") == nil)
    }
}
