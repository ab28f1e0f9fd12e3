import GridModel

/// A link's hourly flow bounds in a regional case file: `max_flow_profile` and `min_flow_profile`, each a per-unit
/// series of the data directory written as any other (`FILE.csv#COLUMN`, or `{profile: FILE.csv#COLUMN, scale: K}`),
/// read over the case's hours.
enum LinkProfileSpec {
    /// The link keys this spec reads.
    static let keys = ["max_flow_profile", "min_flow_profile"]

    /// The link's profiles, or `nil` when it gives neither; refuses an hour whose minimum exceeds its maximum.
    static func profiles(_ fields: Fields, link: String, window: HourWindow, cache: CSVCache) throws(ScenarioError) -> FlowProfiles? {
        func series(_ key: String) throws(ScenarioError) -> [Double]? {
            guard let field = fields[key] else { return nil }
            let spec = try SeriesSpec(field, role: .perUnit)
            return Array(try spec.yearSeries(from: cache, role: .perUnit, label: "link \(link) \(key)").values[window.yearOffsets])
        }
        let maximum = try series("max_flow_profile"), minimum = try series("min_flow_profile")
        guard maximum != nil || minimum != nil else { return nil }
        if let maximum, let minimum, let t = minimum.indices.first(where: { minimum[$0] > maximum[$0] }), let field = fields["min_flow_profile"] {
            throw field.error("in hour \(window.first + t) the minimum flow \(minimum[t]) exceeds the maximum \(maximum[t]) (max_flow_profile); "
                + "each hour's must-flow must be at most what the link may carry then")
        }
        return FlowProfiles(maximumPerUnit: maximum, minimumForwardPerUnit: minimum)
    }
}
