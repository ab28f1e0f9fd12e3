import GridModel
import Scenario
import Solving

/// What every point of a regional sweep shares: the settings a single-case sweep has (its `--set` values taking the
/// regional keys of ``Scenario/RegionalOverrides``) and how each point's regional dispatch is decomposed.
public struct RegionalSweepSettings: Sendable {
    /// The regional case file, data directory, window, fixed `--set` values and solving method; every point is solved
    /// cold (no warm starts: each point is a regional dispatch of its own).
    public var base: SweepSettings
    /// One LP or window by window (`--decompose`).
    public var decomposition: RegionalDecomposition.Choice

    /// Settings.
    public init(base: SweepSettings, decomposition: RegionalDecomposition.Choice = .auto) {
        self.base = base
        self.decomposition = decomposition
    }

    /// Loads the regional case with the fixed values and then `point`'s, over `window` (default: the sweep's).
    public func load(_ point: SweepPoint, window: HourWindow? = nil, cache: SeriesCache) throws(ScenarioError) -> LoadedRegionalCase {
        try RegionalCaseLoader.load(path: base.casePath, dataDirectory: base.dataDirectory, window: window ?? base.window,
                                    overrides: base.fixedOverrides + point.overrides, cache: cache)
    }
}
