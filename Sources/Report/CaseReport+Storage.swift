import Charts
import GridModel
import Localization
import PageKit

extension CaseReport {
    /// Windows longer than this are drawn as daily minimum, maximum and mean rather than hour by hour.
    static let hourlyStateOfChargeLimit = 24 * 31

    /// State of charge of each storage unit over the whole window, as a share of its energy capacity.
    var storageSection: ReportSection {
        let units: [Storage] = source.resources.compactMap { if case let .storage(unit) = $0 { return unit } else { return nil } }
        guard !units.isEmpty else {
            return ReportSection(id: "storage", title: text(.storageTitle), blocks: [HTML.paragraph(text(.storageNone), class: "muted")])
        }
        let figures = units.map(stateOfChargeFigure).map { $0.html() }
        let body = figures.count > 1 ? "<div class=\"pair\">\(figures.joined())</div>" : figures.joined()
        return ReportSection(id: "storage", title: text(.storageTitle), blocks: [body])
    }

    private func stateOfChargeFigure(_ unit: Storage) -> Figure {
        let window = source.window
        let soc = run.result.values(.stateOfCharge, of: unit.name).map { unit.energyMWh > 0 ? $0 / unit.energyMWh * 100 : 0 }
        let axis = Axis(title: text(.axisStateOfCharge), unit: text(.axisStateOfChargeUnit), bounds: 0...100)
        let timeAxis = Calendar365.timeAxis(from: Calendar365.position(of: 0, in: window), to: Calendar365.position(of: max(0, soc.count - 1), in: window), text)
        let title = "\(unit.name): \(unit.technology.rawValue.replacingOccurrences(of: "_", with: " ")), "
            + "\(NumberFormat.grouped(unit.dischargePowerMW)) MW, \(NumberFormat.grouped(unit.energyMWh)) MWh"
        let size = ChartSize(width: 560, height: 340)
        if soc.count <= Self.hourlyStateOfChargeLimit {
            let x = soc.indices.map { Calendar365.position(of: $0, in: window) }
            let chart = LineChart(title: title, size: size, xAxis: timeAxis, yAxis: axis,
                                  lines: [LineSeries(name: text(.axisStateOfCharge), color: Palette.storage, x: x, y: soc)])
            return Figure(title: title, svg: chart.svg(), caption: text(.storageCaptionHourly, ["energy": NumberFormat.grouped(unit.energyMWh)]))
        }
        let days = BlockSummary.summaries(of: soc, over: window.blocks(ofHours: 24))
        let x = days.map { Calendar365.position(of: $0.start, in: window) + 12 }
        let chart = LineChart(
            title: title, size: size, xAxis: timeAxis, yAxis: axis,
            bands: [BandSeries(name: text(.seriesDailyRange), color: Palette.storage, x: x, lower: days.map(\.minimum), upper: days.map(\.maximum))],
            lines: [LineSeries(name: text(.seriesDailyMean), color: Palette.storage, x: x, y: days.map(\.mean), width: 1.5)])
        return Figure(title: title, svg: chart.svg(),
                      caption: text(.storageCaptionDaily, ["count": NumberFormat.grouped(Double(soc.count)), "days": String(days.count),
                                                    "energy": NumberFormat.grouped(unit.energyMWh)]))
    }
}
