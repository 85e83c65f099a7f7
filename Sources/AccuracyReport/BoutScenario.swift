import GaitSimulator
import RetroGait

/// One simulated interval session of the bout, direction and strike evaluation.
struct BoutScenario: Sendable {
    static let sessions = [
        "fw-run:60, 4*(bw-run:30, stand:60)",
        "stand:10, fw-walk:30, stand:10, bw-walk:30, stand:10, fw-run@toe:30, stand:10, bw-run@heel:30, stand:10",
        "stand:10, 3*(bw-walk:30, stand:15), fw-run@mid:40, stand:10, bw-run@mid:30, stand:10",
    ]
    static let tiltDegrees = 25.0

    var session: String
    var placement: Placement
    var tilted: Bool
    var gyroscope: Bool
    var seed: UInt64

    static func all() -> [BoutScenario] {
        var scenarios: [BoutScenario] = []
        for placement in SimulatedScenario.placements {
            for gyroscope in [false, true] {
                for tilted in [false, true] {
                    for session in sessions {
                        scenarios.append(BoutScenario(
                            session: session, placement: placement, tilted: tilted, gyroscope: gyroscope,
                            seed: 5000 + UInt64(scenarios.count)))
                    }
                }
            }
        }
        return scenarios
    }

    /// The front of the body segment the sensor sits on, in the simulator's segment frame. The
    /// wrist's frame is defined with the arm hanging (x toward the hand, y backward); a runner holds
    /// the forearm forward (elbow ≈ 75°), so its front is then close to +x; a walker's hanging arm
    /// has its front along −y. The running posture is declared: wrist walking bouts get an axis
    /// that is ≈ 80° off, as a user declaring one axis for a mixed session would.
    var segmentFront: SIMD3<Double> { placement == .wrist ? [0.98, -0.17, 0] : [1, 0, 0] }

    /// The sensor axis nearest to the segment's front under `mounting` (rows: sensor axes).
    func declaredAxis(_ mounting: RotationMatrix) -> SensorAxis {
        SensorAxis.nearest(to: SIMD3<Float>(mounting.apply(segmentFront))) ?? .plusX
    }

    func simulate() throws -> SimulatedRecording {
        let script = try SessionScript(parsing: session)
        let options = SimulationOptions(
            placement: placement, seed: seed, includeGyroscope: gyroscope,
            mounting: tilted ? .randomTilt(maxDegrees: Self.tiltDegrees) : .identity)
        return GaitSimulator.simulate(script, options: options)
    }
}
