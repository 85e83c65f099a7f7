import GaitSimulator
import Testing
@testable import RetroGait

/// Standing between two bouts is not a stance. When a foot's settling step after a bout is too small to
/// be found as a swing and the next bout follows in the same rhythm, the bout's last contact reached
/// the next bout's lift-off from standing, and took it as its toe-off: a step 3–4 s "in contact" (the
/// standing's length), which no gait has. Such a contact now ends with no toe-off of its own; the
/// lift-off is still reported, as the next bout's first toe-off.
@Suite("Standing between bouts is not a stance")
struct StandingIsNoStanceTests {
    /// The four gaits, seeds 3 and 4: on the old code the forward run (both seeds), the backward walk
    /// (seed 3) and the backward run (seed 4) each had one such step.
    @Test(arguments: [Activity.walking, .running], [Direction.forward, .backward])
    func noStepStandsForSeconds(activity: Activity, direction: Direction) throws {
        for seed: UInt64 in [3, 4] {
            let script = SessionScript([
                BoutScript(activity, direction: direction, duration: 15), BoutScript(.standing, duration: 3),
                BoutScript(activity, direction: direction, duration: 15),
            ])
            let simulated = GaitSimulator.simulate(script, options: SimulationOptions(placement: .foot, sampleRate: 100, seed: seed))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: .left)).analyze(simulated.recording)
            let standing = analysis.steps.compactMap(\.contactMilliseconds).filter { $0 > 1500 }
            #expect(standing.isEmpty, "seed \(seed): steps in contact for \(standing) ms")
            // The second bout's lift-off from standing (the left foot's only toe-off after 1.5 s without
            // an event) is still reported as a toe-off.
            let left = simulated.events.filter { $0.side == .left }
            let liftOffs = left.filter { event in
                event.kind == .toeOff && event.time > 10
                    && left.allSatisfy { $0.time >= event.time || event.time - $0.time > 1.5 }
            }
            #expect(liftOffs.count == 1)
            let toeOffs = analysis.events.filter { $0.kind == .toeOff }.map(\.time)
            for liftOff in liftOffs {
                #expect(toeOffs.contains { abs($0 - liftOff.time) <= 0.04 }, "seed \(seed): lift-off at \(liftOff.time) s not reported")
            }
        }
    }
}
