// swift-tools-version: 6.0
// ChurnCast: predictive churn and NPS forecasting on BLAS/LAPACK.
// Architecture, bottom up: ingest → features → linear algebra → models → evaluation/forecast → report,
// with the `churncast` CLI a thin layer over the `ChurnCast` library.
import PackageDescription

let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
    name: "ChurnCast",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ChurnCast", targets: ["ChurnCast"]),
        .library(name: "ChurnCastSynthetic", targets: ["ChurnCastSynthetic"]),
        .executable(name: "churncast", targets: ["ChurnCastCLI"]),
        /// For Benchmarks/ only, not API: the layer modules the micro-benchmarks time directly (as swift-collections
        /// exposes its internals to its benchmarks). No compatibility promise; the `ChurnCast` library is the API.
        .library(name: "_ChurnCastModules",
                 targets: ["Support", "Ingest", "Features", "LinearAlgebra", "Models", "Evaluation", "Forecast",
                           "Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: - Public API

        /// The command-line tool: argument parsing, printing and exit codes only; every command calls one job of
        /// `ChurnCast` (or, for `generate` and the oracle of generated data, of `ChurnCastSynthetic`).
        .executableTarget(
            name: "ChurnCastCLI",
            dependencies: ["ChurnCast", "ChurnCastSynthetic",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: v5),
        /// The jobs a user runs: train, score, evaluate, forecast, report, features, table fit; the model file.
        .target(
            name: "ChurnCast",
            dependencies: ["Support", "Ingest", "Features", "LinearAlgebra", "Distributions", "Models", "Evaluation",
                           "Forecast", "Comments", "Report", "TableFit", "SQLCompile", "PostgresSource"],
            swiftSettings: v5),
        /// The jobs that need the generator: `generate`, and the oracle of data that carry ChurnCast's own
        /// ground truth. Kept apart so that the `ChurnCast` library does not depend on `Synthetic`.
        .target(name: "ChurnCastSynthetic", dependencies: ["ChurnCast", "Support", "Ingest", "Features", "Synthetic"],
                swiftSettings: v5),

        // MARK: - Implementation details (one module per layer)

        /// Shared plumbing: user-facing errors with exit codes, atomic file writes, CSV output.
        .target(name: "Support", swiftSettings: v5),
        /// CSV reading over raw bytes, dates, the three exports, column mapping and validation.
        .target(name: "Ingest", dependencies: ["Support"], swiftSettings: v5),
        /// Point-in-time snapshots and the feature table (pure Swift, no BLAS).
        .target(name: "Features", dependencies: ["Support", "Ingest"], swiftSettings: v5),
        /// C declarations of CBLAS and the Fortran LAPACK routines; no stable Swift API. Only `LinearAlgebra` imports it.
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapack-dev"])]),
        /// Safe column-major matrices over BLAS/LAPACK; the only Swift code that calls C.
        .target(name: "LinearAlgebra", dependencies: ["CLAPACK"], swiftSettings: v5),
        /// Normal, Student t, F and chi-square distribution functions for p-values and intervals.
        .target(name: "Distributions", swiftSettings: v5),
        /// Linear and logistic regression: configuration in, fitted model out, statsmodels-style summaries.
        .target(name: "Models", dependencies: ["Support", "LinearAlgebra", "Distributions"], swiftSettings: v5),
        /// Churn metrics (ROC/PR AUC, calibration, lift), regression errors, backtests.
        .target(name: "Evaluation", dependencies: ["Support"], swiftSettings: v5),
        /// Next-quarter NPS forecast with intervals, overall and per segment.
        .target(name: "Forecast", dependencies: ["Support", "Ingest", "Distributions"], swiftSettings: v5),
        /// The HTML report with inline SVG charts, and the Jupyter notebook.
        .target(name: "Report", dependencies: ["Support"], swiftSettings: v5),
        /// Language, sentiment and themes of a comment's text (English and German), and the comments table.
        .target(name: "Comments", dependencies: ["Support"], exclude: ["ACCURACY.md"], swiftSettings: v5),
        /// `churncast fit`: regressions on any CSV table (design matrix, linear and logistic fits, cross-validation).
        .target(name: "TableFit", dependencies: ["Support", "Ingest", "LinearAlgebra", "Models", "Evaluation"],
                swiftSettings: v5),
        /// `churncast sql`: the feature table and the scores compiled to one SELECT for PostgreSQL, DuckDB and Spark.
        .target(name: "SQLCompile", dependencies: ["Support", "Ingest", "Features"], swiftSettings: v5),
        /// C declarations of libpq, PostgreSQL's client library (Debian's libpq-dev). Only `PostgresSource` imports it.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),
        /// `--source postgresql://…` and `score --to-table`: the exports read from PostgreSQL by COPY, scores written
        /// back in one transaction, and the aggregate queries of `train --engine postgres`; the only Swift code that calls libpq.
        .target(name: "PostgresSource", dependencies: ["CLibPQ", "Support", "Ingest"], swiftSettings: v5),
        /// `churncast generate`: a synthetic customer base with a planted ground truth.
        .target(name: "Synthetic", dependencies: ["Support", "Ingest"], swiftSettings: v5),

        // MARK: - Tests

        /// A helper the atomic-write kill test runs and kills: writes self-checking files through `AtomicFile`.
        .executableTarget(name: "cc-write-probe", dependencies: ["Support"], path: "Sources/WriteProbe",
                          swiftSettings: v5),
        /// Writes the second world to a folder (for scripts/worlds.sh): `cc-world2 --customers N --seed S --out DIR`.
        .executableTarget(name: "cc-world2", dependencies: ["TestSupport"], path: "Sources/World2",
                          swiftSettings: v5),

        /// Shared test helpers: dates, the seeded generator, temporary folders, generated bases, and `SecondWorld/`,
        /// a second synthetic world written from other mechanisms than `churncast generate`.
        .target(name: "TestSupport", dependencies: ["Support", "Ingest", "Synthetic"], path: "Tests/TestSupport",
                swiftSettings: v5),

        .testTarget(name: "SupportTests", dependencies: ["Support", "TestSupport"], swiftSettings: v5),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Support", "Synthetic", "TestSupport"], resources: [.copy("Fixtures")], swiftSettings: v5),
        .testTarget(name: "FeaturesTests", dependencies: ["Features", "Ingest", "Support", "TestSupport"], swiftSettings: v5),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"], swiftSettings: v5),
        .testTarget(name: "DistributionsTests", dependencies: ["Distributions"], swiftSettings: v5),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "LinearAlgebra", "Support"], resources: [.copy("Fixtures")],
                    swiftSettings: v5),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Support", "TestSupport"], exclude: ["Fixtures"], swiftSettings: v5),
        .testTarget(name: "ForecastTests", dependencies: ["Forecast", "Ingest", "Support", "TestSupport"], exclude: ["Fixtures"], swiftSettings: v5),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Support", "TestSupport"], resources: [.copy("Fixtures")],
                    swiftSettings: v5),
        .testTarget(name: "SyntheticTests", dependencies: ["Synthetic", "Ingest", "Support", "TestSupport", "Comments"], swiftSettings: v5),
        .testTarget(name: "CommentsTests", dependencies: ["Comments", "Support", "TestSupport"], exclude: ["Benchmark"],
                    resources: [.copy("Fixtures")],
                    swiftSettings: v5),
        .testTarget(name: "ChurnCastTests", dependencies: ["ChurnCast", "Support", "Ingest", "Features", "LinearAlgebra",
                                                           "Models", "Evaluation", "Forecast", "Synthetic", "ChurnCastSynthetic",
                                                           "TestSupport"],
                    swiftSettings: v5),
        .testTarget(name: "TableFitTests", dependencies: ["TableFit", "Ingest", "Models", "Support", "TestSupport"], swiftSettings: v5),
        .testTarget(name: "CLITests", dependencies: ["ChurnCast", "Support", "Ingest", "Synthetic", "TestSupport"], resources: [.copy("BadInput")], swiftSettings: v5),
        .testTarget(name: "SQLTests", dependencies: ["SQLCompile", "ChurnCast", "Features", "Ingest", "Synthetic", "TestSupport",
                                                     "PostgresSource", "Models", "LinearAlgebra"],
                    swiftSettings: v5),
    ]
)
