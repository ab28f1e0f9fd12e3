import Foundation
import Testing

@Suite("Report structure")
struct ReportStructureTests {
    let html = ReportFixture.twoWeeks

    @Test("Every section is present, in the contents list and as a section")
    func everySection() {
        #expect(!html.isEmpty)
        for id in ["overview", "kpis", "dispatch-peak", "dispatch-curtailment", "storage", "duration", "curtailment", "prices", "targets", "resources", "solver"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
            #expect(html.contains("<a href=\"#\(id)\">"), "contents link to \(id)")
        }
    }

    @Test("The header names the case, region, window, data directory and the data years")
    func header() {
        for text in ["fixture: hourly dispatch and flexibility", "Region XX", "hours 1–336", "/data/bundle", "--data-dir",
                     "load year 2018, weather year 2020, aligned by hour of year"] {
            #expect(html.contains(text), "\(text)")
        }
    }

    @Test("Every data note and every assumption is on the page, escaped")
    func notesAndAssumptions() {
        #expect(html.contains("wind: profile rescaled to 2,000 full-load hours"))
        #expect(html.contains("Illustrative &lt;storage&gt; &amp; more"))
        #expect(html.contains("Illustrative interruptible load") && html.contains(">100 MW, 4 h<"))
    }

    @Test("KPI cards: cost, utilisation, curtailment, unserved energy, peaks before and after flexibility, CO2")
    func kpiCards() {
        for label in ["Operating cost", "Renewable utilisation", "Curtailment", "Unserved energy", "Peak load", "Peak net load", "CO2 emitted"] {
            #expect(html.contains("<div class=\"label\">\(label)</div>"), "\(label)")
        }
        #expect(html.contains("M EUR") && html.contains("after storage and demand response"))
    }

    @Test("The target table has every column and shows the plan's Chinese quote as written")
    func targetTable() {
        for heading in ["Target", "Kind", "Required", "Achieved", "Status", "Shortfall", "Shadow price", "Source"] {
            #expect(html.contains(">\(heading)</th>"), "\(heading)")
        }
        #expect(html.contains(ReportFixture.planQuote))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("\"Noto Sans CJK SC\"") && html.contains("sans-serif"))
        #expect(html.contains("Adequacy (load + 10.0") && html.contains("h covered") && html.contains("worst hour"))
    }

    @Test("Solver facts: method, iterations, seconds, LP size")
    func solverFacts() {
        for text in ["iterations", "solve ", "columns ×", "nonzeros"] { #expect(html.contains(text), "\(text)") }
    }

    @Test("Every chart is an SVG with an x and a y axis, each titled with a unit")
    func chartsHaveAxesWithUnits() throws {
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count >= 6)
        let label = try NSRegularExpression(pattern: #"<text class="axis-label"[^>]*>([^<]*)</text>"#)
        for chart in charts {
            #expect(chart.contains("class=\"axis x-axis\"") && chart.contains("class=\"axis y-axis\""))
            let labels = label.matches(in: chart, range: NSRange(chart.startIndex..., in: chart)).map { String(chart[Range($0.range(at: 1), in: chart)!]) }
            #expect(labels.count == 2)
            #expect(labels.allSatisfy { $0.range(of: #"\S \([^)]+\)$"#, options: .regularExpression) != nil }, "\(labels)")
        }
    }

    @Test("Charts are inside figures that print whole: viewBox, width 100 %, page-break-inside: avoid")
    func printable() {
        #expect(html.contains("@media print") && html.contains("page-break-inside: avoid") && html.contains("@page { size: A4"))
        #expect(html.components(separatedBy: "<figure class=\"chart\">").count == html.components(separatedBy: "<svg ").count)
        #expect(!html.contains("<svg class=\"chart\" width"))
    }

    @Test("A resource kind has one colour everywhere: solar's yellow in the dispatch and the monthly bars")
    func oneColourPerKind() {
        let solarSwatch = ##"<rect x="[0-9.]+" y="[0-9.]+" width="14" height="12" fill="#F0E442"/><text [^>]*>Solar</text>"##
        let matches = html.components(separatedBy: "<svg ").filter { $0.range(of: solarSwatch, options: .regularExpression) != nil }
        #expect(matches.count >= 2)
    }
}
