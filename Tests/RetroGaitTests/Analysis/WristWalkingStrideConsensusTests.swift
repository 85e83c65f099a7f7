import GaitSimulator
import Testing
@testable import RetroGait

/// A wrist in forward walking: the forearm's swing tilts the wrist back at one foot's landings and
/// forward at the other's, so which hump of a step's loading is highest differs between the feet. Where
/// a step's rise is expected is therefore taken from the same foot's steps (every other step); with the
/// median over all neighbours, single steps took the rise into their second hump, a quarter step late
/// or early.
@Suite("Wrist walking: a step's rise is expected where the same foot's steps have theirs")
struct WristWalkingStrideConsensusTests {
    // Measured IC F1 (±40 ms, 500 Hz) with the median over all neighbours → over the same foot's steps:
    // 0.889 → 0.944, 0.817 → 0.930, 0.904 → 0.959.
    static let cases = [
        SimulatedWristWalk(seed: 5011, strike: .mid, rate: 500),
        SimulatedWristWalk(seed: 5012, strike: .mid, rate: 500, noise: 0.05),
        SimulatedWristWalk(seed: 7012, strike: .mid, rate: 500, noise: 0.05),
    ]

    @Test(arguments: cases)
    func stepsTakeTheirFootsRise(_ walk: SimulatedWristWalk) throws {
        let f1 = try #require(try walk.evaluation().initialContacts.detection.f1)
        #expect(f1 >= 0.92, "IC F1 \(f1)")
    }
}
