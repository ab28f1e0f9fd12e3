import DispatchBuilder

/// What one region of a regional dispatch received and sent over its links, hour by hour: the layers its dispatch
/// chart adds so that, as in a single-region chart, what is drawn above zero less what is drawn below equals the load.
struct LinkExchange: Sendable {
    /// MW arriving over links, after their losses.
    let receivedMW: [Double]
    /// MW sent over links.
    let sentMW: [Double]

    /// The exchange of region `code` over `links` (each a link's hourly flows), `hours` long.
    init(region code: String, links: [LinkFlows], hours: Int) {
        var received = [Double](repeating: 0, count: hours), sent = received
        for flows in links {
            let link = flows.link
            for t in 0..<hours {
                if link.to == code {
                    received[t] += link.efficiency * flows.forwardMW[t]
                    sent[t] += flows.backwardMW[t]
                }
                if link.from == code {
                    sent[t] += flows.forwardMW[t]
                    received[t] += link.efficiency * flows.backwardMW[t]
                }
            }
        }
        receivedMW = received
        sentMW = sent
    }
}
