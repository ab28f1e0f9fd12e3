import Foundation
import Localization
import Solving
import Testing
@testable import Report

@Suite("Regional report")
struct RegionalReportTests {
    let pair = (try? RegionalReportFixture.html(RegionalReportFixture.pair())) ?? ""

    @Test("The overview names the case, both regions, the link, the total cost, the note on imports and the case's assumptions")
    func overview() {
        let overview = RegionalReportFixture.section("overview", of: pair)
        // Total cost by hand: per hour 160 × 10 + 46 × 50 + 60 × 2 = 4,020 EUR, two hours 8,040 EUR.
        for text in ["pair (Models/regions/pair.yaml)", "AA, BB", "AA-BB", "8,040 EUR", "Imports count toward no region&#39;s targets or adequacy row.",
                     "Hand-worked &lt;test&gt; case", "Two regions, one cheap, one dear."] {
            #expect(overview.contains(text), "\(text)")
        }
    }

    @Test("One part per region: a card listed in the contents, linking to that region's own case-report sections")
    func regionSections() throws {
        let contents = try #require(pair.components(separatedBy: "<nav class=\"contents\">").dropFirst().first?.components(separatedBy: "</nav>").first)
        for code in ["AA", "BB"] {
            #expect(contents.contains("<a href=\"#region-\(code)\">Region \(code)</a>"))
            let card = RegionalReportFixture.section("region-\(code)", of: pair)
            for id in ["overview", "kpis", "dispatch", "storage", "duration", "curtailment", "prices", "targets", "resources", "solver"] {
                #expect(pair.contains("<section id=\"\(code)-\(id)\"><h2>\(code) · "), "\(code)-\(id)")
                #expect(card.contains("<a href=\"#\(code)-\(id)\">"), "card of \(code) links to \(id)")
                #expect(!contents.contains("#\(code)-\(id)\""), "contents list leaves out \(code)-\(id)")
            }
        }
        // Every anchor on the page is unique.
        let ids = pair.components(separatedBy: "<section id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count && ids.count == 4 + 2 * 11 + 1)
        // Every link stays inside the page and lands on a section; nothing is fetched from outside.
        let targets = pair.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!targets.isEmpty && targets.allSatisfy { $0.hasPrefix("#") && ids.contains(Substring($0.dropFirst())) })
        #expect(SelfContainedTests.forbidden.allSatisfy { !pair.lowercased().contains($0) })
        // By hand: AA's mean price is its plant's 10 EUR/MWh, BB's 50; BB received 0.9 × 120 = 108 MWh, AA sent 120 MWh.
        #expect(pair.contains("case-aa: mean marginal price 10.00 EUR/MWh") && pair.contains("case-bb: mean marginal price 50.00 EUR/MWh"))
    }

    @Test("Each region's dispatch shows the link as a layer: BB's imports (54 MW an hour) above zero, AA's exports below")
    func dispatchLayers() throws {
        // By hand: AA sends 60 MW each hour and BB receives 0.9 × 60 = 54 MW; BB's plant makes 100 − 54 = 46 MW.
        let run = try RegionalRun(case: RegionalReportFixture.pair(), method: .simplex)
        let cheap = LinkExchange(region: "AA", links: run.result.links, hours: 2), dear = LinkExchange(region: "BB", links: run.result.links, hours: 2)
        #expect(cheap.sentMW.map { ($0 - 60).magnitude < 1e-6 } == [true, true] && cheap.receivedMW == [0, 0])
        #expect(dear.receivedMW.map { ($0 - 54).magnitude < 1e-6 } == [true, true] && dear.sentMW == [0, 0])
        let dearSection = RegionalReportFixture.section("BB-dispatch", of: pair), cheapSection = RegionalReportFixture.section("AA-dispatch", of: pair)
        #expect(dearSection.contains(">Imports over links<") && !dearSection.contains(">Exports over links<"))
        #expect(cheapSection.contains(">Exports over links<") && !cheapSection.contains(">Imports over links<"))
    }

