// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GridFlex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gridflex", targets: ["gridflex"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "GridFlexCore", targets: ["GridModel", "Scenario", "DispatchBuilder", "Analysis", "PyPSAExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK"),
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"], path: "Sources/CGLPKGuard"),
        .target(name: "LinearProgramming", dependencies: ["CGLPK", "CGLPKGuard"]),
        .target(name: "GridModel"),
        .target(name: "Scenario", dependencies: ["GridModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "DispatchBuilder", dependencies: ["GridModel", "LinearProgramming"]),
        .target(name: "Analysis", dependencies: ["GridModel", "DispatchBuilder", "LinearProgramming"]),
        .target(name: "Charts"),
        .target(name: "Report", dependencies: ["Analysis", "GridModel", "DispatchBuilder", "Charts"]),
        .target(name: "PyPSAExport", dependencies: ["GridModel"]),
        .target(name: "PlanExtract", dependencies: ["GridModel"]),
        .target(
            name: "Sweep",
            dependencies: [
                "GridModel", "Scenario", "DispatchBuilder", "Analysis", "LinearProgramming", "Charts", "Report",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "gridflex",
            dependencies: [
                "GridModel", "Scenario", "DispatchBuilder", "Analysis", "LinearProgramming", "Report", "PyPSAExport", "Sweep", "PlanExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gridflex-bench",
            dependencies: ["GridModel", "Scenario", "Analysis", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/GridFlexBench"
        ),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming"]),
        .testTarget(name: "DispatchBuilderTests", dependencies: ["GridModel", "Scenario", "DispatchBuilder", "Analysis", "LinearProgramming"]),
        .testTarget(name: "ScenarioTests", dependencies: ["GridModel", "Scenario", "Analysis", "DispatchBuilder"]),
        .testTarget(name: "GridFlexCLITests", dependencies: ["gridflex", "Sweep"]),
        .testTarget(name: "PlanTests", dependencies: ["GridModel", "Scenario", "Analysis", "DispatchBuilder"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "SweepTests", dependencies: ["Sweep", "Scenario", "GridModel", "Analysis", "LinearProgramming"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Analysis", "GridModel", "DispatchBuilder", "Charts"]),
        .testTarget(name: "PyPSAExportTests", dependencies: ["GridModel", "PyPSAExport"]),
        .testTarget(name: "PlanExtractTests", dependencies: ["PlanExtract", "GridModel", "Scenario"]),
    ],
    swiftLanguageModes: [.v6]
)
