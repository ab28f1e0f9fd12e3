import Charts
import Foundation
import Testing

@Suite("Chart markup")
struct ChartMarkupTests {
    static var everyKind: [String] {
        let x = [0.0, 1, 2]
        let time = Axis(title: "Hour", unit: "h", includesZero: false)
        let power = Axis(title: "Power", unit: "MW")
        return [
            LineChart(title: "Line", xAxis: time, yAxis: power, lines: [LineSeries(name: "Load", color: "#000", x: x, y: [1, 2, 3])]).svg(),
            StackedAreaChart(title: "Stack", xAxis: time, yAxis: power, x: x, above: [AreaLayer(name: "Coal", color: "#444", values: [1, 2, 3])]).svg(),
            BarChart(title: "Bars", categoryAxis: CategoryAxis(title: "Month", unit: "calendar month", categories: ["Jan"]),
                     valueAxis: Axis(title: "Energy", unit: "GWh"), series: [BarSeries(name: "Wind", color: "#56B4E9", values: [4])]).svg(),
            DurationCurve(title: "Duration", valueAxis: power, curves: [.init(name: "Load", color: "#000", values: [3, 1, 2])]).svg(),
        ]
    }

    @Test("Every chart has an x and a y axis, each titled with a unit in brackets")
    func axesWithUnits() {
        for svg in Self.everyKind {
            #expect(svg.contains("class=\"axis x-axis\"") && svg.contains("class=\"axis y-axis\""))
            let labels = SVGInspection.axisLabels(in: svg)
            #expect(labels.count == 2)
            #expect(labels.allSatisfy { $0.range(of: #"\S \([^)]+\)$"#, options: .regularExpression) != nil }, "\(labels)")
        }
    }

    @Test("Charts scale with their container and need nothing from outside (no namespace URL, no url() reference)")
    func selfContained() {
        for svg in Self.everyKind {
            #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 "))
            #expect(svg.contains("width=\"100%\""))
            #expect(!svg.contains("http") && !svg.contains("url(") && !svg.contains("href"))
        }
    }

    @Test("Names are escaped: a series called <b>&co</b> cannot break the markup")
    func escapesText() {
        let svg = LineChart(title: "A & B", xAxis: Axis(title: "Hour", unit: "h"), yAxis: Axis(title: "Power", unit: "MW"),
                            lines: [LineSeries(name: "<b>&co</b>", color: "#000", x: [0, 1], y: [0, 1])]).svg()
        #expect(svg.contains("&lt;b&gt;&amp;co&lt;/b&gt;") && !svg.contains("<b>"))
        #expect(svg.contains("<title>A &amp; B</title>"))
    }

    @Test("A duration curve of 8,760 hours is drawn with 500 points: peak first, minimum last, never rising")
    func durationCurveSampling() {
        let values = (0..<8760).map { Double(($0 * 7919) % 8760) }
        let sampled = DurationCurve.sampled(values, maxPoints: 500)
        #expect(sampled.values.count == 500 && sampled.hours.count == 500)
        #expect(sampled.values.first == 8759 && sampled.values.last == 0)
        #expect(sampled.hours.first == 1 && sampled.hours.last == 8760)
        #expect(zip(sampled.values, sampled.values.dropFirst()).allSatisfy { $0 >= $1 })
        let chart = DurationCurve(title: "D", valueAxis: Axis(title: "Power", unit: "MW"), curves: [.init(name: "Load", color: "#000", values: values)])
        #expect(chart.isSampled)
        #expect(!DurationCurve(title: "D", valueAxis: Axis(title: "Power", unit: "MW"),
                               curves: [.init(name: "Load", color: "#000", values: [1, 2])]).isSampled)
    }

    @Test("Block summaries give each block's minimum, maximum and mean")
    func blockSummaries() {
        let values = (0..<48).map(Double.init)
        let days = BlockSummary.summaries(of: values, over: [0..<24, 24..<48, 48..<48])
        #expect(days == [BlockSummary(start: 0, minimum: 0, maximum: 23, mean: 11.5), BlockSummary(start: 24, minimum: 24, maximum: 47, mean: 35.5)])
    }
}
