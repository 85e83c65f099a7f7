import Foundation

/// A watch on the left wrist: the arm swings as a pendulum at stride frequency (half the step
/// frequency), opposite to the left leg, with the elbow bent to about 75° in running; the shoulder
/// carries the trunk's bounce at step frequency, with the impacts mostly absorbed on the way up.
///
/// Segment frame (arm hanging, watch face out): x along the forearm toward the hand (down), y
/// backward, z lateral (left). The gyroscope's z axis carries the sagittal swing rate.
struct WristModel: SensorModel {
    let trunk: TrunkModel

    func evaluate(at time: Double) -> (acceleration: SIMD3<Double>, rotation: SIMD3<Double>) {
        let h = differenceStep
        let (before, now, after) = (arm(at: time - h), arm(at: time), arm(at: time + h))
        let hand = (after.position - 2 * now.position + before.position) / (h * h) / standardGravity
        let shoulder = trunk.specificForce(at: time, impactScale: 0.25) - SIMD3(0, 0, 1)
        let force = 0.8 * shoulder + hand + SIMD3(0, 0, 1)
        let (c, s) = (cos(now.forearm), sin(now.forearm))
        let local = SIMD3(force.x * s - force.z * c, -force.x * c - force.z * s, force.y)
        let swingRate = (after.forearm - before.forearm) / (2 * h) * degreesPerRadian
        return (local, SIMD3(0.15 * swingRate, 0.05 * swingRate, -swingRate))
    }

    /// The hand's position relative to the shoulder (m) and the forearm's angle from hanging (rad).
    private func arm(at time: Double) -> (position: SIMD3<Double>, forearm: Double) {
        let rhythm = trunk.rhythm
        let engagement = rhythm.engagement(at: time)
        let sway = trunk.sway.tilt(at: time).x
        guard engagement > 0, let plan = rhythm.plan(at: time) else {
            return (SIMD3(0, 0, -0.6), 0.05 + sway)
        }
        let running = plan.script.activity == .running
        let backward = plan.script.direction == .backward
        let amplitude: Double = switch (running, backward) {
        case (true, false): 28
        case (true, true): 22
        case (false, false): 15
        case (false, true): 12
        }
        let degrees = Double.pi / 180
        // Left arm back (negative) at left contact, forward at right contact.
        let swing = -engagement * amplitude * degrees * cos(rhythm.phase(at: time))
        let radius = 0.6 - engagement * (running ? 0.22 : 0.05)
        let elbow = engagement * (running ? 75 : 10) * degrees
        let position = SIMD3(radius * sin(swing), 0, -radius * cos(swing))
        return (position, 0.05 + sway + elbow + swing)
    }
}
