import Foundation
import GaitDatasets
import GaitSimulator
@_spi(Benchmarking) @testable import RetroGait
import Testing

/// The fast path through quiet stretches (``QuietStretchSkipping``): a stretch it may skip must be one where
/// the full path finds no step, and skipping must not change what the analysis finds.
@Suite("Quiet stretches: skipped only where the full path finds no step")
struct QuietStretchSkippingTests {
    static let voisard = DatasetLocation.folder(Voisard2023.folderName)
    static let alcantara = DatasetLocation.folder(Alcantara2022.folderName)

    /// The gait of the simulated matrix between two stretches of standing.
    static let gaits: [(Activity, Direction)] = [
        (.walking, .forward), (.walking, .backward), (.running, .forward), (.running, .backward),
    ]

    /// How deep (seconds from the nearer end) the full path's (no skipping) events lie inside quiet stretches,
    /// as "time kind depth"; the quiet samples and the events.
    ///
    /// An event may lie a little inside one: a quiet stretch holds no rhythm window that is gait, but a
    /// segment reaches beyond its gait windows (half a window to their centres, widened by 1.5 periods, and the
    /// detectors look a stride further: at most about 2.5 + 3.6 + 2.4 s), which is what the skipping's margins
    /// (``QuietStretchSkipping/marginSeconds``, 20 s) are for.
    private static func eventsInQuietStretches(_ recording: Recording, placement: Placement, sensorSide: Side = .unknown)
        throws -> (inside: [(label: String, depth: Double)], quietSamples: Int, events: Int) {
        var analyzer = GaitAnalyzer(configuration: .init(placement: placement, sensorSide: sensorSide))
        analyzer.skipsQuietStretches = false
        let analysis = try analyzer.analyze(recording)
        let quiet = QuietStretchSkipping.quietStretches(
            recording, noiseFilter: try MotionSignals.noiseFilter(sampleRate: recording.sampleRate))
        let inside = analysis.events.compactMap { event -> (label: String, depth: Double)? in
            let position = (event.time - recording.startTime) * recording.sampleRate
            guard let stretch = quiet.first(where: { Double($0.lowerBound) <= position && position < Double($0.upperBound) })
            else { return nil }
            let depth = min(position - Double(stretch.lowerBound), Double(stretch.upperBound) - position) / recording.sampleRate
            return ("\(event.time) \(event.kind)", depth)
        }
        return (inside, quiet.reduce(0) { $0 + $1.count }, analysis.events.count)
    }

    /// The deepest an event of the full path may lie in a quiet stretch: half the skipping's margin, so the
    /// margin keeps the skipped samples and the filters' restarts well away from every step.
    static var deepestAllowed: Double { 0.5 * QuietStretchSkipping.marginSeconds }

    @Test("Simulated matrix: the full path's steps lie outside quiet stretches or near their ends", arguments: Placement.allCases)
    func simulatedMatrix(placement: Placement) throws {
        for (activity, direction) in Self.gaits {
            for gyroscope in placement == .foot || placement == .shank ? [false, true] : [false] {
                let simulated = GaitSimulator.simulate(
                    SessionScript([
                        BoutScript(.standing, duration: 30), BoutScript(activity, direction: direction, duration: 20),
                        BoutScript(.standing, duration: 30),
                    ]),
                    options: SimulationOptions(placement: placement, sampleRate: 100, seed: 3, includeGyroscope: gyroscope))
                let found = try Self.eventsInQuietStretches(simulated.recording, placement: placement)
                let label = "\(placement.rawValue) \(direction.rawValue) \(activity.rawValue) gyroscope \(gyroscope)"
                #expect(found.inside.allSatisfy { $0.depth <= Self.deepestAllowed }, "\(label): \(found.inside)")
                // Not vacuous: the standing on both sides is mostly quiet, and the gait is found.
                #expect(found.quietSamples >= 3_000, "\(label): \(found.quietSamples) quiet samples")
                #expect(found.events >= 20, "\(label): \(found.events) events")
            }
        }
    }

    /// voisard2023's trials hold little standing (a few seconds before and after each walk): few quiet
    /// stretches, but the steps next to them are the real test of the margins.
    @Test(
        "Real walkers (voisard2023, feet and lower back): the full path's steps lie outside quiet stretches or near their ends",
        .enabled(if: voisard != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func realWalkers() throws {
        var quietSamples = 0
        var events = 0
        for trial in try Voisard2023.load(from: #require(Self.voisard)) {
            for (sensor, recording) in trial.recordings.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let found = try Self.eventsInQuietStretches(recording, placement: sensor.placement, sensorSide: sensor.side)
                #expect(found.inside.allSatisfy { $0.depth <= Self.deepestAllowed }, "\(trial.name) \(sensor.rawValue): \(found.inside)")
                quietSamples += found.quietSamples
                events += found.events
            }
        }
        #expect(quietSamples >= 1_000, "\(quietSamples) quiet samples")
        #expect(events >= 1_000, "\(events) events")
    }

    @Test(
        "Real runners (alcantara2022, sacrum): the full path's steps lie outside quiet stretches or near their ends",
        .enabled(if: alcantara != nil, "shared data folder alcantara2022-sacrum-running-grf not found"))
    func realRunners() throws {
        var events = 0
        for trial in try Alcantara2022.load(from: #require(Self.alcantara)) {
            let found = try Self.eventsInQuietStretches(trial.recording, placement: .lowerBack)
            #expect(found.inside.allSatisfy { $0.depth <= Self.deepestAllowed }, "trial \(trial.row): \(found.inside)")
            events += found.events
        }
        #expect(events >= 900, "\(events) events")
    }

    @Test("Skipping the quiet stretches leaves the analysis as the full path gives it", arguments: Placement.allCases)
    func skippingChangesNothing(placement: Placement) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: "stand:75,fw-walk:30,stand:90,bw-run:20,stand:70,bw-walk:20,stand:65"),
            options: SimulationOptions(placement: placement, sampleRate: 100, seed: 5))
        let recording = simulated.recording
        let skipped = QuietStretchSkipping.skippedRanges(
            recording, noiseFilter: try MotionSignals.noiseFilter(sampleRate: recording.sampleRate))
        // The test is about skipping: the standing must be skipped (each of the four stretches).
        #expect(skipped.count == 4, "\(skipped)")
        #expect(skipped.reduce(0) { $0 + $1.count } >= 10_000, "\(skipped)")
        var full = GaitAnalyzer(configuration: .init(placement: placement))
        full.skipsQuietStretches = false
        let expected = try full.analyze(recording)
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement)).analyze(recording)
        #expect(expected.events.count >= 40)
        #expect(analysis.events == expected.events)
        #expect(analysis.steps == expected.steps)
        #expect(analysis.bouts == expected.bouts)
        #expect(analysis.summary == expected.summary)
    }
}
