import GaitSimulator
import Testing
@testable import RetroGait

/// A wrist in forward walking: each step loads in two humps, and the arm's swing changes which of them is
/// higher from step to step, so the step wave's peak jumps between the humps while the loading's start
/// stays put. Measured from the peak, the consensus expected single steps' rises a hump late and took the
/// rise into the second hump (140–165 ms late); a step's rise is now expected relative to the point
/// 0.8 of the way up the step wave's rising flank.
@Suite("Wrist walking: a step's rise is expected from high up the step wave's flank, not its peak")
struct WristWalkingFlankReferenceTests {
    // Measured IC F1 (±40 ms) from the peak → from the flank: 0.904 → 0.959, 0.904 → 0.959, 0.877 → 0.932.
    static let cases = [
        SimulatedWristWalk(seed: 1256, strike: .toe, rate: 500),
        SimulatedWristWalk(seed: 1251, strike: .mid, rate: 500, noise: 0.05),
        SimulatedWristWalk(seed: 5017, strike: .toe, rate: 500),
    ]

    @Test(arguments: cases)
    func stepsTakeTheRiseOfTheirLoadingsStart(_ walk: SimulatedWristWalk) throws {
        let f1 = try #require(try walk.evaluation().initialContacts.detection.f1)
        #expect(f1 >= 0.92, "IC F1 \(f1)")
    }
}
