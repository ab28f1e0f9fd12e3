import Analysis
import Charts
import PageKit

extension CaseReport {
    /// Most points drawn per duration curve, so that a year of hours stays small in the page.
    static let durationCurvePoints = 500

    /// Load and net load duration curves, before and after flexibility.
    var durationSection: ReportSection {
        let curves = LoadCurves(case: source, aggregates: aggregates)
        let chart = DurationCurve(
            title: "Load and net load duration", size: ChartSize(width: 960, height: 400),
            valueAxis: Axis(title: "Power", unit: "MW", includesZero: false),
            curves: [
                .init(name: "Load", color: Palette.load, values: curves.loadMW),
                .init(name: "Load after storage and DR", color: Palette.load, values: curves.loadAfterFlexibilityMW, dashed: true),
                .init(name: "Net load (less available wind and solar)", color: Palette.netLoad, values: curves.netLoadMW),
                .init(name: "Net load after flexibility (less absorbed wind and solar, storage, DR)", color: Palette.netLoad,
                      values: curves.netLoadAfterFlexibilityMW, dashed: true),
            ],
            maxPoints: Self.durationCurvePoints)
        let kpis = run.summary.kpis
        var caption = "Each curve is sorted from its highest hour to its lowest: read off how many hours the system needed at least a given power. "
            + "Solid: before flexibility; dashed: after storage and demand response (a dashed line hidden under its solid one means flexibility changed little). "
            + "Peak load \(NumberFormat.grouped(kpis.peakLoadMW)) MW; load plus storage charging, less discharge and DR, peaks at "
            + "\(NumberFormat.grouped(kpis.peakLoadAfterFlexMW)) MW. Peak load net of wind and solar available \(NumberFormat.grouped(kpis.peakNetLoadMW)) MW; "
            + "peak demand seen by thermal, hydro and imports \(NumberFormat.grouped(kpis.peakNetLoadAfterFlexMW)) MW."
        if chart.isSampled { caption += " \(sampledNote)" }
        return ReportSection(id: "duration", title: "Load duration", blocks: [Figure(title: "Load and net load duration curves", svg: chart.svg(), caption: caption).html()])
    }

    /// Says how a sorted curve was thinned for display.
    var sampledNote: String {
        "Drawn with \(Self.durationCurvePoints) of the \(NumberFormat.grouped(Double(source.hours))) sorted hourly values (evenly spaced ranks, peak and minimum kept)."
    }
}
