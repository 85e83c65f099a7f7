import Foundation
import Testing
@testable import RetroGait

/// The early swing's tilt along the travel (``EarlySwingTilt``) on strides built by hand: the foot-flat
/// up along z, the first half of each swing's specific force tilted by a known angle toward x.
@Suite("Classification: early swing tilt")
struct EarlySwingTiltTests {
    /// Strides of 100 samples: contact at 0, foot-flat at 30, toe-off at 60, the next contact at 100;
    /// the first half of the swing (samples 60–79) tilted `degrees` toward +x, the rest at 1 g up.
    static func strides(tilts: [Float]) -> (contacts: [DetectedContact], flats: [Int?], acceleration: VectorSignal) {
        var x: [Float] = [], y: [Float] = [], z: [Float] = []
        var contacts: [DetectedContact] = []
        var flats: [Int?] = []
        for (stride, degrees) in (tilts + [0]).enumerated() {
            contacts.append(DetectedContact(position: Double(100 * stride), confidence: 1, toeOffPosition: Double(100 * stride + 60)))
            flats.append(100 * stride + 30)
            for sample in 0..<100 {
                let tilted = (60..<80).contains(sample)
                let angle = tilted ? degrees * .pi / 180 : 0
                x.append(sin(angle))
                y.append(0)
                z.append(cos(angle))
            }
        }
        return (contacts, flats, VectorSignal(TriaxialSignal(x: x, y: y, z: z)))
    }

    static func direction(tilts: [Float], travel: SIMD3<Float> = [1, 0, 0], oriented: Bool = true) -> (forward: Bool, strength: Float)? {
        let built = strides(tilts: tilts)
        let run = ContactRun(contacts: 0..<built.contacts.count, eventPeriod: 100)
        let estimate = TravelEstimate(direction: travel, consistency: 1, votes: tilts.count, up: [0, 0, 1], oriented: oriented)
        return EarlySwingTilt().direction(
            run: run, contacts: built.contacts, flatPoints: built.flats, travel: estimate, acceleration: built.acceleration)
    }

    @Test func aStridesAngleIsTheEarlySwingsTiltAlongTheTravel() throws {
        let built = Self.strides(tilts: [37])
        let along = try #require(EarlySwingTilt.degrees(
            contact: built.contacts[0], next: built.contacts[1], flat: built.flats[0], travel: [1, 0, 0],
            acceleration: built.acceleration))
        #expect(abs(along - 37) < 0.01)
        let against = try #require(EarlySwingTilt.degrees(
            contact: built.contacts[0], next: built.contacts[1], flat: built.flats[0], travel: [-1, 0, 0],
            acceleration: built.acceleration))
        #expect(abs(against + 37) < 0.01)
    }

    /// Near the foot-flat up: forward; far along the travel: backward; the strength is the strides'
    /// vote balance about the limits' midpoint (26°).
    @Test func theMedianDecidesAndTheVotesWeigh() throws {
        let forward = try #require(Self.direction(tilts: [5, -8, 12, 40, 3]))
        #expect(forward.forward)
        #expect(abs(forward.strength - 0.6) < 1e-6)
        let backward = try #require(Self.direction(tilts: [55, 60, 48, 10, 52]))
        #expect(!backward.forward)
        #expect(abs(backward.strength - 0.6) < 1e-6)
    }

    /// Between the limits (20° and 32°), or with a travel whose sense is not known, nothing is said.
    @Test func betweenTheLimitsOrWithoutATravelSenseNothingIsSaid() {
        #expect(Self.direction(tilts: [24, 27, 30, 22, 26]) == nil)
        #expect(Self.direction(tilts: [55, 60, 48, 52, 50], oriented: false) == nil)
        #expect(Self.direction(tilts: []) == nil)
    }
}
