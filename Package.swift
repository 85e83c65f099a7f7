// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "RetroGait",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "RetroGait", targets: ["RetroGait"]),
        .library(name: "GaitDSP", targets: ["GaitDSP"]),
        .library(name: "GaitSimulator", targets: ["GaitSimulator"]),
        .library(name: "GaitStudy", targets: ["GaitStudy"]),
        .library(name: "GaitReport", targets: ["GaitReport"]),
        .executable(name: "retrogait", targets: ["retrogait"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CFFTW",
            providers: [.apt(["libfftw3-dev"])]
        ),
        .systemLibrary(
            name: "CLAPACKE",
            providers: [.apt(["liblapacke-dev", "libopenblas0-serial"])]
        ),
        // Header-only C: recursions and loops in AVX registers, chosen at run time (GaitDSP's LaneKernels).
        .systemLibrary(
            name: "CLaneKernels"
        ),
        .target(
            name: "GaitDSP",
            dependencies: ["CFFTW", "CLAPACKE", "CLaneKernels"]
        ),
        .target(
            name: "RetroGait",
            dependencies: ["GaitDSP"]
        ),
        .target(
            name: "GaitSimulator",
            dependencies: ["RetroGait"]
        ),
        .target(
            name: "GaitStudy",
            dependencies: ["RetroGait"]
        ),
        .target(
            name: "GaitReport",
            dependencies: ["RetroGait"]
        ),
        .target(
            name: "GaitDatasets",
            dependencies: ["RetroGait"]
        ),
        .executableTarget(
            name: "AccuracyReport",
            dependencies: ["RetroGait", "GaitSimulator", "GaitDSP", "GaitDatasets"]
        ),
        .executableTarget(
            name: "ContactStrikeFit",
            dependencies: ["RetroGait", "GaitSimulator"]
        ),
        .executableTarget(
            name: "WristStrikeFit",
            dependencies: ["RetroGait", "GaitDatasets"]
        ),
        .executableTarget(
            name: "retrogait",
            dependencies: [
                "RetroGait",
                "GaitSimulator",
                "GaitStudy",
                "GaitReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GaitDSPTests",
            dependencies: [
                "GaitDSP",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RetroGaitTests",
            dependencies: [
                "RetroGait",
                "GaitSimulator",
                "GaitDatasets",
                "GaitStudy",
                "GaitReport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "RetroGaitAPITests",
            dependencies: ["RetroGait"]
        ),
        .testTarget(
            name: "GaitSimulatorTests",
            dependencies: ["GaitSimulator", "RetroGait"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-docc-plugin (`swift package generate-documentation`) only when documentation is being built:
// `make docs`, or `RETROGAIT_DOCS=1 swift package generate-documentation --target RetroGait`. Always in
// the graph, it makes every clean build, and every package depending on this one, compile its two
// plugins first (measured: 16-19 s of wall time on this shared 2-core machine).
if Context.environment["RETROGAIT_DOCS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
