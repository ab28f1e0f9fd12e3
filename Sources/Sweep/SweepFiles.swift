import Foundation

/// Where a sweep's files go: a shard's database beside the sweep's, and the chart and Slurm script beside the database.
public enum SweepFiles {
    /// The database of `shard` of the sweep whose database is `path`: `out/sweep.sqlite` → `out/sweep.shard-1-of-3.sqlite`.
    public static func database(_ path: String, shard: Shard?) -> String {
        guard let shard else { return path }
        return sibling(of: path, suffix: ".shard-\(shard.index)-of-\(shard.count)", extension: "sqlite")
    }

    /// A file beside `path` with the same stem: `out/sweep.sqlite` → `out/sweep.svg`.
    public static func sibling(of path: String, suffix: String = "", extension newExtension: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let name = "\(stem)\(suffix).\(newExtension)"
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }
}
