import Charts
import Localization
import PageKit

extension CaseReport {
    /// Hour-by-hour dispatch: the peak-load week and the most-curtailed week of a long window, or the whole
    /// window when it is a week or shorter.
    var dispatchSections: [ReportSection] {
        let load = source.loadMW
        guard source.hours > DisplayWeek.hours else {
            let figure = dispatchFigure(hours: load.indices)
            return [ReportSection(id: "dispatch", title: text(.dispatchWholeTitle), blocks: [figure.html()])]
        }
        let peakWeek = DisplayWeek.aroundPeak(of: load, window: source.window)
        let peakHour = load.indices.max { load[$0] < load[$1] } ?? 0
        let peak = dispatchFigure(
            hours: peakWeek,
            note: text(.dispatchPeakNote, ["value": NumberFormat.grouped(load[peakHour]),
                                            "time": Calendar365.dateTimeLabel(hourPosition: source.window.first - 1 + peakHour, text)]))
        let curtailed = zip(aggregates.renewableAvailableMW, aggregates.renewableAbsorbedMW).map { $0 - $1 }
        let curtailedBlock: String
        if let week = DisplayWeek.largestSum(of: curtailed, window: source.window, negligible: Self.negligibleMW) {
            let energy = curtailed[week].reduce(0, +)
            curtailedBlock = dispatchFigure(
                hours: week,
                note: text(.dispatchCurtailedNote, ["value": Format.gigawattHours(energy)])).html()
        } else {
            curtailedBlock = HTML.paragraph(text(.dispatchNoCurtailment), class: "muted")
        }
        return [
            ReportSection(id: "dispatch-peak", title: text(.dispatchPeakTitle), blocks: [peak.html()]),
            ReportSection(id: "dispatch-curtailment", title: text(.dispatchCurtailmentTitle), blocks: [curtailedBlock]),
        ]
    }

    /// A stacked dispatch chart of window offsets `hours`, titled with its dates.
    func dispatchFigure(hours: Range<Int>, note: String = "") -> Figure {
        let layers = DispatchLayers(case: source, result: run.result, links: links, hours: hours, text: text)
        let x = hours.map { Calendar365.position(of: $0, in: source.window) }
        let window = source.window
        let title = text(.dispatchFigureTitle, ["from": Calendar365.dateTimeLabel(hourPosition: Int(x.first ?? 0), text),
                                                "to": Calendar365.dateTimeLabel(hourPosition: Int(x.last ?? 0), text),
                                                "hours": Format.hours(window.first + hours.lowerBound, window.first + hours.upperBound - 1, text)])
        let chart = StackedAreaChart(
            title: title, size: ChartSize(width: 960, height: 440),
            xAxis: Calendar365.timeAxis(from: x.first ?? 0, to: x.last ?? 1, text),
            yAxis: Axis(title: text(.axisPower), unit: "MW"), x: x, above: layers.above, below: layers.below,
            lines: [LineSeries(name: text(.seriesLoad), color: Palette.load, x: x, y: layers.load, width: 2.5)])
        var caption = (note.isEmpty ? "" : note + " ") + text(.dispatchCaption)
        if !layers.below.isEmpty { caption += text(.dispatchCaptionBelow, ["names": layers.below.map { $0.name.lowercased() }.joined(separator: ", ")]) }
        if layers.hasCurtailment { caption += text(.dispatchCaptionCurtailment) }
        return Figure(title: title, svg: chart.svg(), caption: caption)
    }
}
