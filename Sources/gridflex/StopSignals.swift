import Foundation
import Sweep

/// Ctrl-C (SIGINT) and SIGTERM during a sweep: the first asks the workers to stop after the points they are
/// solving, which are stored; the second abandons those points and exits at once. Either way every point
/// already stored stays in the database, which SQLite keeps consistent.
final class StopSignals {
    private var sources: [any DispatchSourceSignal] = []
    private static let signals = [SIGINT, SIGTERM]

    init(runner: SweepRunner, progress: SweepProgress, database: String) {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if runner.isStopping {
                    progress.message("abandoning the points in flight; every point stored so far is safe in \(database). Run again with --resume.")
                    _exit(130)
                }
                runner.requestStop()
                progress.message("stopping after the points in flight (press Ctrl-C again to abandon them)")
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Puts the default handlers back.
    func remove() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
        sources = []
    }
}
