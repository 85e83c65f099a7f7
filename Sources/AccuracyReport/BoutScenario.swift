import GaitSimulator
import RetroGait

/// One simulated interval session of the bout, direction and strike evaluation.
struct BoutScenario: Sendable {
    static let sessions = [
        "fw-run:60, 4*(bw-run:30, stand:60)",
        "stand:10, fw-walk:30, stand:10, bw-walk:30, stand:10, fw-run@toe:30, stand:10, bw-run@heel:30, stand:10",
        "stand:10, 3*(bw-walk:30, stand:15), fw-run@mid:40, stand:10, bw-run@mid:30, stand:10",
    ]
    /// Sessions whose gait changes without standing between: a run slowing straight into a walk, a walk
    /// turning round, a walk speeding up into a run; and one cycle of a long mixed session, closed by
    /// its 30 s run straight into a walk.
    static let sessionsWithoutPauses = [
        "stand:5, fw-run:30, fw-walk:30, bw-walk:30, bw-run:30, stand:5",
        "fw-walk:60, stand:20, bw-run:45, fw-run:60, bw-walk:60, stand:30, fw-run:30, fw-walk:30, stand:5",
    ]
    static let tiltDegrees = 25.0

    var session: String
    var placement: Placement
    var tilted: Bool
    var gyroscope: Bool
    var seed: UInt64

    /// The interval sessions (seeds from 5000) or, `withoutPauses`, the sessions without standing
    /// between gaits (seeds from 5500), per placement × gyroscope × mounting.
    static func all(withoutPauses: Bool = false) -> [BoutScenario] {
        var scenarios: [BoutScenario] = []
        for placement in SimulatedScenario.placements {
            for gyroscope in [false, true] {
                for tilted in [false, true] {
                    for session in withoutPauses ? sessionsWithoutPauses : sessions {
                        scenarios.append(BoutScenario(
                            session: session, placement: placement, tilted: tilted, gyroscope: gyroscope,
                            seed: (withoutPauses ? 5500 : 5000) + UInt64(scenarios.count)))
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
