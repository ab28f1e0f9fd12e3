import Localization
import PageKit

extension RegionalReport {
    /// The targets over groups of regions, each labelled with its regions, and how the group's energy is counted; none
    /// when the case has no group target.
    var groupTargetSections: [ReportSection] {
        let groups = run.summary.groupTargets
        guard !groups.isEmpty else { return [] }
        let regions = Dictionary(groups.map { ($0.target.id, $0.regions.joined(separator: ", ")) }, uniquingKeysWith: { first, _ in first })
        let table = CaseReport.targetTable(groups.map(\.target), text) { "\($0.id) (\(regions[$0.id] ?? ""))" }
        return [ReportSection(id: "group-targets", title: text(.rrGroupTargetsTitle),
                              blocks: [table.html(), HTML.paragraph(text(.regGroupAccounting), class: "muted")])]
    }
}
