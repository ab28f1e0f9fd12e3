import Foundation

/// CSV files shared by many loads of cases that read the same data (a sweep loads one case once per point):
/// each file is read and split once per data directory instead of once per load.
///
/// Safe to share between threads: loads that use the same cache take turns reading series from it.
public final class SeriesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var caches: [URL: CSVCache] = [:]

    /// An empty cache.
    public init() {}

    /// Runs `body` with the CSV cache of `directory`, holding the lock for its whole run, because a
    /// ``CSVCache`` is not itself safe to use from two threads.
    func withCache<Value>(for directory: DataDirectory, _ body: (CSVCache) throws(ScenarioError) -> Value) throws(ScenarioError) -> Value {
        lock.lock()
        defer { lock.unlock() }
        let cache: CSVCache
        if let existing = caches[directory.url] {
            cache = existing
        } else {
            cache = CSVCache(directory: directory)
            caches[directory.url] = cache
        }
        return try body(cache)
    }
}
