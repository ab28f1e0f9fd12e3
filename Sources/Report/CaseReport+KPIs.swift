import Analysis
import Charts
import Localization
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

    /// Power as the cards show it: MW, or 万千瓦 in Chinese units.
    func power(_ megawatts: Double) -> String {
        text.units == .cn ? text.powerText(megawatts) : "\(NumberFormat.grouped(megawatts)) MW"
    }

    /// The headline numbers as cards: cost, renewable utilisation, curtailment, unserved energy, peaks, CO2.
    var kpiSection: ReportSection {
        let kpis = run.summary.kpis
        let cards = [
            KPICard(label: text(.kpiOperatingCost), value: "\(Format.millions(run.summary.objective)) M EUR",
                    detail: text(.kpiOperatingCostDetail, ["value": NumberFormat.grouped(run.summary.objective)])),
            KPICard(label: text(.kpiUtilisation), value: Format.percent(kpis.renewableUtilisation),
                    detail: text(.kpiUtilisationDetail)),
            KPICard(label: text(.kpiCurtailment), value: Format.energy(kpis.curtailmentMWh, text),
                    detail: text(.kpiCurtailmentDetail, ["share": Format.percent(kpis.renewableAvailableMWh > 0 ? kpis.curtailmentMWh / kpis.renewableAvailableMWh : 0),
                                                         "available": Format.energy(kpis.renewableAvailableMWh, text)])),
            KPICard(label: text(.kpiUnserved), value: text.units == .cn ? text.energyText(kpis.unservedHours == 0 ? 0 : kpis.unservedMWh) : "\(NumberFormat.grouped(kpis.unservedHours == 0 ? 0 : kpis.unservedMWh)) MWh",
                    detail: kpis.unservedHours == 0 ? text(.kpiUnservedNone) : text(.kpiUnservedHours, ["hours": String(kpis.unservedHours)]), alert: kpis.unservedHours > 0),
            KPICard(label: text(.kpiPeakLoad), value: power(kpis.peakLoadMW),
                    detail: text(.kpiPeakLoadDetail, ["value": power(kpis.peakLoadAfterFlexMW)])),
            KPICard(label: text(.kpiPeakNetLoad), value: power(kpis.peakNetLoadMW),
                    detail: text(.kpiPeakNetLoadDetail, ["value": power(kpis.peakNetLoadAfterFlexMW)])),
            KPICard(label: text(.kpiCO2), value: "\(NumberFormat.grouped(kpis.co2T / 1e6, decimals: 2)) Mt",
                    detail: "\(NumberFormat.grouped(kpis.co2T)) t"),
            KPICard(label: text(.kpiNonHydro), value: Format.percent(kpis.nonHydroRenewableShare),
                    detail: text(.kpiNonHydroDetail, ["load": Format.energy(kpis.loadMWh, text), "price": NumberFormat.grouped(kpis.meanPriceEURPerMWh, decimals: 2)])),
        ]
        return ReportSection(id: "kpis", title: text(.kpiSectionTitle), blocks: ["<div class=\"kpis\">" + cards.map { $0.html() }.joined() + "</div>"])
    }
}
