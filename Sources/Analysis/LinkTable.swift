import DispatchBuilder

/// The hourly link flows and regional prices of a regional dispatch as CSV (`links.csv`): one row per hour; per
/// link `flow[LINK]` and `flow_back[LINK]`, MW sent; per region `price[REGION]`, EUR/MWh.
public enum LinkTable {
    /// The table for a regional run's dispatch; `firstHour` is the window's first hour of the year.
    public static func csv(links: [LinkFlows], prices: [(region: String, priceEURPerMWh: [Double])], firstHour: Int) -> String {
        let header = ["hour"] + links.flatMap { ["flow[\($0.link.name)]", "flow_back[\($0.link.name)]"] } + prices.map { "price[\($0.region)]" }
        let hours = prices.first?.priceEURPerMWh.count ?? links.first?.forwardMW.count ?? 0
        var lines = [header.joined(separator: ",")]
        lines.reserveCapacity(hours + 1)
        for t in 0..<hours {
            let cells = [String(firstHour + t)] + links.flatMap { ["\($0.forwardMW[t])", "\($0.backwardMW[t])"] }
                + prices.map { "\($0.priceEURPerMWh[t])" }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
