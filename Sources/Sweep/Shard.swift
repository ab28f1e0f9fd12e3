/// `--shard K/N`: the K-th of N contiguous slices of a sweep's points (K counted from 0), so that one sweep
/// can run as N independent jobs (a Slurm array, a Kubernetes Indexed Job) that never solve the same point.
///
/// Slices are contiguous in the sweep's solving order, so each job's points are neighbours and its warm starts
/// still pay; the order does not depend on the order of the `--vary` flags, so neither do the slices.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// K, from 0.
    public let index: Int
    /// N.
    public let count: Int

    /// Shard `index` of `count`; nil unless 0 ≤ index < count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(SweepInputError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), let shard = Shard(index: index, count: count) else {
            throw SweepInputError(flag: "--shard \(text)", message: "write K/N with N ≥ 1 and 0 ≤ K < N (K counts from 0, as SLURM_ARRAY_TASK_ID "
                                  + "with --array=0-(N-1) and JOB_COMPLETION_INDEX do), e.g. --shard 0/4 … --shard 3/4")
        }
        self = shard
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// The positions of this shard's points among `pointCount` points.
    public func range(in pointCount: Int) -> Range<Int> {
        Self.slices(of: pointCount, into: count)[index]
    }

    /// `count` items cut into `parts` contiguous slices whose sizes differ by at most one.
    public static func slices(of count: Int, into parts: Int) -> [Range<Int>] {
        let parts = max(1, parts)
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}
