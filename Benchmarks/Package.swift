// swift-tools-version: 6.1
// RetroGait benchmark suite (ordo-one/benchmark). A separate package so that building the library
// never builds the harness. Run from this directory:
//   swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
    name: "RetroGaitBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "RetroGait", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DSPBenchmarks",
            dependencies: [
                .product(name: "GaitDSP", package: "RetroGait"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DSPBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        .executableTarget(
            name: "ReaderBenchmarks",
            dependencies: [
                .product(name: "RetroGait", package: "RetroGait"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ReaderBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        .executableTarget(
            name: "AnalyzerBenchmarks",
            dependencies: [
                "BenchmarkRecordings",
                .product(name: "RetroGait", package: "RetroGait"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/AnalyzerBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        .executableTarget(
            name: "StageBenchmarks",
            dependencies: [
                "BenchmarkRecordings",
                .product(name: "RetroGait", package: "RetroGait"),
                .product(name: "GaitDSP", package: "RetroGait"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/StageBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        // Simulated recordings for the benchmarks, synthesised once and cached on disk.
        .target(
            name: "BenchmarkRecordings",
            dependencies: [
                .product(name: "RetroGait", package: "RetroGait"),
                .product(name: "GaitSimulator", package: "RetroGait"),
            ],
            path: "Benchmarks/BenchmarkRecordings"
        ),
        // A plain driver for profilers and before/after comparisons (not a benchmark).
        .executableTarget(
            name: "AnalyzerProfile",
            dependencies: [
                "BenchmarkRecordings",
                .product(name: "RetroGait", package: "RetroGait"),
            ],
            path: "Benchmarks/AnalyzerProfile"
        ),
        .executableTarget(
            name: "StudyBenchmarks",
            dependencies: [
                .product(name: "RetroGait", package: "RetroGait"),
                .product(name: "GaitSimulator", package: "RetroGait"),
                .product(name: "GaitStudy", package: "RetroGait"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/StudyBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
