import Analysis
import Charts
import Localization
import PageKit

extension CaseReport {
    /// Most points drawn per duration curve, so that a year of hours stays small in the page.
    static let durationCurvePoints = 500

    /// Load and net load duration curves, before and after flexibility.
    var durationSection: ReportSection {
        let curves = LoadCurves(case: source, aggregates: aggregates)
        let chart = DurationCurve(
            title: text(.durationChartTitle), size: ChartSize(width: 960, height: 400),
            valueAxis: Axis(title: text(.axisPower), unit: "MW", includesZero: false),
            curves: [
                .init(name: text(.seriesLoad), color: Palette.load, values: curves.loadMW),
                .init(name: text(.seriesLoadAfterFlex), color: Palette.load, values: curves.loadAfterFlexibilityMW, dashed: true),
                .init(name: text(.seriesNetLoad), color: Palette.netLoad, values: curves.netLoadMW),
                .init(name: text(.seriesNetLoadAfterFlex), color: Palette.netLoad,
                      values: curves.netLoadAfterFlexibilityMW, dashed: true),
            ],
            maxPoints: Self.durationCurvePoints)
        let kpis = run.summary.kpis
        var caption = text(.durationCaption, ["peak": NumberFormat.grouped(kpis.peakLoadMW), "peakFlex": NumberFormat.grouped(kpis.peakLoadAfterFlexMW),
                                              "peakNet": NumberFormat.grouped(kpis.peakNetLoadMW), "peakNetFlex": NumberFormat.grouped(kpis.peakNetLoadAfterFlexMW)])
        if chart.isSampled { caption += " \(sampledNote)" }
        return ReportSection(id: "duration", title: text(.durationTitle), blocks: [Figure(title: text(.durationFigureTitle), svg: chart.svg(), caption: caption).html()])
    }

    /// Says how a sorted curve was thinned for display.
    var sampledNote: String { Self.sampledNote(hours: source.hours, text) }

    /// Says how a sorted curve of `hours` values was thinned for display.
    static func sampledNote(hours: Int, _ text: Localizer) -> String {
        text(.sampledNote, ["points": String(durationCurvePoints), "count": NumberFormat.grouped(Double(hours))])
    }
}
