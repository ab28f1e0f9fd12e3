import Analysis
import Charts
import Localization
import PageKit
import Solving

extension RegionalReport {
    /// Thinnest and thickest a link is drawn, SVG units: the thickest is the link that sent the most energy.
    static let linkWidths = (thinnest: 1.5, thickest: 12.0)

    /// The schematic of regions and links, with each region's mean price and load and each link's net flow and
    /// hours at its limit.
    var schematicSection: ReportSection {
        let diagram = NetworkDiagram(title: text(.rrMapTitle), nodes: run.regions.map(node), edges: edges)
        return ReportSection(id: "schematic", title: text(.rrMapTitle),
                             blocks: [Figure(title: text(.rrMapTitle), svg: diagram.svg(), caption: text(.rrMapCaption)).html()])
    }

    /// A region as a node: its code, mean marginal price and load.
    func node(_ region: CaseRun) -> NetworkDiagram.Node {
        let summary = region.summary
        let price = NumberFormat.grouped(summary.kpis.meanPriceEURPerMWh, decimals: 2)
        return NetworkDiagram.Node(
            name: summary.region,
            lines: [text(.rrNodePrice, ["value": price]), text(.rrNodeLoad, ["value": Format.energy(summary.kpis.loadMWh, text)])],
            detail: text(.rrNodeDetail, ["region": summary.region, "case": summary.caseName, "price": price, "load": text.energyText(summary.kpis.loadMWh)]))
    }

    /// Each link between two regions of the case as an edge: as wide as the energy it sent both ways, its arrow the
    /// way of its net flow (none when the two directions cancel to round-off).
    var edges: [NetworkDiagram.Edge] {
        let codes = run.regions.map(\.summary.region)
        let mostSent = run.summary.links.map { $0.forwardMWh + $0.backwardMWh }.max() ?? 0
        return run.summary.links.compactMap { link in
            guard let from = codes.firstIndex(of: link.from), let to = codes.firstIndex(of: link.to) else { return nil }
            let sent = link.forwardMWh + link.backwardMWh, net = link.forwardMWh - link.backwardMWh
            let widths = Self.linkWidths
            let direction: NetworkDiagram.Edge.Direction = abs(net) <= 1e-6 * max(1, sent) ? .none : net > 0 ? .forward : .backward
            return NetworkDiagram.Edge(
                from: from, to: to, width: widths.thinnest + (mostSent > 0 ? (widths.thickest - widths.thinnest) * sent / mostSent : 0),
                direction: direction,
                lines: [text(.rrEdgeNet, ["value": Format.energy(direction == .none ? 0 : abs(net), text)]),
                        text(.rrEdgeLimit, ["hours": NumberFormat.grouped(Double(link.hoursAtLimit))])],
                detail: text(.rrEdgeDetail, ["link": link.name, "from": link.from, "to": link.to, "forward": text.energyText(link.forwardMWh),
                                             "backward": text.energyText(link.backwardMWh), "hours": String(link.hoursAtLimit),
                                             "rent": NumberFormat.grouped(link.congestionRentEUR)]))
        }
    }
}
