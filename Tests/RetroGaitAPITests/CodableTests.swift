import Foundation
import RetroGait
import Testing

/// Results and recordings survive a JSON round trip, with the documented snake_case keys and units.
@Suite("JSON")
struct CodableTests {
    @Test func anAnalysisRoundTripsThroughJSON() throws {
        let recording = try Fixture.loadLowerBackRun().recording
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
        let data = try JSONEncoder().encode(analysis)
        #expect(try JSONDecoder().decode(GaitAnalysis.self, from: data) == analysis)
    }

    @Test func summaryAndStepKeysCarryTheirUnits() throws {
        let summary = GaitSummary(
            placement: .foot, durationSeconds: 60, sampleRateHz: 100, steps: 10, detectedContacts: 5,
            cadenceStepsPerMinute: nil, spectralCadenceStepsPerMinute: 170, gaitDurationSeconds: 3,
            warnings: [AnalysisWarning(code: "clipped-samples", message: "clipped", count: 4)])
        let summaryJSON = try jsonObject(summary)
        #expect(summaryJSON["duration_s"] as? Double == 60)
        #expect(summaryJSON["sample_rate_hz"] as? Double == 100)
        #expect(summaryJSON["spectral_cadence_spm"] as? Double == 170)
        #expect(summaryJSON["cadence_spm"] is NSNull, "unknown values are written as null, not left out")
        let step = Step(initialContactTime: 1.5, toeOffTime: 1.72, contactMilliseconds: 220, side: .left, strike: .toe)
        let stepJSON = try jsonObject(step)
        #expect(stepJSON["ic_s"] as? Double == 1.5)
        #expect(stepJSON["contact_ms"] as? Double == 220)
        #expect(stepJSON["flight_ms"] is NSNull)
        #expect(stepJSON["foot"] as? String == "left")
        #expect(stepJSON["strike"] as? String == "toe")
        #expect(try JSONDecoder().decode(Step.self, from: JSONEncoder().encode(step)) == step)
    }

    @Test func aRecordingRoundTripsThroughJSON() throws {
        let recording = try Recording(
            sampleRate: 52, startTime: 3.25,
            acceleration: TriaxialSignal(x: [0.5, -0.25], y: [0, 1], z: [1, 0.75]),
            angularVelocity: TriaxialSignal(x: [10, 20], y: [0, 0], z: [-5, 5]),
            placement: .shank, sourceUnit: .metersPerSecondSquared)
        #expect(try JSONDecoder().decode(Recording.self, from: JSONEncoder().encode(recording)) == recording)
    }

    @Test func eventsAndBoutsRoundTripThroughJSON() throws {
        let events = [
            GaitEvent(kind: .initialContact, time: 0.5, sampleIndex: 50, side: .right, strike: .toe,
                      direction: .backward, confidence: 0.8),
            GaitEvent(kind: .toeOff, time: 0.71, sampleIndex: 71, side: .right),
        ]
        #expect(try JSONDecoder().decode([GaitEvent].self, from: JSONEncoder().encode(events)) == events)
        let bouts = [Bout(startTime: 0, endTime: 12.5, activity: .walking, direction: .forward)]
        #expect(try JSONDecoder().decode([Bout].self, from: JSONEncoder().encode(bouts)) == bouts)
    }

    private func jsonObject(_ value: some Encodable) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any])
    }
}
