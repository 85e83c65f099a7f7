import Foundation
import Testing
@testable import RetroGait

/// Known answers of the trunk's sway phase: the phase of the horizontal specific force along the travel
/// against the vertical at the step frequency, whatever the sensor's mounting, offsets and bout length.
@Suite("Trunk sway phase at the step frequency")
struct TrunkSwayPhaseTests {
    /// A bout whose horizontal part along `travel` is cos(ωt + lead) and whose vertical part is cos(ωt),
    /// both with an offset, plus a harmonic and a sideways sway that must not matter, in a frame whose
    /// axes are mixed by a fixed rotation.
    static func signal(lead: Double, stepPeriod: Double, samples: Int) -> (VectorSignal, travel: SIMD3<Float>, up: SIMD3<Float>) {
        let up = SIMD3<Float>(0.2, -0.3, 0.93), travel0 = SIMD3<Float>(0.9, 0.5, 0)
        let travel = Vector3.unit(Vector3.horizontal(travel0, up: Vector3.unit(up)!))!
        let unitUp = Vector3.unit(up)!
        let side = Vector3.cross(unitUp, travel)
        var (x, y, z) = ([Float](), [Float](), [Float]())
        for index in 0..<samples {
            let angle = 2 * Double.pi * Double(index) / stepPeriod
            let horizontal = Float(0.05 + 0.2 * cos(angle + lead * .pi / 180) + 0.07 * cos(2 * angle + 1))
            let vertical = Float(1 + 0.3 * cos(angle) + 0.1 * sin(2 * angle))
            let sideways = Float(0.1 * sin(angle / 2))
            let vector = horizontal * travel + vertical * unitUp + sideways * side
            x.append(vector.x)
            y.append(vector.y)
            z.append(vector.z)
        }
        return (VectorSignal(TriaxialSignal(x: x, y: y, z: z)), travel, unitUp)
    }

    @Test(arguments: [-150.0, -90, 0, 76, 90, 108, 170])
    func readsTheLeadOfTheSwayOverTheBounce(lead: Double) throws {
        // 54.3 samples per step (a non-integer period) over 1 000 samples: not a whole number of steps.
        let (signal, travel, up) = Self.signal(lead: lead, stepPeriod: 54.3, samples: 1000)
        let phase = try #require(TrunkSwayPhase.degrees(signal, range: 0..<1000, travel: travel, up: up, stepPeriod: 54.3))
        let error = remainder(Double(phase) - lead, 360)
        #expect(abs(error) < 1, "\(phase)° for a lead of \(lead)°")
    }

    @Test func turningTheTravelRoundMovesThePhaseByHalfACycle() throws {
        let (signal, travel, up) = Self.signal(lead: 108, stepPeriod: 50, samples: 1200)
        let forward = try #require(TrunkSwayPhase.degrees(signal, range: 0..<1200, travel: travel, up: up, stepPeriod: 50))
        let reversed = try #require(TrunkSwayPhase.degrees(signal, range: 0..<1200, travel: -travel, up: up, stepPeriod: 50))
        #expect(abs(remainder(Double(forward - reversed), 360)) > 179)
    }

    @Test func boutsShorterThanFourStepsOrOutsideTheSignalGiveNothing() {
        let (signal, travel, up) = Self.signal(lead: 100, stepPeriod: 50, samples: 600)
        #expect(TrunkSwayPhase.degrees(signal, range: 0..<150, travel: travel, up: up, stepPeriod: 50) == nil)
        #expect(TrunkSwayPhase.degrees(signal, range: 100..<700, travel: travel, up: up, stepPeriod: 50) == nil)
        #expect(TrunkSwayPhase.degrees(signal, range: 0..<600, travel: travel, up: up, stepPeriod: 1) == nil)
    }
}
