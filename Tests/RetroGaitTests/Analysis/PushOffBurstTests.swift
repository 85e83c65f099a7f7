@testable import RetroGait
import Testing

/// ``PushOffBurst``: a walking foot's toe-off, without a gyroscope, is the top of the burst that rises from the
/// loaded stance, unless the foot unloaded before the rise or the rise does not fall back by mid-swing.
@Suite("Push-off burst: a loaded foot's toe-off is the top of its push-off")
struct PushOffBurstTests {
    /// A stance at 1 g, a heel-off plateau, then a burst to 3 g at sample 14 that falls back to 1.1 g.
    static let loaded: [Float] = [
        1.0, 1.0, 1.0, 1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.6, 2.1, 2.6, 2.9, 3.0, 2.8, 2.3, 1.7, 1.2, 1.1, 1.1, 1.2,
    ]

    @Test func theTopOfALoadedFootsBurstIsTheToeOff() throws {
        let toeOff = try #require(PushOffBurst.toeOff(
            Self.loaded, stance: 2, foot: 9.5, midSwing: 21, stanceLevel: 1, unloading: 0.2))
        #expect(abs(toeOff - 14) < 0.5)
    }

    /// The same rise after the foot sank to 0.6 g (unloaded: the rise is the swing's own, its onset stands).
    @Test func aFootThatUnloadedBeforeTheRiseKeepsItsOnset() {
        var unloaded = Self.loaded
        unloaded[7] = 0.6
        unloaded[8] = 0.7
        #expect(PushOffBurst.toeOff(unloaded, stance: 2, foot: 9.5, midSwing: 21, stanceLevel: 1, unloading: 0.2) == nil)
    }

    /// A rise that has not fallen back below half its height by mid-swing is the swing's hump, not a push-off.
    @Test func aRiseThatDoesNotFallBackByMidSwingIsNoPushOff() {
        #expect(PushOffBurst.toeOff(Self.loaded, stance: 2, foot: 9.5, midSwing: 16, stanceLevel: 1, unloading: 0.2) == nil)
        var plateau = Self.loaded
        for i in 15..<plateau.count { plateau[i] = 2.9 }
        #expect(PushOffBurst.toeOff(plateau, stance: 2, foot: 9.5, midSwing: 21, stanceLevel: 1, unloading: 0.2) == nil)
    }

    /// A bump smaller than `unloading` above the onset is no burst.
    @Test func aSmallBumpIsNoBurst() {
        let small: [Float] = [1.0, 1.0, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 1.0, 1.0, 1.0]
        #expect(PushOffBurst.toeOff(small, stance: 1, foot: 3, midSwing: 10, stanceLevel: 1, unloading: 0.2) == nil)
    }
}
