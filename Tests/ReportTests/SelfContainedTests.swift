import Foundation
import Testing

@Suite("Report is self-contained")
struct SelfContainedTests {
    /// Absent from the whole file: any way a browser could be sent to the network.
    static let forbidden = ["http://", "https://", "//cdn", "<script", "url(", "@import", "<link", "<iframe", "<img", "src="]

    @Test("No external URL, script, style sheet, font or image anywhere in the file", arguments: [168, 336])
    func noExternalReferences(hours: Int) throws {
        let html = hours == 336 ? ReportFixture.twoWeeks : try ReportFixture.html(hours: hours)
        for text in Self.forbidden { #expect(!html.lowercased().contains(text), "found \(text)") }
        let href = try NSRegularExpression(pattern: #"href="([^"]*)""#)
        let targets = href.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
        #expect(!targets.isEmpty && targets.allSatisfy { $0.hasPrefix("#") }, "links stay inside the page: \(targets)")
    }

    @Test("A full year stays far under 3 MB: sorted curves thinned to 500 points, state of charge shown per day")
    func fullYearSize() throws {
        let html = try ReportFixture.html(hours: 8760)
        #expect(html.utf8.count < 3_000_000)
        #expect(html.contains("Drawn with 500 of the 8,760 sorted hourly values"))
        #expect(html.contains("8,760 hourly values shown as 365 days"))
        #expect(html.contains(">Jan<") && html.contains(">Dec<"))
    }
}
