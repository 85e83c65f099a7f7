import GaitSimulator
import Testing
@testable import RetroGait

/// A wrist sensor tilted on the forearm, with the axis declared for the running posture (forearm
/// held forward): while walking the arm hangs and that axis points near the up, so it says nothing
/// about the walking bouts' direction; their travel group's cues decide them instead of leaving them
/// unknown (they were, on these seeds). Seeds apart from the accuracy report's.
@Suite("Bouts: wrist with a declared running-posture axis")
struct WristDirectionWithAxisTests {
    static let sessions = [
        "stand:10, fw-walk:30, stand:10, bw-walk:30, stand:10, fw-run@toe:30, stand:10, bw-run@heel:30, stand:10",
        "stand:10, 3*(bw-walk:30, stand:15), fw-run@mid:40, stand:10, bw-run@mid:30, stand:10",
    ]

    @Test(arguments: [(0, false, UInt64(7040)), (1, false, 17041), (1, true, 15047)])
    func walkingBoutsDecidedByTheirGroup(session: Int, gyroscope: Bool, seed: UInt64) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: Self.sessions[session]),
            options: SimulationOptions(
                placement: .wrist, seed: seed, includeGyroscope: gyroscope, mounting: .randomTilt(maxDegrees: 25)))
        // The forearm's front held forward in running, in the segment frame (x toward the hand).
        let axis = try #require(SensorAxis.nearest(to: SIMD3<Float>(simulated.mounting.apply([0.98, -0.17, 0]))))
        let analysis = try GaitAnalyzer(configuration: .init(
            placement: .wrist, mounting: SensorMounting(forwardAxis: axis))).analyze(simulated.recording)
        let truthGait = simulated.bouts.filter { $0.activity != .standing }
        let evaluation = BoutEvaluation(truth: truthGait, detected: analysis.bouts.map(\.bout))
        #expect(evaluation.comparisons.count == truthGait.count)
        for comparison in evaluation.comparisons {
            #expect(comparison.directionAgrees == true, "\(comparison.truth) vs \(String(describing: comparison.detected))")
        }
    }

    @Test func nearestAxisTakesTheLargestComponent() {
        #expect(SensorAxis.nearest(to: [0.2, -0.9, 0.3]) == .minusY)
        #expect(SensorAxis.nearest(to: [0.1, 0.2, -0.5]) == .minusZ)
        #expect(SensorAxis.nearest(to: [0.7, 0.2, -0.5]) == .plusX)
        #expect(SensorAxis.nearest(to: .zero) == nil)
        #expect(SensorAxis.nearest(to: [.nan, 1, 0]) == nil)
    }
}

/// A wrist runner turning from forward to backward without a pause, at a cadence only 7 % apart
/// (too little for the cadence cut): the votes over pairs of steps turn round, though two pairs
/// just after the turn still point the old way; the run is cut there and both bouts come out in
/// their direction (the backward one was called forward with the forward run before).
@Suite("Bouts: wrist running turn without a pause")
struct WristRunningTurnTests {
    @Test func forwardRunFlowingIntoABackwardRunIsCut() throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: IntervalSessionTests.session),
            options: SimulationOptions(
                placement: .wrist, seed: 9039, includeGyroscope: false, mounting: .randomTilt(maxDegrees: 25)))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(simulated.recording)
        let truthGait = simulated.bouts.filter { $0.activity != .standing }
        let evaluation = BoutEvaluation(truth: truthGait, detected: analysis.bouts.map(\.bout))
        #expect(analysis.bouts.map(\.bout).filter { $0.activity != .standing }.count == truthGait.count)
        for comparison in evaluation.comparisons {
            #expect(comparison.directionAgrees == true, "\(comparison.truth) vs \(String(describing: comparison.detected))")
        }
    }
}
