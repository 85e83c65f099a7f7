import GaitSimulator
import Testing
@testable import RetroGait

/// A wrist in forward walking: before one side's landings the arm swing lifts the wrist's vertical
/// slowly, and the tangent of that rise reaches back before the landing, so that side's steps come out
/// 40–50 ms early — just outside a ±40 ms match — while the other side's are on time. A step earlier
/// than halfway between its neighbours by more than 0.05 step periods (both neighbours late) takes its
/// later rise nearest the midpoint; with the former 0.1 periods those steps stayed early.
@Suite("Wrist walking: one side's early steps move to the rise nearest the midpoint")
struct WristWalkingEarlyStepTests {
    // Measured IC F1 (±40 ms, 100 Hz) with a tolerance of 0.1 → 0.05 periods: 0.873 → 0.930,
    // 0.873 → 0.958, 0.901 → 0.958.
    static let cases = [
        SimulatedWristWalk(seed: 5005, strike: .toe),
        SimulatedWristWalk(seed: 7003, strike: .mid),
        SimulatedWristWalk(seed: 7006, strike: .toe, noise: 0.05),
    ]

    @Test(arguments: cases)
    func earlySideStepsAreMatched(_ walk: SimulatedWristWalk) throws {
        let f1 = try #require(try walk.evaluation().initialContacts.detection.f1)
        #expect(f1 >= 0.92, "IC F1 \(f1)")
    }
}
