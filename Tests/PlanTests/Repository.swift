import Foundation

/// Paths of the repository and of the shared folder beside it (the data bundle and the plan documents).
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let models = root.appendingPathComponent("Models")
    static let seeds = root.appendingPathComponent("../shared/seeds").standardizedFileURL
    static let data = root.appendingPathComponent("../shared/data").standardizedFileURL

    /// Every `Models/<region>/plan.yaml`.
    static var planFiles: [URL] {
        let regions = (try? FileManager.default.contentsOfDirectory(atPath: models.path)) ?? []
        return regions.sorted().map { models.appendingPathComponent("\($0)/plan.yaml") }.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func casePath(_ region: String, _ year: Int) -> String {
        models.appendingPathComponent("\(region)/\(year).yaml").path
    }
}
