import GridModel
import Localization
import Testing
@testable import Report

@Suite("Chinese dispatch legends and dates")
struct ChineseLegendTests {
    static let chinese = Localizer(language: .chinese, units: .si)

    @Test("Every legend the dispatch chart can show has a Chinese name")
    func everyLegendTranslated() {
        let legends = Flow.allCases.map(\.label) + ThermalPlant.Technology.allCases.map { Palette.label($0) }
            + VariableRenewable.Kind.allCases.map { Palette.label($0) }
            + ["Hydro", "Unserved load", "Spilled surplus", "Curtailed wind and solar (not delivered)", "Imports over links", "Exports over links"]
        for legend in legends {
            #expect(Self.chinese.legend(legend) != legend, "no Chinese name for '\(legend)'")
            #expect(Localizer.english.legend(legend) == legend)
        }
    }

    @Test("Dates and months: day 34 of the year is 3 Feb in English and 2月3日 in Chinese; hour 33 is 2 Jan 09:00")
    func dates() {
        // Day 34 (zero-based) = 31 days of January + 3 → 3 February.
        #expect(Calendar365.dateLabel(day: 33, .english) == "3 Feb")
        #expect(Calendar365.dateLabel(day: 33, Self.chinese) == "2月3日")
        // Hour position 33 = 24 + 9 → 2 January 09:00.
        #expect(Calendar365.dateTimeLabel(hourPosition: 33, Self.chinese) == "1月2日 09:00")
        #expect(Self.chinese.monthName(11) == "12月" && Localizer.english.monthName(11) == "Dec")
        #expect(Format.hours(1, 8760, Self.chinese) == "第 1–8,760 小时")
    }
}
