@testable import RetroGait
import Testing

/// Sides of trunk steps from the alternating sideways sway (`TrunkSides`).
@Suite("Trunk sides: the sway alternates from step to step")
struct TrunkSidesTests {
    /// Ten contacts 50 samples apart; the trunk's mean sideways acceleration over each step alternates
    /// (±0.05 g on the sensor's y axis, the wearer's left), except over the step into the last contact,
    /// where a stopping walker brakes and the sway repeats its previous sign. Before the last step was
    /// left out of the alternation count, 7 of 8 neighbouring pairs alternating (< 0.9) cost the whole
    /// run its sides (voisard2023 trial 10-1 lost them on 15 steps once its closing step was found).
    @Test func aRunKeepsItsSidesWhenTheStepIntoItsLastContactDoesNotSway() throws {
        let period = 50
        let positions = (1...10).map { $0 * period }
        var y = [Float](repeating: 0, count: 12 * period)
        for step in 0..<(positions.count - 1) {
            let sway: Float = step == positions.count - 2 ? -0.05 : (step % 2 == 0 ? 0.05 : -0.05)
            for sample in positions[step]..<positions[step + 1] { y[sample] = sway }
        }
        let z = y.indices.map { Float($0 % 7) * 0.001 }
        let recording = try Recording(
            sampleRate: 100,
            acceleration: TriaxialSignal(x: [Float](repeating: 1, count: y.count), y: y, z: z),
            placement: .lowerBack)
        let contacts = positions.map { DetectedContact(position: Double($0), confidence: 1) }
        let segment = GaitSegment(range: 0..<y.count, eventPeriod: Double(period), regularity: 1)

        let sides = TrunkSides.sides(of: contacts, recording: recording, segments: [segment])

        #expect(!sides.contains(.unknown), "\(sides)")
        // Pushed to the left (positive y) over the first step: the first step is on the right foot.
        #expect(sides.first == .right)
        for index in sides.indices.dropFirst() { #expect(sides[index] != sides[index - 1], "\(sides)") }
    }
}
