import Charts
import Foundation
import Testing

@Suite("Chart geometry")
struct ChartGeometryTests {
    static let months = CategoryAxis(title: "Month", unit: "calendar month", categories: ["Jan", "Feb", "Mar"])

    @Test("A bar of 50 on a 0–100 axis is exactly half the plot height, and stands on the plot's bottom edge")
    func halfHeightBar() throws {
        let chart = BarChart(title: "Half", categoryAxis: CategoryAxis(title: "Case", unit: "one", categories: ["A"]),
                             valueAxis: Axis(title: "Energy", unit: "GWh", bounds: 0...100),
                             series: [BarSeries(name: "Wind", color: "#56B4E9", values: [50])])
        let svg = chart.svg()
        let bars = SVGInspection.elements("rect", in: svg).filter { $0["class"] == "bar" }
        try #require(bars.count == 1)
        let height = try #require(Double(bars[0]["height"] ?? ""))
        let top = try #require(Double(bars[0]["y"] ?? ""))
        let plot = chart.plotArea
        #expect(abs(height - plot.height / 2) < 0.01)
        #expect(abs(top + height - plot.maxY) < 0.01)
        let background = try #require(SVGInspection.elements("rect", in: svg).first { $0["class"] == "plot-area" })
        #expect(abs((Double(background["height"] ?? "") ?? 0) - plot.height) < 0.01)
    }

    @Test("Stacked bars sit on one another: 30 on top of 10 reaches 40 % of a 0–100 axis")
    func stackedBars() throws {
        let chart = BarChart(title: "Stack", categoryAxis: Self.months, valueAxis: Axis(title: "Energy", unit: "GWh", bounds: 0...100),
                             series: [BarSeries(name: "Wind", color: "#56B4E9", values: [10, 0, 0]),
                                      BarSeries(name: "Solar", color: "#F0E442", values: [30, 0, 0])])
        let bars = SVGInspection.elements("rect", in: chart.svg()).filter { $0["class"] == "bar" }
        try #require(bars.count == 2)
        let plot = chart.plotArea
        let topOfStack = try #require(Double(bars[1]["y"] ?? ""))
        #expect(abs(topOfStack - (plot.maxY - 0.4 * plot.height)) < 0.01)
    }

    @Test("Stacked areas: the top edge of the second layer is the sum of both; layers below zero go down")
    func stackedAreas() throws {
        let chart = StackedAreaChart(
            title: "Stack", xAxis: Axis(title: "Hour", unit: "h", bounds: 0...1, includesZero: false),
            yAxis: Axis(title: "Power", unit: "MW", bounds: -20...40), x: [0, 1],
            above: [AreaLayer(name: "A", color: "#000", values: [10, 10]), AreaLayer(name: "B", color: "#111", values: [20, 20])],
            below: [AreaLayer(name: "C", color: "#222", values: [20, 20])])
        let polygons = SVGInspection.elements("polygon", in: chart.svg()).filter { $0["class"] == "layer" }
        try #require(polygons.count == 3)
        let plot = chart.plotArea
        func firstPointY(_ polygon: [String: String]) -> Double? {
            polygon["points"]?.split(separator: " ").first?.split(separator: ",").last.flatMap { Double($0) }
        }
        let y30 = plot.maxY - (30 + 20) / 60 * plot.height, yMinus20 = plot.maxY
        #expect(abs((firstPointY(polygons[1]) ?? 0) - y30) < 0.01)
        #expect(abs((firstPointY(polygons[2]) ?? 0) - yMinus20) < 0.01)
    }

    @Test("Lines outside the axis range are held at the plot's edge, never drawn outside the axes")
    func clampsToPlot() throws {
        let chart = LineChart(title: "Clamp", xAxis: Axis(title: "Hour", unit: "h", bounds: 0...2, includesZero: false),
                              yAxis: Axis(title: "Price", unit: "EUR/MWh", bounds: 0...100),
                              lines: [LineSeries(name: "Price", color: "#000", x: [0, 1, 2], y: [50, 10_000, -10_000])])
        let line = try #require(SVGInspection.elements("polyline", in: chart.svg()).first)
        let ys = (line["points"] ?? "").split(separator: " ").compactMap { $0.split(separator: ",").last.flatMap { Double($0) } }
        let plot = chart.plotArea
        #expect(ys.allSatisfy { $0 >= plot.y - 1e-9 && $0 <= plot.maxY + 1e-9 })
    }

    @Test("The legend sits above the plot, so it never covers data")
    func legendAbovePlot() throws {
        let names = (1...12).map { "Series number \($0)" }
        let chart = LineChart(title: "Many", size: ChartSize(width: 560, height: 300),
                              xAxis: Axis(title: "Hour", unit: "h", includesZero: false), yAxis: Axis(title: "Power", unit: "MW"),
                              lines: names.map { LineSeries(name: $0, color: "#000", x: [0, 1], y: [1, 2]) })
        let svg = chart.svg()
        let legend = try #require(svg.range(of: "<g class=\"legend\""))
        let legendEnd = try #require(svg[legend.upperBound...].range(of: "</g>"))
        let texts = SVGInspection.elements("text", in: String(svg[legend.lowerBound..<legendEnd.upperBound]))
        #expect(texts.count == 12)
        #expect(texts.compactMap { Double($0["y"] ?? "") }.allSatisfy { $0 < chart.plotArea.y })
        let rows = Set(texts.compactMap { $0["y"] })
        #expect(rows.count > 1, "twelve long names wrap onto several rows on a narrow chart")
    }

    @Test("Crowded tick labels are thinned so that they do not overlap")
    func thinsCrowdedLabels() {
        let ticks = (0..<60).map { Axis.Tick(value: Double($0), label: "Label \($0)") }
        let chart = LineChart(title: "Crowded", size: ChartSize(width: 400, height: 200),
                              xAxis: Axis(title: "Day", unit: "d", bounds: 0...59, includesZero: false, ticks: ticks),
                              yAxis: Axis(title: "Power", unit: "MW"), lines: [LineSeries(name: "A", color: "#000", x: [0, 59], y: [0, 1])])
        let svg = chart.svg()
        let printed = ticks.filter { svg.contains(">\($0.label)<") }.count
        #expect(printed > 1 && printed < 20)
    }
}
