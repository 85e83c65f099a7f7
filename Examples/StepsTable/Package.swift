// swift-tools-version: 6.1
// A consumer of RetroGait, built and run by `make test` so that a change to the public API that breaks
// its users breaks the build. It depends on the library exactly as another package would, by path.
import PackageDescription

let package = Package(
    name: "StepsTable",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "RetroGait", path: "../.."),
    ],
    targets: [
        // The Getting Started code of the README and the DocC article, verbatim (scripts/check-snippets.sh).
        .executableTarget(
            name: "GettingStarted",
            dependencies: [.product(name: "RetroGait", package: "RetroGait")]
        ),
        // Prints the steps and bouts of a recording as tables, and scores them against ground truth when given.
        .executableTarget(
            name: "StepsTable",
            dependencies: [.product(name: "RetroGait", package: "RetroGait")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
