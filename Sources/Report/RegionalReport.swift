import Analysis
import Charts
import GridModel
import Localization
import PageKit
import Solving

/// The report of one solved regional case (`gridflex solve --report` on a case with `regions:`): the case and its
/// assumptions, the regions side by side, a schematic of the regions and links with their flows and mean prices, the
/// links' table and net-flow duration curves, the targets over groups of regions (when the case has any), then each
/// region's own case report (the sections ``CaseReport`` shows,
/// its dispatch charts with the links' imports and exports as layers) behind a card that the contents list links to,
/// and the whole LP's solver facts. Take `document` and append sections to extend it.
public struct RegionalReport: Sendable {
    /// The regional case as solved.
    let source: RegionalCase
    /// The solved run.
    let run: RegionalRun
    /// Where the data came from (one case file for every region).
    let provenance: ReportProvenance
    /// The language and units of the page.
    let text: Localizer

    /// A report of `run` (its model holds the regional case that was solved), in `text`'s language.
    public init(run: RegionalRun, provenance: ReportProvenance, text: Localizer = .english) {
        self.source = run.model.source
        self.run = run
        self.provenance = provenance
        self.text = text
    }

    /// The page, section by section.
    public var document: ReportDocument {
        let subtitle = text(.rrSubtitle, ["regions": String(source.regions.count), "links": String(source.links.count), "hours": hoursText,
                                          "count": NumberFormat.grouped(Double(source.window?.count ?? 0)), "status": run.summary.status])
        let solver = CaseReport.solverSection(id: "solver", title: text(.rrSolverTitle), status: run.summary.status, objective: run.summary.objective,
                                              solver: run.summary.solver, text: text)
        return ReportDocument(
            title: text(.rrTitle, ["case": source.name]), subtitle: subtitle,
            sections: [overviewSection, regionsSection, schematicSection, linksSection] + groupTargetSections + regionSections + [solver],
            footer: text(.rrFooter, ["file": provenance.caseFile]), language: text.language.rawValue)
    }

    /// `hours 1–168`, or a dash for a case without regions.
    var hoursText: String {
        source.window.map { Format.hours($0.first, $0.last, text) } ?? "–"
    }

    /// Case, regions, links, window, total cost, where the data came from, how imports count, and the regional case's
    /// own assumptions (each region's are in its own overview).
    var overviewSection: ReportSection {
        var facts: [(label: String, value: String)] = [
            (text(.factCase), "\(source.name) (\(provenance.caseFile))"),
            (text(.rrFactRegions), source.regions.map(\.region).joined(separator: ", ")),
            (text(.rrFactLinks), source.links.isEmpty ? "–" : source.links.map(\.name).joined(separator: ", ")),
            (text(.factWindow), text(.factWindowValue, ["hours": hoursText, "count": NumberFormat.grouped(Double(source.window?.count ?? 0))])),
            (text(.rrFactTotalCost), text(.rrFactTotalCostValue, ["value": NumberFormat.grouped(run.summary.objective)])),
            (text(.factDataDirectory), text(.factDataDirectoryValue, ["directory": provenance.dataDirectory, "origin": provenance.dataDirectoryOrigin])),
            (text(.factDataYears), provenance.sourcesNote),
        ]
        if !source.description.isEmpty { facts.insert((text(.factDescription), source.description), at: 1) }
        return ReportSection(id: "overview", title: text(.overviewTitle), blocks: [HTML.facts(facts), HTML.paragraph(text(.regImportsNote))]
            + CaseReport.assumptionBlocks(source.assumptions, text))
    }

    /// The regions in a table, each code linking to its part of the page.
    var regionsSection: ReportSection {
        let energyUnit = Format.energyUnit(text)
        let table = HTMLTable(
            headers: [.init(text(.rrRegion)), .init(text(.factCase)), .init(text(.rrLoad, ["unit": energyUnit]), numeric: true),
                      .init(text(.rrMeanPrice), numeric: true), .init(text(.costMillionsColumn), numeric: true),
                      .init(text(.rrReceived, ["unit": energyUnit]), numeric: true), .init(text(.rrSent, ["unit": energyUnit]), numeric: true)],
            rows: run.regions.map { region in
                let code = region.summary.region, exchange = exchange(of: region)
                return [.init(markup: "<a href=\"#\(HTML.escape(Self.regionAnchor(code)))\">\(HTML.escape(code))</a>"), .init(region.summary.caseName),
                        .init(Format.energyColumn(region.summary.kpis.loadMWh, text), numeric: true),
                        .init(NumberFormat.grouped(region.summary.kpis.meanPriceEURPerMWh, decimals: 2), numeric: true),
                        .init(Format.millions(region.summary.objective), numeric: true),
                        .init(Format.energyColumn(exchange.receivedMW.reduce(0, +), text), numeric: true),
                        .init(Format.energyColumn(exchange.sentMW.reduce(0, +), text), numeric: true)]
            })
        return ReportSection(id: "regions", title: text(.rrRegionsTitle), blocks: [table.html()])
    }

    /// Anchor of a region's card.
    static func regionAnchor(_ code: String) -> String { "region-\(code)" }

    /// What a region received and sent over the links, hour by hour.
    func exchange(of region: CaseRun) -> LinkExchange {
        LinkExchange(region: region.model.source.region, links: run.result.links, hours: region.model.source.hours)
    }

    /// Per region: a card with its headline numbers and links to its sections, then the sections of its own case
    /// report, renamed after the region and left out of the page's contents list.
    var regionSections: [ReportSection] {
        run.regions.flatMap { region -> [ReportSection] in
            let code = region.summary.region, exchange = exchange(of: region)
            let report = CaseReport(run: region, provenance: provenance, text: text, links: exchange)
            let sections = report.document.sections
            let parts = sections.map { section in
                ReportSection(id: "\(code)-\(section.id)", title: text(.rrRegionSection, ["region": code, "title": section.title]),
                              blocks: section.blocks, listed: false)
            }
            let kpis = region.summary.kpis
            let intro = text(.rrRegionIntro, [
                "case": region.summary.caseName, "price": NumberFormat.grouped(kpis.meanPriceEURPerMWh, decimals: 2),
                "load": Format.energy(kpis.loadMWh, text), "cost": Format.millions(region.summary.objective),
                "received": Format.energy(exchange.receivedMW.reduce(0, +), text), "sent": Format.energy(exchange.sentMW.reduce(0, +), text),
            ])
            let contents = zip(parts, sections).map { "<a href=\"#\(HTML.escape($0.id))\">\(HTML.escape($1.title))</a>" }.joined(separator: " · ")
            let card = ReportSection(id: Self.regionAnchor(code), title: text(.rrRegionTitle, ["region": code]), blocks: [
                HTML.paragraph(intro), HTML.element("h3", HTML.escape(text(.rrRegionContents, ["region": code]))), HTML.element("p", contents),
            ])
            return [card] + parts
        }
    }
}
