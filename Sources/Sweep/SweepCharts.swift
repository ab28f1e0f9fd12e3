import Charts
import Foundation
import Localization
import PageKit

/// A sweep's frontier: curtailment and operating cost against the first varied parameter, one line per value of
/// the second (further parameters held at their lowest value). Points without a solution are left out.
public struct SweepCharts: Sendable {
    /// One line: the points sharing a value of the second parameter, sorted along the first.
    struct Curve {
        let label: String
        let points: [(x: Double, measures: SweepMeasures)]
    }

    /// The varied keys, in the order given.
    public let parameters: [String]
    let curves: [Curve]
    /// What the charts leave out or hold fixed, for captions.
    public let caption: String
    /// The language of titles, axes and captions.
    let text: Localizer

    /// The frontier of `records` over `parameters`, labelled in `text`'s language.
    public init(records: [SweepRecord], parameters: [String], text: Localizer = .english) {
        self.parameters = parameters
        self.text = text
        guard let first = parameters.first else {
            (curves, caption) = ([], text(.swNoParameter))
            return
        }
        let solved = records.filter { $0.measures != nil && $0.point[first].flatMap(ParameterValue.number) != nil }
        var held: [(String, String)] = []
        for key in parameters.dropFirst(2) {
            let values = Set(solved.compactMap { $0.point[key] })
            if let lowest = values.min(by: ParameterValue.ascending) { held.append((key, lowest)) }
        }
        let shown = solved.filter { record in held.allSatisfy { record.point[$0.0] == $0.1 } }
        let second = parameters.count > 1 ? parameters[1] : nil
        let groups = Dictionary(grouping: shown) { record in second.flatMap { record.point[$0] } ?? "" }
        curves = groups.keys.sorted(by: ParameterValue.ascending).map { value in
            let points = groups[value, default: []].compactMap { record -> (x: Double, measures: SweepMeasures)? in
                guard let x = record.point[first].flatMap(ParameterValue.number), let measures = record.measures else { return nil }
                return (x, measures)
            }.sorted { $0.x < $1.x }
            return Curve(label: second.map { "\($0) = \(value)" } ?? text(.swAllPoints), points: points)
        }
        var notes = [text(.swDrawn, ["shown": String(shown.count), "total": String(records.count)])]
        if solved.count < records.count { notes.append(text(.swLeftOut, ["key": first])) }
        if !held.isEmpty { notes.append(text(.swHeld, ["list": held.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")])) }
        caption = notes.joined(separator: "; ") + "."
    }

    /// Whether there is anything to draw.
    public var isEmpty: Bool { curves.allSatisfy(\.points.isEmpty) }

    /// Curtailed share of available wind and solar, %.
    public var curtailment: LineChart {
        chart(title: text(.swChartCurtailment, ["key": parameters.first ?? ""]),
              axis: Axis(title: text(.swCurtailment), unit: text(.swAxisCurtailmentUnit))) {
            $0.curtailmentShare * 100
        }
    }

    /// Operating cost (objective less target penalties), million EUR.
    public var cost: LineChart {
        chart(title: text(.swChartCost, ["key": parameters.first ?? ""]), axis: Axis(title: text(.swCost), unit: text(.swAxisCostUnit), includesZero: false)) {
            $0.operatingCostEUR / 1e6
        }
    }

    private func chart(title: String, axis: Axis, value: (SweepMeasures) -> Double) -> LineChart {
        let colours = [OkabeIto.blue, OkabeIto.vermillion, OkabeIto.bluishGreen, OkabeIto.orange, OkabeIto.reddishPurple, OkabeIto.skyBlue,
                       OkabeIto.black]
        let key = parameters.first ?? ""
        let lines = curves.enumerated().map { index, curve in
            LineSeries(name: curve.label, color: colours[index % colours.count], x: curve.points.map(\.x), y: curve.points.map { value($0.measures) },
                       dashed: (index / colours.count).isMultiple(of: 2) == false)
        }
        return LineChart(title: title, xAxis: Axis(title: key, unit: ParameterUnit.of(key), includesZero: false), yAxis: axis, lines: lines)
    }

    /// Both charts, one above the other, as a standalone SVG file.
    public func svgDocument(title: String) -> String {
        let size = ChartSize()
        let top = 40.0
        var body = ""
        for (index, chart) in [curtailment, cost].enumerated() {
            let y = top + Double(index) * (size.height + 20)
            let markup = chart.svg()
            body += "<svg x=\"0\" y=\"\(Int(y))\" height=\"\(Int(size.height))\" " + markup.dropFirst("<svg ".count)
        }
        let height = Int(top + 2 * size.height + 20 + 40)
        let escapedTitle = HTML.escape(title), escapedCaption = HTML.escape(caption)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(size.width)) \(height)" width="\(Int(size.width))" height="\(height)" font-family="sans-serif">
            <rect width="100%" height="100%" fill="#fff"/>
            <text x="10" y="26" font-size="17" fill="#333">\(escapedTitle)</text>
            \(body)
            <text x="10" y="\(height - 14)" font-size="12" fill="#555">\(escapedCaption)</text>
            </svg>

            """
    }
}
