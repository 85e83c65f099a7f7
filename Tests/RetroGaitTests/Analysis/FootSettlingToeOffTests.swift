import GaitSimulator
import Testing
@testable import RetroGait

/// A foot's last toe-off of a backward walk, before the small settling step beside the other foot:
/// the foot rolls off (a ~1.5 g hump while it is still on the ground), unloads (the magnitude dips
/// below its stance level) and only then swings. The settling swing is no larger than the roll-off, so
/// the rise through ``SwingBoundaryDetector/riseLevel`` was the roll-off's, and the toe-off was placed
/// 160–180 ms early in every recording (simulated matrix: 20 of 20 foot toe-offs missed in backward
/// walking were these). Before a weak swing the toe-off is the rise out of the unloading dip.
@Suite("Foot: the toe-off before a backward walk's settling step")
struct FootSettlingToeOffTests {
    // Seeds 7000–7002 × heel / mid / toe, 100 Hz, low noise: last toe-offs found within ±40 ms 0 of 9 →
    // 9 of 9; all toe-offs pooled, TC F1 (seeds 7000–7003 at 50 / 100 / 500 Hz) 0.920 / 0.922 / 0.935 →
    // 0.970 / 0.972 / 0.991. Forward walking and running both ways unchanged.
    @Test(arguments: [FootStrike.heel, .mid, .toe])
    func lastToeOffOfABackwardWalk(strike: FootStrike) throws {
        for seed: UInt64 in [7000, 7001, 7002] {
            let walk = try BackwardWalkBetweenStanding(placement: .foot, strike: strike, seed: seed)
            let (simulated, analysis) = (walk.simulated, walk.analysis)
            let last = try #require(simulated.events.last { $0.side == .left && $0.kind == .toeOff })
            let nearest = analysis.events.filter { $0.kind == .toeOff }.map { $0.time - last.time }
                .min { abs($0) < abs($1) }
            let error = try #require(nearest, "seed \(seed): no toe-off detected")
            #expect(abs(error) <= 0.04, "seed \(seed): last toe-off at \(last.time) s found \(error * 1000) ms off")
        }
    }
}
