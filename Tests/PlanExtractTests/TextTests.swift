import GridModel
import PlanExtract
import Testing

/// Traditional characters, years carried from the start of a sentence, and the verbatim quote.
@Suite("Plan extract: traditional text, years and quotes")
struct TextTests {
    /// Guangxi's sentence (seed 000), in traditional characters with the Taiwan term 回響 for 响应.
    static let guangxi = "到2030年,力爭抽水蓄能電站裝機容量達到840萬千瓦左右,自治區級電網基本具備5%以上的尖峰負荷回響能力。"

    @Test("Traditional text: 萬千瓦 converts, 回響 is read as 响应, quotes stay in traditional characters")
    func traditional() {
        let targets = extract(Self.guangxi).plan.targets
        #expect(targets.count == 2)
        #expect(targets.first?.resources == ["pumped_hydro"] && targets.first?.value == 8400 && targets.first?.qualifier == .about)
        #expect(targets.first?.quote == "到2030年,力爭抽水蓄能電站裝機容量達到840萬千瓦左右")
        #expect(targets.last?.kind == .drShareOfPeak && targets.last?.value == 0.05 && targets.last?.qualifier == .atLeast)
        #expect(targets.last?.quote == "自治區級電網基本具備5%以上的尖峰負荷回響能力")
    }

    @Test("A clause without a year takes the year written at the start of its sentence")
    func yearFromSentenceStart() {
        let targets = extract(Self.guangxi).plan.targets
        #expect(targets.map(\.year) == [2030, 2030])
        #expect(targets.last?.aspirational == false, "力爭 governs only its own clause")
        let yinchuan = extract("到2025年,新能源发电装机规模突破500万千瓦,非水可再生能源电力消纳比重达到30%以上。").plan.targets
        #expect(yinchuan.last?.kind == .nonHydroRenewableShare && yinchuan.last?.year == 2025 && yinchuan.last?.value == 0.3)
    }

    @Test("A later 到20XX年 in the same sentence starts a new year, and the subject carries to a clause that names none")
    func subjectCarried() {
        let draft = extract("到2025年,可再生能源发电装机力争达到250万千瓦左右;到2030年,力争达到300万千瓦左右。")
        let targets = draft.plan.targets
        #expect(targets.map(\.year) == [2025, 2030] && targets.map(\.value) == [2500, 3000])
        #expect(targets.last?.resources == ["renewables"] && targets.last?.quote == "到2030年,力争达到300万千瓦左右")
        #expect(targets.last.map(draft.review(of:))?.confidence == .medium)
    }

    @Test("A base year (比2020年) is not a target year; a sentence with no year gets the first milestone at low confidence")
    func years() {
        let draft = extract("到2025年,新型储能装机容量达到100万千瓦。新建通道可再生能源电量比例原则上不低于50%。")
        let share = draft.plan.targets.last
        #expect(share?.kind == .importRenewableShare && share?.year == 2025 && share.map(draft.review(of:))?.confidence == .low)
        #expect(single("“十五五”期间,抽水蓄能装机比2020年增加到1000万千瓦。")?.year == 2030)
    }

    @Test("Every quote is a substring of the document, full-width digits included")
    func verbatim() {
        let text = "到２０３０年，新型儲能裝機容量達到３００萬千瓦以上。"
        let target = single(text)
        #expect(target?.value == 3000 && target?.year == 2030 && target?.qualifier == .atLeast)
        #expect(target.map { text.contains($0.quote) } == true)
    }
}
