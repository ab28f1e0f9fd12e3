import Foundation
import GridModel
import Localization
import Report
import Solving

/// Regional cases for the regional page, solved once.
enum RegionalReportFixture {
    /// A region of two hours with 100 MW of load and one 1,000 MW coal plant at `costEURPerMWh`.
    static func region(_ code: String, costEURPerMWh: Double) -> Case {
        Case(name: "case-\(code.lowercased())", region: code, window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100],
             resources: [.thermal(ThermalPlant(name: "plant", technology: .coal, capacityMW: 1000, marginalCostEURPerMWh: costEURPerMWh))])
    }

    /// The congested case of the regional dispatch tests: AA's plant at 10 EUR/MWh, BB's at 50, a 60 MW link with a 10 %
    /// loss and 2 EUR/MWh of wheeling. By hand: the link runs at 60 MW both hours (a MWh sent costs 12 and is worth
    /// 0.9 × 50 = 45 in BB), so 120 MWh are sent, 108 arrive, 12 are lost, wheeling is 240 EUR; prices stay 10 and 50,
    /// and the rent is 2 × 60 × (0.9 × 50 − 10 − 2) = 3,960 EUR. `reversed` declares the link from BB to AA, so that
    /// the same flow runs backward.
    static func pair(reversed: Bool = false) -> RegionalCase {
        let link = reversed
            ? Link(from: "BB", to: "AA", forwardCapacityMW: 60, lossPerUnit: 0.1, wheelingEURPerMWh: 2)
            : Link(from: "AA", to: "BB", forwardCapacityMW: 60, lossPerUnit: 0.1, wheelingEURPerMWh: 2)
        return RegionalCase(name: "pair", description: "Two regions, one cheap, one dear.", regions: [region("AA", costEURPerMWh: 10), region("BB", costEURPerMWh: 50)],
                            links: [link], assumptions: [Assumption(key: "links.AA-BB", value: "60 MW", reason: "Hand-worked <test> case")])
    }

    /// 31 regions R00…R30, the plant of region i at 10 + i EUR/MWh, joined in a ring and by chords from each even
    /// region to the one five further on (31 + 16 = 47 links of 50 MW).
    static let national: RegionalCase = {
        let codes = (0..<31).map { String(format: "R%02d", $0) }
        let ring = (0..<31).map { Link(from: codes[$0], to: codes[($0 + 1) % 31], forwardCapacityMW: 50) }
        let chords = stride(from: 0, to: 31, by: 2).map { Link(from: codes[$0], to: codes[($0 + 5) % 31], forwardCapacityMW: 50) }
        return RegionalCase(name: "national", regions: codes.indices.map { region(codes[$0], costEURPerMWh: 10 + Double($0)) }, links: ring + chords)
    }()

    static let provenance = ReportProvenance(caseFile: "Models/regions/pair.yaml", dataDirectory: "/data/bundle", dataDirectoryOrigin: "--data-dir",
                                             sourcesNote: "load year 2018, weather year 2020, aligned by hour of year")

    /// The page of a regional case, solved with dual simplex.
    static func html(_ source: RegionalCase, in text: Localizer = .english) throws -> String {
        RegionalReport(run: try RegionalRun(case: source, method: .simplex), provenance: provenance, text: text).document.html()
    }

    /// The part of `html` from `<section id="ID">` to its end.
    static func section(_ id: String, of html: String) -> String {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</section>")?.upperBound ?? rest.endIndex)])
    }

    /// Every `<name …>` tag's attributes in `markup`.
    static func elements(_ name: String, in markup: String) -> [[String: String]] {
        let tag = try! NSRegularExpression(pattern: "<\(name) ([^>]*)>"), attribute = try! NSRegularExpression(pattern: #"([\w:-]+)="([^"]*)""#)
        return tag.matches(in: markup, range: NSRange(markup.startIndex..., in: markup)).map { match in
            let text = String(markup[Range(match.range(at: 1), in: markup)!])
            return Dictionary(attribute.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                (String(text[Range($0.range(at: 1), in: text)!]), String(text[Range($0.range(at: 2), in: text)!]))
            }) { first, _ in first }
        }
    }
}
