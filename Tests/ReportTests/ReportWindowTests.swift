import Testing

@Suite("Report of short and quiet windows")
struct ReportWindowTests {
    @Test("A week or shorter is drawn whole, in one dispatch chart")
    func shortWindow() throws {
        let html = try ReportFixture.html(hours: 72)
        #expect(html.contains("<section id=\"dispatch\">"))
        #expect(!html.contains("<section id=\"dispatch-peak\">"))
        #expect(html.contains("Date (ticks at 00:00 Beijing time)") && html.contains(">2 Jan<") && html.contains(">3 Jan<"))
    }

    @Test("Without curtailment (only solver round-off) there is no most-curtailed week and no empty bar chart")
    func noCurtailment() throws {
        let html = try ReportFixture.html(hours: 336, windMW: 10)
        #expect(html.contains("No wind or solar was curtailed in any hour of the window, so there is no most-curtailed week to show."))
        #expect(html.contains("No wind or solar was curtailed in any hour of the window."))
        #expect(!html.contains("Curtailed wind and solar (not delivered)"))
    }
}
