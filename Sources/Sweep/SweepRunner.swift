import Foundation
import LinearProgramming
import Scenario

/// Solves a sweep's points on worker threads and stores each as it finishes.
///
/// The points are cut into one contiguous slice per worker, so that each worker's consecutive points are
/// neighbours and its warm starts pay. Every worker is a `Thread` of its own that owns its GLPK problem for
/// its whole life (GLPK's environment is per thread) and frees its GLPK environment when it ends.
public final class SweepRunner: @unchecked Sendable {
    /// How a run ended.
    public struct Outcome: Sendable {
        /// Points solved and stored in this run.
        public var stored = 0
        /// Of those, points solved from the previous point's basis.
        public var warm = 0
        /// Whether ``requestStop()`` ended the run early.
        public var stopped = false
        /// The first failure to store a point (the run stops at it).
        public var storeError: SweepStoreError?
    }

    private let store: SweepStore
    /// Makes a worker's solver, on the worker's thread.
    private let makeSolver: @Sendable () -> any SweepPointSolver
    private let lock = NSLock()
    private var outcome = Outcome()
    private var stopRequested = false

    /// A runner of a single case's points that stores into `store` under `caseHash`; `cache` holds the case's series
    /// for every load.
    public init(settings: SweepSettings, caseHash: String, store: SweepStore, cache: SeriesCache = SeriesCache()) {
        self.store = store
        makeSolver = { PointEvaluator(settings: settings, cache: cache, caseHash: caseHash) }
    }

    /// A runner of a regional case's points (``RegionalPointEvaluator``), otherwise as the single-case one.
    public init(regional settings: RegionalSweepSettings, caseHash: String, store: SweepStore, cache: SeriesCache = SeriesCache()) {
        self.store = store
        makeSolver = { RegionalPointEvaluator(settings: settings, cache: cache, caseHash: caseHash) }
    }

    /// Asks the workers to stop after the points they are solving (which are stored).
    public func requestStop() {
        lock.withLock { stopRequested = true }
    }

    /// Whether a stop was asked for.
    public var isStopping: Bool { lock.withLock { stopRequested } }

    /// Solves `tasks` (in solving order) on `jobs` worker threads and returns when every worker has ended;
    /// `onRecord` is called on the worker's thread after each point is stored.
    public func run(_ tasks: [SweepTask], jobs: Int, onRecord: @escaping @Sendable (SweepRecord) -> Void = { _ in }) -> Outcome {
        let group = DispatchGroup()
        for slice in Shard.slices(of: tasks.count, into: min(max(1, jobs), max(1, tasks.count))) where !slice.isEmpty {
            let chunk = Array(tasks[slice])
            group.enter()
            GLPKEnvironment.startThread({ [self] in work(on: chunk, onRecord: onRecord) }, then: { group.leave() })
        }
        group.wait()
        return lock.withLock {
            outcome.stopped = stopRequested && outcome.storeError == nil
            return outcome
        }
    }

    private func work(on chunk: [SweepTask], onRecord: @Sendable (SweepRecord) -> Void) {
        let evaluator = makeSolver()
        for task in chunk where !isStopping {
            let record = evaluator.evaluate(task)
            do {
                try store.insert(record)
            } catch {
                lock.withLock {
                    if outcome.storeError == nil { outcome.storeError = error }
                    stopRequested = true
                }
                break
            }
            lock.withLock {
                outcome.stored += 1
                if record.warm { outcome.warm += 1 }
            }
            onRecord(record)
        }
        evaluator.release()
    }
}
