import Foundation
import Testing
@testable import RetroGait

@Suite("Steps: contact, flight, step time, duty factor")
struct StepTests {
    private let segment = GaitSegment(range: 0..<10_000, eventPeriod: 100, regularity: 0.9)

    @Test func trunkStepsUseTheNextContactOfEitherFoot() throws {
        // 100 Hz; contacts every 0.3 s, each lasting 0.2 s: flight 0.1 s, duty factor 0.2 / 0.6.
        let contacts = (0..<4).map { DetectedContact(position: Double(30 * $0), confidence: 1, toeOffPosition: Double(30 * $0 + 20)) }
        let steps = StepBuilder.steps(contacts: contacts, segments: [segment], unit: .step, sampleRate: 100, startTime: 10, side: .unknown)
        #expect(steps.count == 4)
        let first = steps[0]
        #expect(first.initialContactTime == 10)
        #expect(abs(try #require(first.contactMilliseconds) - 200) < 1e-9)
        #expect(abs(try #require(first.flightMilliseconds) - 100) < 1e-9)
        #expect(abs(try #require(first.stepMilliseconds) - 300) < 1e-9)
        #expect(abs(try #require(first.dutyFactor) - 1.0 / 3) < 1e-9)
        #expect(steps[3].stepMilliseconds == nil && steps[3].flightMilliseconds == nil)
        #expect(steps[3].contactMilliseconds != nil)
    }

    @Test func footStepsAreHalfAStride() throws {
        let contacts = (0..<3).map { DetectedContact(position: Double(60 * $0), confidence: 1, toeOffPosition: Double(60 * $0 + 20)) }
        let steps = StepBuilder.steps(contacts: contacts, segments: [segment], unit: .stride, sampleRate: 100, startTime: 0, side: .left)
        #expect(abs(try #require(steps[0].stepMilliseconds) - 300) < 1e-9)
        #expect(abs(try #require(steps[0].flightMilliseconds) - 100) < 1e-9)
        #expect(abs(try #require(steps[0].dutyFactor) - 1.0 / 3) < 1e-9)
        #expect(steps.allSatisfy { $0.side == .left })
    }

    @Test func walkingHasNoNegativeFlightAndPausesEndSteps() throws {
        let segments = [GaitSegment(range: 0..<100, eventPeriod: 50, regularity: 1), GaitSegment(range: 200..<400, eventPeriod: 50, regularity: 1)]
        let contacts = [0.0, 50, 250, 300].map { DetectedContact(position: $0, confidence: 1, toeOffPosition: $0 + 65) }
        let steps = StepBuilder.steps(contacts: contacts, segments: segments, unit: .step, sampleRate: 100, startTime: 0, side: .unknown)
        #expect(steps[0].flightMilliseconds == 0)
        #expect(steps[1].stepMilliseconds == nil, "a pause between bouts is not a step")
        #expect(steps[2].stepMilliseconds != nil)
    }

    @Test func statisticsSummariseTheSteps() throws {
        let steps = [
            Step(initialContactTime: 0, contactMilliseconds: 200, flightMilliseconds: 100, stepMilliseconds: 300, side: .left),
            Step(initialContactTime: 0.3, contactMilliseconds: 300, flightMilliseconds: 0, stepMilliseconds: 300, side: .right),
            Step(initialContactTime: 0.6, contactMilliseconds: 200, stepMilliseconds: nil, side: .left),
        ]
        let statistics = StepStatistics(steps)
        #expect(statistics.leftSteps == 2 && statistics.rightSteps == 1)
        #expect(statistics.stepsWithContactTime == 3)
        #expect(abs(try #require(statistics.contactBalanceLeftPercent) - 40) < 1e-9)
        #expect(statistics.stepTimeCoefficientOfVariation == 0)
        #expect(statistics.cadenceSeries.map(\.stepsPerMinute) == [200, 200])
    }

    @Test func jsonUsesSnakeCaseKeysWithUnits() throws {
        let step = Step(initialContactTime: 1.5, toeOffTime: 1.7, contactMilliseconds: 200, side: .right, strike: .toe, direction: .backward)
        let json = try #require(String(data: JSONEncoder().encode(step), encoding: .utf8))
        for key in ["\"ic_s\"", "\"tc_s\"", "\"contact_ms\"", "\"flight_ms\"", "\"step_ms\"", "\"duty_factor\"", "\"foot\""] {
            #expect(json.contains(key), "missing \(key) in \(json)")
        }
        #expect(try JSONDecoder().decode(Step.self, from: Data(json.utf8)) == step)
    }

    @Test func csvHasOneRowPerStepAndEmptyUnknowns() {
        let text = StepTable.csv([Step(initialContactTime: 1.25, side: .left, direction: .backward)])
        #expect(text == "ic_s,tc_s,contact_ms,flight_ms,foot,strike,direction\n1.2500,,,,left,unknown,backward\n")
    }
}
