import GaitSimulator
@testable import RetroGait
import Testing

/// The wrist's running toe-offs carry no alternation from one foot's steps to the other's
/// (``CentroidToeOff/sideBalanced(_:onsets:period:)``): the arm's swing, once per stride, shifts one
/// foot's landing onsets one way and the other's the other way, and a toe-off placed as far after the
/// contact's centroid as its onset lies before it took that over, mirrored.
@Suite("Wrist running toe-offs: no side alternation")
struct WristRunningToeOffSideTests {
    /// Simulated wrist, 30 s of running between standing, 100 Hz, seeds 1001–1006: the median toe-off
    /// error of the left foot's contacts and of the right foot's differ by at most 8 ms. Measured 2.4 ms
    /// forward, 5.7 ms backward (medians +21.5 / +19.1 and +17.6 / +23.3 ms); 19.1 and 12.2 ms before
    /// (+10.9 / +30.0 and +26.5 / +14.3 ms), when each toe-off lay as far after its own contact's centroid
    /// as the onset lay before it.
    @Test(arguments: [Direction.forward, .backward])
    func leftAndRightToeOffsAgree(direction: Direction) throws {
        var errors: [Side: [Double]] = [:]
        for seed: UInt64 in 1001...1006 {
            let script = SessionScript([
                BoutScript(.standing, duration: 3), BoutScript(.running, direction: direction, duration: 30),
                BoutScript(.standing, duration: 3),
            ])
            let simulated = GaitSimulator.simulate(script, options: SimulationOptions(placement: .wrist, sampleRate: 100, seed: seed))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(simulated.recording)
            let found = analysis.events.filter { $0.kind == .toeOff }.map(\.time)
            for truth in simulated.events where truth.kind == .toeOff {
                guard let nearest = found.min(by: { abs($0 - truth.time) < abs($1 - truth.time) }),
                      abs(nearest - truth.time) < 0.1 else { continue }
                errors[truth.side, default: []].append(nearest - truth.time)
            }
        }
        let left = try #require(errors[.left]).sorted(), right = try #require(errors[.right]).sorted()
        #expect(left.count > 200 && right.count > 200)
        let difference = abs(left[left.count / 2] - right[right.count / 2])
        #expect(difference <= 0.008, "median toe-off error left \(left[left.count / 2]) s, right \(right[right.count / 2]) s")
    }
}
