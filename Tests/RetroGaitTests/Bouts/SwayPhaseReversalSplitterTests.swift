import Foundation
import GaitSimulator
import Testing
@testable import RetroGait

/// Known answers of the wrist's walking reversal cut: steps whose horizontal sway leads the vertical
/// bounce by Δ and then lags it by Δ (the time's arrow turned, the travel reversed in the sensor frame)
/// are cut where it turns; a steady phase, a small drift of it, and a change that comes with the
/// detector finding every other step are not.
@Suite("Sway phase reversal splitter")
struct SwayPhaseReversalSplitterTests {
    /// 100 Hz, a step of `samples` each: vertical 1 g + 0.2 g at the step frequency, horizontal (along
    /// a sensor axis tilted from x toward y) 0.1 g leading it by each step's phase, plus a stride-frequency
    /// arm swing across; one contact per step.
    static func steps(_ steps: [(samples: Int, phaseDegrees: Double)]) -> (VectorSignal, [DetectedContact]) {
        var (x, y, z): ([Float], [Float], [Float]) = ([], [], [])
        var contacts: [DetectedContact] = []
        for (index, step) in steps.enumerated() {
            contacts.append(DetectedContact(position: Double(x.count), confidence: 1))
            for offset in 0..<step.samples {
                let cycle = 2 * Double.pi * Double(offset) / Double(step.samples)
                let horizontal = 0.1 * cos(cycle + step.phaseDegrees * .pi / 180)
                let swing = 0.05 * cos(cycle / 2 + (index.isMultiple(of: 2) ? 0 : .pi))
                x.append(Float(0.8 * horizontal - 0.6 * swing))
                y.append(Float(0.6 * horizontal + 0.8 * swing))
                z.append(Float(1 + 0.2 * cos(cycle)))
            }
        }
        contacts.append(DetectedContact(position: Double(x.count), confidence: 1))
        return (VectorSignal(TriaxialSignal(x: x, y: y, z: z)), contacts)
    }

    static func cuts(_ steps: [(samples: Int, phaseDegrees: Double)]) -> [Int] {
        let (acceleration, contacts) = Self.steps(steps)
        return SwayPhaseReversalSplitter().splitPoints(
            ContactRun(contacts: 0..<contacts.count, eventPeriod: 54), contacts: contacts, acceleration: acceleration)
    }

    @Test func cutsWhereTheSwayPhaseTurns() {
        // Forward 54-sample steps (111 steps/min), then backward ones 5 % shorter: the phase −Δ.
        let cuts = Self.cuts(Array(repeating: (54, 110), count: 20) + Array(repeating: (51, -110), count: 20))
        #expect(cuts.count == 1 && (19...22).contains(cuts[0]), "\(cuts)")
    }

    @Test func keepsASteadyPhase() {
        #expect(Self.cuts(Array(repeating: (54, 110), count: 40)).isEmpty)
    }

    @Test func keepsAPhaseThatDrifts() {
        // 125° → 85° over 40 steps (a walker slowing down): no two windows 60° apart.
        #expect(Self.cuts((0..<40).map { (54, 125 - 40 * Double($0) / 39) }).isEmpty)
    }

    @Test func keepsAChangeThatComesWithADoubledStep() {
        // The detector finding every other step: the "step" doubles and its phase moves with it.
        #expect(Self.cuts(Array(repeating: (54, 110), count: 20) + Array(repeating: (108, -110), count: 20)).isEmpty)
    }

    @Test func keepsARunTooShortForTwoWindows() {
        #expect(Self.cuts(Array(repeating: (54, 110), count: 8) + Array(repeating: (51, -110), count: 8)).isEmpty)
    }
}

/// A wrist walking forward that turns straight into a backward walk: two walking bouts, each with
/// its boundaries within 2 s (before, one bout: the walking cadence changes ≈ 5 %, too little for
/// the cadence cut). A steady walk stays one bout.
@Suite("Bouts: a wrist walk turning straight round")
struct WristWalkTurnSessionTests {
    @Test(arguments: [(UInt64(41), false), (42, false), (43, true)])
    func aWalkTurningRoundIsTwoBouts(seed: UInt64, tilted: Bool) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: "stand:5, fw-walk:30, bw-walk:30, stand:5"),
            options: SimulationOptions(placement: .wrist, seed: seed, mounting: tilted ? .randomTilt(maxDegrees: 25) : .identity))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(simulated.recording)
        let gait = analysis.bouts.map(\.bout).filter { $0.activity != .standing }
        #expect(gait.count == 2, "\(gait)")
        try GaitChangeSessionTests.expectEachGaitBoutFound(truth: simulated.bouts, detected: gait)
    }

    @Test(arguments: [UInt64(44), 45])
    func aSteadyWalkIsOneBout(seed: UInt64) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: "stand:3, fw-walk:60, stand:3"),
            options: SimulationOptions(placement: .wrist, seed: seed, mounting: .random))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(simulated.recording)
        #expect(analysis.bouts.count { $0.bout.activity != .standing } == 1, "\(analysis.bouts.map(\.bout))")
    }
}
