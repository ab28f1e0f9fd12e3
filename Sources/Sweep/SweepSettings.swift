import GridModel
import Scenario

/// What every point of a sweep shares: the case, the data directory, the window, the fixed `--set` values and
/// whether solves start warm.
public struct SweepSettings: Sendable {
    /// The case file.
    public var casePath: String
    /// `--data-dir`, when given.
    public var dataDirectory: String?
    /// `--hours`, when given.
    public var window: HourWindow?
    /// `--set` values applied to every point (before the point's own).
    public var fixedOverrides: [Override]
    /// Whether each worker re-solves from its previous point's basis (false for `--cold`).
    public var warmStarts: Bool
    /// Whether every point's answer is a vertex (`--method vertex`: interior point and crossover, then warm re-solves);
    /// false solves each point by interior point alone (`--method auto`).
    public var vertices: Bool

    /// Settings.
    public init(casePath: String, dataDirectory: String? = nil, window: HourWindow? = nil, fixedOverrides: [Override] = [], warmStarts: Bool = true,
                vertices: Bool = true) {
        self.casePath = casePath
        self.dataDirectory = dataDirectory
        self.window = window
        self.fixedOverrides = fixedOverrides
        self.warmStarts = warmStarts
        self.vertices = vertices
    }

    /// Loads the case with the fixed values and then `point`'s.
    public func load(_ point: SweepPoint, cache: SeriesCache? = nil) throws(ScenarioError) -> LoadedCase {
        try CaseLoader.load(path: casePath, dataDirectory: dataDirectory, window: window, overrides: fixedOverrides + point.overrides, cache: cache)
    }
}

/// One point to solve and its place in the sweep's order.
public struct SweepTask: Sendable, Equatable {
    /// Position in the sweep's solving order.
    public var position: Int
    /// The point.
    public var point: SweepPoint

    /// A task.
    public init(position: Int, point: SweepPoint) {
        self.position = position
        self.point = point
    }
}
