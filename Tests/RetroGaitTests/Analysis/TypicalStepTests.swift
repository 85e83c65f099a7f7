import Foundation
@testable import RetroGait
import Testing

/// Walking steps at the lower back: a step whose landing was taken on another rise than its neighbours'
/// moves to the rise whose surroundings match theirs (`TypicalStep`).
@Suite("Typical step: a landing taken on the wrong rise moves to the one its neighbours' match")
struct TypicalStepTests {
    static let period = 55
    static let landings = (1...14).map { $0 * period }

    /// Each step's vertical acceleration (100 Hz, 0.55 s steps): a push-off hump 10 samples before the
    /// landing, the heel strike's peak 3 samples after it and the loading-response peak 15 samples after,
    /// over a slow swing of ±0.15 g. Every step has the three rises: push-off (strength 0.6), landing (0.9)
    /// and loading response (1.0, the steepest).
    static func walk() -> (vertical: [Float], steps: [[LoadingRise]]) {
        let count = 16 * period
        var vertical = [Float](repeating: 1, count: count)
        for sample in 0..<count {
            let phase = 2 * Double.pi * Double(sample) / Double(period)
            var value = 1 - 0.15 * cos(phase)
            for landing in landings {
                let d = Double(sample - landing)
                value += 0.15 * exp(-pow((d + 10) / 3, 2)) + 0.4 * exp(-pow((d - 3) / 2, 2)) + 0.5 * exp(-pow((d - 15) / 3, 2))
            }
            vertical[sample] = Float(value)
        }
        let steps = landings.map { landing in
            [LoadingRise(onset: Double(landing - 13), strength: 0.6, peakHeight: 1.2),
             LoadingRise(onset: Double(landing), strength: 0.9, peakHeight: 1.45),
             LoadingRise(onset: Double(landing + 11), strength: 1, peakHeight: 1.55)]
        }
        return (vertical, steps)
    }

    /// The consensus took the loading-response rise in step 5 and the push-off in step 8; both move to
    /// their landings, and no other step moves. A rise under `minimumStrength` is not taken: with the
    /// bar above the landing's strength (0.95), neither reaches its landing.
    @Test(arguments: [(minimumStrength: Float(0.4), moves: true), (minimumStrength: Float(0.95), moves: false)])
    func stepsTakenOnAnotherRiseMoveToTheirLandings(minimumStrength: Float, moves: Bool) {
        let (vertical, steps) = Self.walk()
        var onsets = Self.landings.map { Double?(Double($0)) }
        onsets[5] = Double(Self.landings[5] + 11)
        onsets[8] = Double(Self.landings[8] - 13)

        let matched = TypicalStep.matched(
            onsets, steps: steps, vertical: vertical, halfWidth: Self.period / 2, neighbours: 8,
            minimumStrength: minimumStrength)

        #expect(matched.count == onsets.count)
        for index in onsets.indices where moves || (index != 5 && index != 8) {
            #expect(matched[index] == Double(Self.landings[index]), "step \(index) at \(matched[index] ?? -1)")
        }
        if !moves {
            // The landing's rise (0.9) is under the bar: neither step can take it.
            #expect(matched[5] == onsets[5])
            #expect(matched[8] != Double(Self.landings[8]))
        }
    }

    /// The first and last two steps keep their rises (gait initiation and termination; at a live stream's
    /// newest sample the last ones are matched), a step without a
    /// landing stays `nil`, a step whose stretch would leave the signal (a live window's newest steps) keeps
    /// its rise, and with fewer than five stretches inside the signal nothing moves.
    @Test func stepsAtTheEdgesAndWithoutLandingsStay() {
        let (vertical, steps) = Self.walk()
        var onsets = Self.landings.map { Double?(Double($0)) }
        onsets[1] = Double(Self.landings[1] - 13)
        onsets[12] = Double(Self.landings[12] + 11)
        onsets[3] = nil
        onsets[9] = Double(Self.landings[9] + 11)
        // The signal ends 10 samples after step 9's landing: its stretch leaves it.
        let live = Array(vertical[..<(Self.landings[9] + 10)])

        let matched = TypicalStep.matched(
            onsets, steps: steps, vertical: live, halfWidth: Self.period / 2, neighbours: 8, minimumStrength: 0.4)

        #expect(matched[1] == onsets[1], "second step: gait initiation")
        #expect(matched[12] == onsets[12], "second-last step: gait termination")
        #expect(matched[3] == nil)
        #expect(matched[9] == onsets[9], "its stretch leaves the signal")

        let full = TypicalStep.matched(
            onsets, steps: steps, vertical: vertical, halfWidth: Self.period / 2, neighbours: 8, minimumStrength: 0.4)
        #expect(full[9] == Double(Self.landings[9]), "with the whole signal step 9 moves to its landing")
        let liveEnd = TypicalStep.matched(
            onsets, steps: steps, vertical: vertical, halfWidth: Self.period / 2, neighbours: 8, minimumStrength: 0.4,
            lastEndsWalk: false)
        #expect(liveEnd[12] == Double(Self.landings[12]), "a live stream's newest steps do not end the walk")
        #expect(liveEnd[1] == onsets[1])

        let few = TypicalStep.matched(
            Array(onsets.prefix(5)), steps: Array(steps.prefix(5)), vertical: vertical, halfWidth: Self.period / 2,
            neighbours: 8, minimumStrength: 0.4)
        #expect(few == Array(onsets.prefix(5)), "four stretches: no step has four neighbours")
    }
}
