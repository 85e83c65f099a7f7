@testable import RetroGait
import Testing

/// Walking steps at the lower back checked against the trunk's front-back reversal (`FrontBackReversal`).
@Suite("Front-back reversal: a step taken on the push-off moves to the landing")
struct FrontBackReversalTests {
    /// Twelve steps 55 samples apart (100 Hz) whose front-back acceleration turns sharply at each
    /// landing (a 0.3 g trough). The detector's onsets sit within a sample of the landings, except one
    /// taken 9 samples (90 ms, 0.16 step periods) early, where the trailing leg's push-off lifted the
    /// vertical — as five steps of voisard2023's subject 14 are. That step moves to its landing and no
    /// other step moves. In running (the vertical drops below 0.4 g in every flight), or when the
    /// early step is the first of its run (no neighbour before it to be even with), nothing moves.
    /// Two neighbouring early steps (7 and 9 samples) both move: the first looks even against its
    /// early neighbour until that one has moved (the second sweep).
    @Test(arguments: [
        (running: false, early: [5: -9]), (running: true, early: [5: -9]), (running: false, early: [0: -9]),
        (running: false, early: [5: -7, 6: -9]),
    ])
    func earlyStepsMoveToTheFrontBackReversalOfTheirLandings(running: Bool, early: [Int: Int]) throws {
        let period = 55
        let landings = (1...12).map { $0 * period }
        let count = 14 * period
        var vertical = [Float](repeating: 1, count: count)
        var frontBack = [Float](repeating: 0, count: count)
        var sideways = [Float](repeating: 0, count: count)
        for sample in 0..<count {
            let phase = Float(sample % period) / Float(period)
            vertical[sample] = running ? (phase < 0.4 ? 2.2 : 0.1) : 1 + 0.3 * (phase < 0.3 ? 1 - phase : -phase)
            sideways[sample] = 0.02 * (sample / period % 2 == 0 ? 1 : -1)
            for landing in landings {
                frontBack[sample] -= 0.3 * max(0, 1 - Float(abs(sample - landing)) / 4)
            }
        }
        let recording = try Recording(
            sampleRate: 100, acceleration: TriaxialSignal(x: vertical, y: frontBack, z: sideways), placement: .lowerBack)
        let jitter = [0, 1, -1, 0]
        let contacts = landings.enumerated().map { index, landing in
            DetectedContact(
                position: Double(landing + (early[index] ?? jitter[index % jitter.count])), confidence: 1,
                toeOffPosition: Double(landing) + 0.25 * Double(period))
        }
        let segment = GaitSegment(range: 0..<count, eventPeriod: Double(period), regularity: 1)

        let refined = FrontBackReversal.refined(contacts, segment: segment, recording: recording, vertical: vertical)

        #expect(refined.count == contacts.count)
        for index in contacts.indices where early[index] == nil {
            #expect(refined[index].position == contacts[index].position, "step \(index) moved")
        }
        for step in early.keys {
            let moved = refined[step].position
            if running || step == 0 {
                #expect(moved == contacts[step].position)
            } else {
                #expect(abs(moved - Double(landings[step])) <= 1.5, "early step \(step) now at \(moved), landing \(landings[step])")
                // The previous contact's toe-off, a double support after this contact, moves with it.
                let shift = moved - contacts[step].position
                #expect(refined[step - 1].toeOffPosition == contacts[step - 1].toeOffPosition.map { $0 + shift })
            }
        }
    }
}