    @Test("The links table: 60 MW each way, 100 % use forward, 2 hours at limit, rent 3,960 EUR, wheeling 240 EUR; a duration curve")
    func linksTable() throws {
        let links = RegionalReportFixture.section("links", of: pair)
        let row = try #require(links.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tr>").first)
        // Energy columns are GWh with one decimal: 120 MWh sent → 0.1, 0 back, 12 MWh lost → 0.0.
        let values = row.components(separatedBy: "<td").dropFirst().map { $0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" } }
        #expect(values.map(String.init) == ["AA-BB", "60", "60", "0.1", "0.0", "100.00 % / 0.00 %", "2", "3,960", "0.0", "240"])
        #expect(links.contains("Net flow duration: AA-BB") && links.contains("Net flow AA → BB (MW)"))
    }

    @Test("The schematic: both regions with their mean prices, one link labelled with its net flow, the arrow from AA to BB")
    func schematic() throws {
        let schematic = RegionalReportFixture.section("schematic", of: pair)
        let circles = RegionalReportFixture.elements("circle", in: schematic)
        #expect(circles.count == 2)
        #expect(schematic.contains(">AA</text>") && schematic.contains(">BB</text>"))
        #expect(schematic.contains(">10.00 EUR/MWh</text>") && schematic.contains(">50.00 EUR/MWh</text>"))
        // Net flow 120 MWh forward: 0.1 GWh on the label, exactly in the tooltip.
        #expect(schematic.contains(">net 0.1 GWh</text>") && schematic.contains(">2 h at limit</text>"))
        #expect(schematic.contains("AA-BB: AA → BB 120 MWh, BB → AA 0 MWh; 2 h at limit; congestion rent 3,960 EUR"))
        #expect(RegionalReportFixture.elements("line", in: schematic).filter { $0["class"] == "link" }.count == 1)
        #expect(try arrowTowardSecond(schematic) == true)
        // The same flow on a link declared from BB to AA runs backward: the arrow still points at BB.
        let reversed = RegionalReportFixture.section("schematic", of: try RegionalReportFixture.html(RegionalReportFixture.pair(reversed: true)))
        #expect(reversed.contains("BB-AA: BB → AA 0 MWh, AA → BB 120 MWh"))
        #expect(try arrowTowardSecond(reversed) == true)
    }

    /// Whether the schematic's arrow points from the first region's circle to the second's.
    func arrowTowardSecond(_ schematic: String) throws -> Bool {
        let circles = RegionalReportFixture.elements("circle", in: schematic).map { (x: Double($0["cx"] ?? "") ?? 0, y: Double($0["cy"] ?? "") ?? 0) }
        let points = try #require(RegionalReportFixture.elements("polygon", in: schematic).first?["points"])
        let corners = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        // The tip is the first corner; the base is the middle of the other two.
        let along = (x: corners[0][0] - (corners[1][0] + corners[2][0]) / 2, y: corners[0][1] - (corners[1][1] + corners[2][1]) / 2)
        return along.x * (circles[1].x - circles[0].x) + along.y * (circles[1].y - circles[0].y) > 0
    }

    @Test("31 regions: 31 nodes no closer than 2 × 17 + 60 = 94 apart, 47 links, 31 region cards in the contents")
    func thirtyOneRegions() throws {
        let html = try RegionalReportFixture.html(RegionalReportFixture.national)
        let schematic = RegionalReportFixture.section("schematic", of: html)
        let centres = RegionalReportFixture.elements("circle", in: schematic).map { (x: Double($0["cx"] ?? "") ?? 0, y: Double($0["cy"] ?? "") ?? 0) }
        #expect(centres.count == 31)
        var closest = Double.infinity
        for a in centres.indices { for b in centres.indices where b > a { closest = min(closest, hypot(centres[a].x - centres[b].x, centres[a].y - centres[b].y)) } }
        // Coordinates are written with two decimals, so a distance may read up to 0.01 short.
        #expect(closest >= 94 - 0.01)
        #expect(RegionalReportFixture.elements("line", in: schematic).filter { $0["class"] == "link" }.count == 47)
        #expect((0..<31).allSatisfy { html.contains("<a href=\"#region-\(String(format: "R%02d", $0))\">") })
    }

    @Test("In Chinese: the page, the schematic and the links table speak Chinese")
    func chinese() throws {
        let html = try RegionalReportFixture.html(RegionalReportFixture.pair(), in: Localizer(language: .chinese, units: .si))
        for text in ["pair：区域调度与跨区电力流", "区域与通道", ">满载 2 小时</text>", "阻塞盈余（EUR）", "区域 AA", "跨区受入"] {
            #expect(html.contains(text), "\(text)")
        }
    }
}
