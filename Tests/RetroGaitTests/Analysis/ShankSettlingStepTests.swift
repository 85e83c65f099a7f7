import GaitSimulator
import Testing
@testable import RetroGait

/// A backward walker's shank before the settling step: the leg unloads (its magnitude dips well below 1 g) and
/// sets the foot down beside the other without rising above 1 g once the impacts are opened away. Without the
/// dip (``SwingBoundaryDetector/separatedBySwings(_:energy:swing:minimumHump:unloadingDips:)``) the bout's last
/// stance merged with the standing after it, and its landing was lost.
@Suite("Shank: the last landing before a backward walk's settling step")
struct ShankSettlingStepTests {
    // Seeds 7000–7002 × heel / mid / toe, 100 Hz, low noise: last landings found within ±40 ms 3 → 9 of 9 (the
    // others 0.97–1.01 s off: the landing a stride before or the settling touchdown).
    @Test(arguments: [FootStrike.heel, .mid, .toe])
    func lastLandingOfABackwardWalk(strike: FootStrike) throws {
        for seed: UInt64 in [7000, 7001, 7002] {
            let walk = try BackwardWalkBetweenStanding(placement: .shank, strike: strike, seed: seed)
            let (simulated, analysis) = (walk.simulated, walk.analysis)
            // The truth's last two landings of the foot: its last contact, then the settling touchdown.
            let landings = simulated.events.filter { $0.side == .left && $0.kind == .initialContact }
            let last = try #require(landings.dropLast().last)
            let nearest = analysis.events.filter { $0.kind == .initialContact }.map { $0.time - last.time }
                .min { abs($0) < abs($1) }
            let error = try #require(nearest, "seed \(seed): no landing detected")
            #expect(abs(error) <= 0.04, "seed \(seed): last landing at \(last.time) s found \(error * 1000) ms off")
        }
    }
}
