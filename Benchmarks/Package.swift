// swift-tools-version: 6.0
// ChurnCast benchmarks: a separate package so that `swift test` at the root never builds them.
// Run one with `cd Benchmarks && swift run -c release <Name>`; record figures in RESULTS.md.
import PackageDescription

let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]
/// The root package's layer modules (its `_ChurnCastModules` product, for these benchmarks only): each benchmark
/// imports the modules it times (`import Support`, `import LinearAlgebra`, …); `ChurnCast` re-exports none of them.
let modules: Target.Dependency = .product(name: "_ChurnCastModules", package: "ChurnCast")

let package = Package(
    name: "ChurnCastBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ChurnCast", path: ".."),
    ],
    targets: [
        /// Snapshot features: 8 quarterly snapshots of 1,000,000 customers with about two years of history.
        .executableTarget(
            name: "FeaturesBenchmark",
            dependencies: [modules],
            path: "FeaturesBenchmark",
            swiftSettings: v5),
        /// The report (HTML + notebook) for 1,000,000 customers: render and write time, file sizes.
        .executableTarget(
            name: "ReportBenchmark",
            dependencies: [modules],
            path: "ReportBenchmark",
            swiftSettings: v5),
        /// Linear regression (pivoted QR + refinement) on 1,000,000 × 40 dense rows, beside one dsyrk.
        .executableTarget(
            name: "LinearFitBenchmark",
            dependencies: [modules],
            path: "LinearFitBenchmark",
            swiftSettings: v5),
        /// Churn metrics and forecast arithmetic on 1,000,000 customers.
        .executableTarget(
            name: "EvaluationBenchmark",
            dependencies: [modules],
            path: "EvaluationBenchmark",
            swiftSettings: v5),
        /// Logistic (and linear) regression on 1,000,000 × 40 rows beside one bare dsyrk of the same shape.
        .executableTarget(
            name: "LogisticFitBenchmark",
            dependencies: [modules],
            path: "LogisticFitBenchmark",
            swiftSettings: v5),
        /// Reading the three exports: MB/s per file and peak memory.
        .executableTarget(
            name: "IngestBenchmark",
            dependencies: [modules],
            path: "IngestBenchmark",
            swiftSettings: v5),
    ]
)
