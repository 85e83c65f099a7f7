import GaitSimulator
import Testing
@testable import RetroGait

/// A foot sensor without a gyroscope, its toes' axis declared, one bout between two stretches of
/// standing, the sensor tilted at random on the foot: the swing's path at foot-flat's orientation
/// (``SwingPath/displacementAtFixedOrientation(from:to:acceleration:)``) points along the travel, so the
/// bout's direction is its sign along the axis, forward and backward, walking and running, with any
/// strike. Seeds apart from the accuracy report's.
@Suite("Bouts: a foot without a gyroscope, its mounting declared")
struct FootDirectionWithAxisTests {
    @Test(arguments: [
        (Activity.walking, Direction.forward, FootStrike.heel, UInt64(21041)), (.walking, .forward, .toe, 21042),
        (.running, .forward, .heel, 21043), (.running, .forward, .toe, 21044), (.walking, .backward, .toe, 21045),
        (.walking, .backward, .heel, 21046), (.running, .backward, .toe, 21047), (.running, .backward, .mid, 21048),
    ])
    func singleBoutTakesTheSignOfTheSwingAlongTheToes(
        activity: Activity, direction: Direction, strike: FootStrike, seed: UInt64
    ) throws {
        let script = SessionScript([
            BoutScript(.standing, duration: 3), BoutScript(activity, direction: direction, duration: 20, strike: strike),
            BoutScript(.standing, duration: 3),
        ])
        let simulated = GaitSimulator.simulate(script, options: SimulationOptions(
            placement: .foot, seed: seed, mounting: .randomTilt(maxDegrees: 25)))
        // The sensor axis nearest the toes (the segment frame's +x) under the mounting.
        let axis = try #require(SensorAxis.nearest(to: SIMD3<Float>(simulated.mounting.apply([1, 0, 0]))))
        let analysis = try GaitAnalyzer(configuration: .init(
            placement: .foot, sensorSide: .left, mounting: SensorMounting(forwardAxis: axis))).analyze(simulated.recording)
        let gait = analysis.bouts.filter { $0.bout.activity != .standing }.max { $0.steps < $1.steps }
        #expect(gait?.bout.direction == direction)
    }
}
