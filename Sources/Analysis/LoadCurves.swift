import GridModel

/// Load as the rest of the system sees it, hour by hour, before and after wind, solar and flexibility. The
/// peak KPIs and the report's duration curves both read these, so that a card and its chart always agree.
public struct LoadCurves: Sendable {
    /// Load, MW.
    public let loadMW: [Double]
    /// Load less storage net discharge and demand response, MW.
    public let loadAfterFlexibilityMW: [Double]
    /// Load less available wind and solar, MW.
    public let netLoadMW: [Double]
    /// Load less absorbed wind and solar, storage and demand response (what thermal, hydro and imports cover), MW.
    public let netLoadAfterFlexibilityMW: [Double]

    /// The curves of a solved case.
    public init(case source: Case, aggregates: HourlyAggregates) {
        let load = source.loadMW
        let afterFlex = load.indices.map { load[$0] - aggregates.storageNetMW[$0] - aggregates.demandResponseNetMW[$0] }
        loadMW = load
        loadAfterFlexibilityMW = afterFlex
        netLoadMW = load.indices.map { load[$0] - aggregates.renewableAvailableMW[$0] }
        netLoadAfterFlexibilityMW = load.indices.map { afterFlex[$0] - aggregates.renewableAbsorbedMW[$0] }
    }
}
