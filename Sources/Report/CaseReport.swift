import Analysis
import Charts
import DispatchBuilder
import GridModel
import Localization
import PageKit
import Solving

/// Where a case's data came from, as the command that loaded it knows (the Report module reads no files).
public struct ReportProvenance: Sendable {
    /// The case file as given on the command line.
    public var caseFile: String
    /// The data directory the series were read from.
    public var dataDirectory: String
    /// How that directory was chosen (`--data-dir`, `$GRIDFLEX_DATA`, `./Data`, `../shared/data`).
    public var dataDirectoryOrigin: String
    /// What the reader must know about the data's years, e.g. that load and weather years differ.
    public var sourcesNote: String

    /// A provenance record.
    public init(caseFile: String, dataDirectory: String, dataDirectoryOrigin: String, sourcesNote: String) {
        self.caseFile = caseFile
        self.dataDirectory = dataDirectory
        self.dataDirectoryOrigin = dataDirectoryOrigin
        self.sourcesNote = sourcesNote
    }
}

/// The report of one solved case (`gridflex solve --report`): overview and assumptions, KPI cards, dispatch
/// of the peak-load and most-curtailed weeks, state of charge, duration curves, monthly curtailment, prices,
/// targets, resources and solver facts. Take `document` and append sections to extend it.
public struct CaseReport: Sendable {
    /// Hourly flows at or below this are drawn as zero, MW: an interior-point solution carries round-off of
    /// about 1e-6 MW that would otherwise show up as a layer, a legend entry or a bar of "curtailment".
    static let negligibleMW = 1e-3

    /// The case as solved.
    let source: Case
    /// The solved run.
    let run: CaseRun
    /// Hourly sums shared with the summary.
    let aggregates: HourlyAggregates
    /// Where the data came from.
    let provenance: ReportProvenance
    /// The language and units of the page.
    let text: Localizer
    /// What the case's links brought in and sent out, when it is a region of a regional case.
    let links: LinkExchange?

    /// A report of `run` (its model holds the case that was solved), in `text`'s language.
    public init(run: CaseRun, provenance: ReportProvenance, text: Localizer = .english) {
        self.init(run: run, provenance: provenance, text: text, links: nil)
    }

    /// A report of `run`, a region of a regional case whose links brought in and sent out `links`.
    init(run: CaseRun, provenance: ReportProvenance, text: Localizer, links: LinkExchange?) {
        self.text = text
        self.source = run.model.source
        self.run = run
        self.aggregates = HourlyAggregates(case: run.model.source, result: run.result)
        self.provenance = provenance
        self.links = links
    }

    /// The page, section by section.
    public var document: ReportDocument {
        let summary = run.summary
        let dates = "\(Calendar365.dateLabel(day: source.window.dayOfYear(atOffset: 0), text))–\(Calendar365.dateLabel(day: source.window.dayOfYear(atOffset: source.hours - 1), text))"
        let subtitle = text(.reportSubtitle, ["region": summary.region, "hours": Format.hours(source.window.first, source.window.last, text),
                                              "count": NumberFormat.grouped(Double(source.hours)), "dates": dates, "status": summary.status])
        return ReportDocument(
            title: text(.reportTitle, ["case": summary.caseName]),
            subtitle: subtitle,
            sections: [overviewSection, kpiSection] + dispatchSections
                + [storageSection, durationSection, curtailmentSection, priceSection, targetSection, resourceSection, solverSection],
            footer: text(.reportFooter, ["file": provenance.caseFile]), language: text.language.rawValue)
    }
}
