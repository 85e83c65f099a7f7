import Foundation
import GaitDatasets
import Testing
@testable import RetroGait

/// The committed wrist strike model against StrikeWatch (persons 1–6). Skipped only when the shared
/// data folder is absent.
@Suite("Wrist strike: StrikeWatch (real data)")
struct StrikeWatchWristStrikeTests {
    static let folder = DatasetLocation.folder(StrikeWatch2025.folderName)

    static func steps() throws -> [StrikeWatchCrossValidation.FileSteps] {
        let files = try StrikeWatch2025.load(from: try #require(folder), assumedSampleRate: 100)
        return try StrikeWatchCrossValidation.steps(of: files)
    }

    /// The committed coefficients are what `WristStrikeFit` produces from the current features: a
    /// change of the features or the detector without a refit fails here.
    @Test(.enabled(if: folder != nil, "shared data folder strikewatch2025 not found"))
    func committedModelIsTheFitOfTheCurrentFeatures() throws {
        let refit = try WristStrikeModel.fit(StrikeWatchCrossValidation.examples(try Self.steps()), ridge: 1)
        let committed = WristStrikeModel.strikeWatch2025
        for (a, b) in zip(refit.featureMeans + refit.featureScales + [refit.intercept] + refit.coefficients,
                          committed.featureMeans + committed.featureScales + [committed.intercept] + committed.coefficients) {
            #expect(abs(a - b) <= 1e-6 * max(1, abs(b)), "refit \(a) vs committed \(b): run WristStrikeFit")
        }
    }

    /// Subject-wise: no person is in its own model. 8 of 12 files right when written (the issue's
    /// target is ≥ 85 %, not met: between-person differences dominate); the floor guards against
    /// regression, it is not the target.
    @Test(.enabled(if: folder != nil, "shared data folder strikewatch2025 not found"))
    func leaveOnePersonOut() throws {
        let results = try StrikeWatchCrossValidation.leaveOnePersonOut(try Self.steps())
        #expect(results.count == 12)
        #expect(Set(results.map(\.person)) == Set(1...6))
        #expect(results.count(where: \.fileCorrect) >= 8)
    }

    /// Wiring, not accuracy: the analyzer labels wrist steps with the committed model (which saw
    /// this file in training), heel or toe, never mid.
    @Test(.enabled(if: folder != nil, "shared data folder strikewatch2025 not found"))
    func analyzerLabelsWristStepsHeelOrToe() throws {
        let files = try StrikeWatch2025.load(from: try #require(Self.folder), assumedSampleRate: 100)
        let file = try #require(files.first { $0.name == "person4_forefootstrike" })
        let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(file.recording)
        let strikes = analysis.steps.map(\.strike)
        #expect(!strikes.contains(.mid))
        #expect(strikes.count { $0 == .toe } > strikes.count / 2)
    }
}
