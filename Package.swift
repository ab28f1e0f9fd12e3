// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GridFlex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gridflex", targets: ["gridflex"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "GridFlexCore", targets: ["GridModel", "Scenario", "DispatchBuilder", "Analysis", "Solving", "PyPSAExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK"),
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"], path: "Sources/CGLPKGuard"),
        .target(name: "LinearProgramming", dependencies: ["CGLPK", "CGLPKGuard"]),
        .target(name: "GridModel"),
        .target(name: "Scenario", dependencies: ["GridModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "DispatchBuilder", dependencies: ["GridModel", "LinearProgramming"]),
        .target(name: "Localization"),
        .target(name: "Analysis", dependencies: ["GridModel", "DispatchBuilder", "LinearProgramming", "Localization"]),
        .target(name: "Solving", dependencies: ["GridModel", "DispatchBuilder", "Analysis", "LinearProgramming"]),
        .target(name: "Charts"),
        .target(name: "PageKit", dependencies: ["Charts"]),
        .target(name: "Report", dependencies: ["Analysis", "Solving", "GridModel", "DispatchBuilder", "Charts", "PageKit", "Localization"]),
        .target(name: "PyPSAExport", dependencies: ["GridModel", "LinearProgramming"]),
        .target(name: "Workbook", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "PlanExtract", dependencies: ["GridModel"]),
        .target(
            name: "Sweep",
            dependencies: [
                "GridModel", "Scenario", "DispatchBuilder", "Analysis", "Solving", "LinearProgramming", "Charts", "PageKit", "Workbook", "Localization",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "gridflex",
            dependencies: [
                "GridModel", "Scenario", "DispatchBuilder", "Analysis", "Solving", "LinearProgramming", "Report", "PyPSAExport", "Sweep",
                "PlanExtract", "Workbook", "Localization", "PageKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gridflex-bench",
            dependencies: ["GridModel", "Scenario", "Analysis", "DispatchBuilder", "LinearProgramming", "Solving", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/GridFlexBench"
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming"]),
        .testTarget(name: "DispatchBuilderTests", dependencies: ["GridModel", "Scenario", "DispatchBuilder", "Analysis", "Solving", "LinearProgramming"]),
        .testTarget(name: "ScenarioTests", dependencies: ["GridModel", "Scenario", "Analysis", "DispatchBuilder", "TestSupport"]),
        .testTarget(name: "GridFlexCLITests", dependencies: ["gridflex", "Sweep"]),
        .testTarget(name: "PlanTests", dependencies: ["GridModel", "Scenario", "Analysis", "Solving", "DispatchBuilder"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "SweepTests", dependencies: ["Sweep", "Scenario", "GridModel", "Analysis", "LinearProgramming", "TestSupport", "Localization"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Analysis", "Solving", "GridModel", "DispatchBuilder", "Charts", "Localization"]),
        .testTarget(name: "PyPSAExportTests", dependencies: ["GridModel", "PyPSAExport"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "PlanExtractTests", dependencies: ["PlanExtract", "GridModel", "Scenario"]),
    ],
    swiftLanguageModes: [.v6]
)
