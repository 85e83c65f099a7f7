import Foundation
import Testing
@testable import RetroGait

@Suite("Gait analyzer edge cases")
struct GaitAnalyzerEdgeCaseTests {
    /// Standing still: 1 g on the vertical axis plus a little deterministic noise.
    private func standing(seconds: Double, rate: Double) throws -> Recording {
        let n = Int(seconds * rate)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func noise() -> Float {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Float(state >> 40) / Float(1 << 24) - 0.5) * 0.004
        }
        let signal = TriaxialSignal(x: (0..<n).map { _ in noise() }, y: (0..<n).map { _ in noise() },
                                    z: (0..<n).map { _ in 1 + noise() })
        return try Recording(sampleRate: rate, acceleration: signal, placement: .lowerBack)
    }

    @Test(arguments: Placement.allCases)
    func standingGivesEmptyValidResultWithWarning(_ placement: Placement) throws {
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement)).analyze(standing(seconds: 60, rate: 100))
        #expect(analysis.events.isEmpty)
        #expect(analysis.summary.steps == 0)
        #expect(analysis.summary.cadenceStepsPerMinute == nil)
        #expect(analysis.summary.warnings.map(\.code) == ["no-gait-detected"])
    }

    @Test func veryShortRecordingIsEmptyNotAnError() throws {
        let analysis = try GaitAnalyzer(configuration: .init(placement: .foot)).analyze(standing(seconds: 0.2, rate: 100))
        #expect(analysis.events.isEmpty)
        #expect(analysis.summary.warnings.map(\.code) == ["no-gait-detected"])
    }

    @Test func tooLowSampleRateIsATypedError() throws {
        let recording = try standing(seconds: 60, rate: 10)
        #expect(throws: AnalysisError.sampleRateTooLow(10, minimum: GaitAnalyzer.minimumSampleRate)) {
            try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(recording)
        }
    }

    @Test func summaryEncodesSnakeCaseFieldsWithUnits() throws {
        let analysis = try GaitAnalyzer(configuration: .init(placement: .foot)).analyze(standing(seconds: 5, rate: 50))
        let json = String(decoding: try JSONEncoder().encode(analysis.summary), as: UTF8.self)
        #expect(json.contains("\"cadence_spm\":null"), "an unknown cadence is written as null, not left out")
        for key in ["\"duration_s\"", "\"steps\"", "\"cadence_spm\"", "\"warnings\"", "\"sample_rate_hz\""] {
            #expect(json.contains(key), "missing \(key) in \(json)")
        }
    }
}

