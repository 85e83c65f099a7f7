import GaitDatasets
@testable import RetroGait
import Testing

/// Real overground walking (Voisard et al. 2023), lower back, no mounting declared: every walker walks
/// forward, and a trial has no backward part to contrast with, so its direction rests on the trunk's
/// lean from standing and its sway phase. A lean of 3° or more decides alone (5 of 12 trials); a smaller
/// one where the trunk's sway phase agrees (``FrontEstimator/minimumConfirmedLeanDegrees``: 41.3 % of the
/// contacts were called forward before, 74.5 % with it, 9 of 12 trials); a sway phase 12° or more beyond
/// the quadrature alone where the lean is too small or points back (``FrontEstimator/decisivePhaseMarginDegrees``:
/// trials 8-4, no lean, and 3-1, whose sacrum tilts 2.6° back; 92.6 %, 11 of 12). The cues fail on
/// different walkers (trial 14-1's phase reads 82–87°, on the backward side, and stays unknown), so none
/// is called backward. Skipped when the shared data folder is absent.
@Suite("Real data: Voisard lower back, direction without a mounting")
struct VoisardLowerBackDirectionTests {
    static let folder = DatasetLocation.folder(Voisard2023.folderName)

    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func forwardWalkersAreNeverCalledBackward() throws {
        var directions: [Direction: Int] = [:]
        for trial in try Voisard2023.load(from: #require(Self.folder)) {
            let recording = try #require(trial.recordings[.lowerBack])
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
            ForwardWalkerExpectations.tally(analysis, into: &directions)
        }
        ForwardWalkerExpectations.check(directions, forwardFloor: 0.9)
    }
}
