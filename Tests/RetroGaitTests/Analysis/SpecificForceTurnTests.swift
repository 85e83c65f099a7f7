import Foundation
@testable import RetroGait
import Testing

/// ``SpecificForceTurn``: gravity seen by a sensor that turns at ω turns at ω in the sensor's frame, and does not
/// turn while the sensor rests, whatever its size.
@Suite("Specific force turn: a foot's turn told by its accelerometer")
struct SpecificForceTurnTests {
    /// 1 g turning about the sensor's y axis at `degreesPerSecond` (a foot pitching), `seconds` long.
    static func pitching(at degreesPerSecond: Double, rate: Double, seconds: Double = 1) -> TriaxialSignal {
        let count = Int(seconds * rate)
        let angles = (0..<count).map { Double($0) / rate * degreesPerSecond * .pi / 180 }
        return TriaxialSignal(
            x: angles.map { Float(sin($0)) }, y: [Float](repeating: 0, count: count), z: angles.map { Float(cos($0)) })
    }

    @Test(arguments: [50.0, 100, 500])
    func gravityTurningAtAKnownRateTurnsAtThatRate(rate: Double) throws {
        for degreesPerSecond in [40.0, 150, 300] {
            let signal = Self.pitching(at: degreesPerSecond, rate: rate)
            let middle = signal.x.count / 2
            let turns = SpecificForceTurn.rates(signal, range: (middle - 5)..<(middle + 5), sampleRate: rate)
            // The chord of the angle turned over the 0.12 s baseline, 2 sin(θ / 2), per second: 1.6 % short of the
            // angle at 300 deg/s (36°), 0.1 % at 40 deg/s.
            let turned = degreesPerSecond * SpecificForceTurn.baselineSeconds * .pi / 180
            let expected = 2 * sin(turned / 2) / SpecificForceTurn.baselineSeconds * 180 / .pi
            #expect(expected < degreesPerSecond)
            for turn in turns {
                let measured = Double(turn) * 180 / .pi
                #expect(abs(measured - expected) <= 0.002 * expected, "\(measured) deg/s at \(rate) Hz, chord \(expected)")
            }
        }
    }

    /// A resting sensor: gravity 1 g in a fixed direction, its size changing (a magnitude alone would see motion).
    @Test func aChangingSizeInAFixedDirectionIsNoTurn() {
        let count = 200
        let size = (0..<count).map { 1 + 0.5 * Float(sin(Double($0) * 0.3)) }
        let signal = TriaxialSignal(x: size.map { 0.6 * $0 }, y: size.map { 0 * $0 }, z: size.map { 0.8 * $0 })
        let turns = SpecificForceTurn.rates(signal, range: 0..<count, sampleRate: 100)
        #expect(turns.count == count)
        #expect(turns.allSatisfy { $0 < 1e-4 })
    }

    @Test func anEmptyOrOutOfBoundsRangeGivesNoTurns() {
        let signal = Self.pitching(at: 100, rate: 100)
        #expect(SpecificForceTurn.rates(signal, range: 0..<0, sampleRate: 100).isEmpty)
        #expect(SpecificForceTurn.rates(signal, range: 90..<120, sampleRate: 100).isEmpty)
    }
}
