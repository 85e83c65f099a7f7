@testable import RetroGait
import Testing

/// ``StillStance``: a still foot's stance centre turns slower than 100 deg/s (root mean square).
@Suite("Still stance: a foot's stance centre has stopped turning")
struct StillStanceTests {
    /// The root mean square over the window decides: 0 and 140 deg/s alternating (4 of 9 samples at 140) turn
    /// at 93 deg/s root mean square; 0 and 160 deg/s at 107 deg/s, though their mean is only 71 deg/s.
    @Test func rootMeanSquareDecides() {
        let slow = (0..<9).map { Float($0 % 2 == 0 ? 0 : 140) }
        let fast = (0..<9).map { Float($0 % 2 == 0 ? 0 : 160) }
        #expect(StillStance.isTurningSlowly(slow, around: 4, half: 4) == true)
        #expect(StillStance.isTurningSlowly(fast, around: 4, half: 4) == false)
    }

    /// The window is cut at the signal's ends, not padded with rest.
    @Test func windowCutAtTheEnds() {
        let signal = [Float](repeating: 120, count: 5) + [Float](repeating: 0, count: 20)
        #expect(StillStance.isTurningSlowly(signal, around: 0, half: 4) == false)
        #expect(StillStance.isTurningSlowly(signal, around: 20, half: 4) == true)
    }

    /// The rest starts where the root mean square falls below 30 deg/s for good before the end, and is not
    /// sought before the given start.
    @Test func restStartsWhereTheTurningEnds() {
        let signal = [Float](repeating: 200, count: 10) + [Float](repeating: 2, count: 20)
        #expect(StillStance.restStart(signal, before: 29, notBefore: 0, half: 2) == 12)
        #expect(StillStance.restStart(signal, before: 29, notBefore: 20, half: 2) == 20)
    }
}
