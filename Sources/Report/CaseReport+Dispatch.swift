import Charts
import PageKit

extension CaseReport {
    /// Hour-by-hour dispatch: the peak-load week and the most-curtailed week of a long window, or the whole
    /// window when it is a week or shorter.
    var dispatchSections: [ReportSection] {
        let load = source.loadMW
        guard source.hours > DisplayWeek.hours else {
            let figure = dispatchFigure(hours: load.indices)
            return [ReportSection(id: "dispatch", title: "Dispatch over the whole window", blocks: [figure.html()])]
        }
        let peakWeek = DisplayWeek.aroundPeak(of: load, window: source.window)
        let peakHour = load.indices.max { load[$0] < load[$1] } ?? 0
        let peak = dispatchFigure(
            hours: peakWeek,
            note: "The week around the highest load, \(NumberFormat.grouped(load[peakHour])) MW at \(Calendar365.dateTimeLabel(hourPosition: source.window.first - 1 + peakHour)).")
        let curtailed = zip(aggregates.renewableAvailableMW, aggregates.renewableAbsorbedMW).map { $0 - $1 }
        let curtailedBlock: String
        if let week = DisplayWeek.largestSum(of: curtailed, window: source.window, negligible: Self.negligibleMW) {
            let energy = curtailed[week].reduce(0, +)
            curtailedBlock = dispatchFigure(
                hours: week,
                note: "The 168 h with the most wind and solar curtailed: \(Format.gigawattHours(energy)) GWh.").html()
        } else {
            curtailedBlock = HTML.paragraph("No wind or solar was curtailed in any hour of the window, so there is no most-curtailed week to show.", class: "muted")
        }
        return [
            ReportSection(id: "dispatch-peak", title: "Dispatch in the peak-load week", blocks: [peak.html()]),
            ReportSection(id: "dispatch-curtailment", title: "Dispatch in the most-curtailed week", blocks: [curtailedBlock]),
        ]
    }

    /// A stacked dispatch chart of window offsets `hours`, titled with its dates.
    func dispatchFigure(hours: Range<Int>, note: String = "") -> Figure {
        let layers = DispatchLayers(case: source, result: run.result, hours: hours)
        let x = hours.map { Calendar365.position(of: $0, in: source.window) }
        let window = source.window
        let title = "Hourly dispatch, \(Calendar365.dateTimeLabel(hourPosition: Int(x.first ?? 0))) – \(Calendar365.dateTimeLabel(hourPosition: Int(x.last ?? 0))) "
            + "(\(Format.hours(window.first + hours.lowerBound, window.first + hours.upperBound - 1)) of the year)"
        let chart = StackedAreaChart(
            title: title, size: ChartSize(width: 960, height: 440),
            xAxis: Calendar365.timeAxis(from: x.first ?? 0, to: x.last ?? 1),
            yAxis: Axis(title: "Power", unit: "MW"), x: x, above: layers.above, below: layers.below,
            lines: [LineSeries(name: "Load", color: Palette.load, x: x, y: layers.load, width: 2.5)])
        var caption = (note.isEmpty ? "" : note + " ") + "Hourly means in MW, hour-beginning. Above zero: what supplies the load."
        if !layers.below.isEmpty { caption += " Below zero: what draws from the grid besides the load (\(layers.below.map { $0.name.lowercased() }.joined(separator: ", ")))." }
        if layers.hasCurtailment { caption += " The pale layer on top is wind and solar that was available but curtailed." }
        return Figure(title: title, svg: chart.svg(), caption: caption)
    }
}
