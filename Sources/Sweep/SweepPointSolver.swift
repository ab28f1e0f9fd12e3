/// What a sweep worker solves its points with, one after another on its own thread: a single case
/// (``PointEvaluator``) or a regional case (``RegionalPointEvaluator``).
protocol SweepPointSolver: AnyObject {
    /// The record of one point; a point that cannot be loaded or solved is a record too, with the reason.
    func evaluate(_ task: SweepTask) -> SweepRecord
    /// Frees what the solver holds in GLPK; called on the worker's thread before it ends.
    func release()
}
