import Analysis
import Charts
import PageKit

extension CaseReport {
    /// One headline number on a card.
    struct KPICard {
        let label: String
        let value: String
        let detail: String
        var alert = false

        func html() -> String {
            "<div class=\"kpi\(alert ? " alert" : "")\"><div class=\"label\">\(HTML.escape(label))</div>"
                + "<div class=\"value\">\(HTML.escape(value))</div><div class=\"detail\">\(HTML.escape(detail))</div></div>"
        }
    }

    /// The headline numbers as cards: cost, renewable utilisation, curtailment, unserved energy, peaks, CO2.
    var kpiSection: ReportSection {
        let kpis = run.summary.kpis
        let cards = [
            KPICard(label: "Operating cost", value: "\(Format.millions(run.summary.objective)) M EUR",
                    detail: "\(NumberFormat.grouped(run.summary.objective)) EUR over the window (2020 money)"),
            KPICard(label: "Renewable utilisation", value: Format.percent(kpis.renewableUtilisation),
                    detail: "wind and solar absorbed ÷ available"),
            KPICard(label: "Curtailment", value: "\(Format.gigawattHours(kpis.curtailmentMWh)) GWh",
                    detail: "\(Format.percent(kpis.renewableAvailableMWh > 0 ? kpis.curtailmentMWh / kpis.renewableAvailableMWh : 0)) of \(Format.gigawattHours(kpis.renewableAvailableMWh)) GWh available"),
            KPICard(label: "Unserved energy", value: "\(NumberFormat.grouped(kpis.unservedHours == 0 ? 0 : kpis.unservedMWh)) MWh",
                    detail: kpis.unservedHours == 0 ? "load met in every hour" : "in \(kpis.unservedHours) h", alert: kpis.unservedHours > 0),
            KPICard(label: "Peak load", value: "\(NumberFormat.grouped(kpis.peakLoadMW)) MW",
                    detail: "\(NumberFormat.grouped(kpis.peakLoadAfterFlexMW)) MW after storage and demand response (charging included)"),
            KPICard(label: "Peak net load", value: "\(NumberFormat.grouped(kpis.peakNetLoadMW)) MW",
                    detail: "less wind and solar; \(NumberFormat.grouped(kpis.peakNetLoadAfterFlexMW)) MW after flexibility"),
            KPICard(label: "CO2 emitted", value: "\(NumberFormat.grouped(kpis.co2T / 1e6, decimals: 2)) Mt",
                    detail: "\(NumberFormat.grouped(kpis.co2T)) t"),
            KPICard(label: "Non-hydro renewable share", value: Format.percent(kpis.nonHydroRenewableShare),
                    detail: "of \(Format.gigawattHours(kpis.loadMWh)) GWh load; mean price \(NumberFormat.grouped(kpis.meanPriceEURPerMWh, decimals: 2)) EUR/MWh"),
        ]
        return ReportSection(id: "kpis", title: "Key results", blocks: ["<div class=\"kpis\">" + cards.map { $0.html() }.joined() + "</div>"])
    }
}
