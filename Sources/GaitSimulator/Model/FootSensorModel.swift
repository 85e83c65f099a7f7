import Foundation

/// An instep (shoe) sensor: the foot's own swing and stance kinematics, its touchdown impacts, a
/// push-off snap, and a small bump when the other foot lands.
///
/// Segment frame: x toward the toes, y left, z out of the instep (up when the foot is flat).
/// The gyroscope's y axis carries the pitch rate (negative when the toes rise).
struct FootSensorModel: SensorModel {
    let limb: LimbTrajectory
    let otherLimb: LimbTrajectory

    func evaluate(at time: Double) -> (acceleration: SIMD3<Double>, rotation: SIMD3<Double>) {
        let motion = limb.kinematics(at: time, point: { $0.point(FootGeometry.instep) }, angle: \.pitch)
        var force = motion.acceleration / standardGravity + SIMD3(0, 0, 1)
        var ringing = 0.0
        for index in limb.impacts.active(at: time) {
            let impact = limb.impacts[index]
            let dt = time - impact.time
            force += impact.velocityChange * impact.shape(dt) / standardGravity
            ringing += impact.ring(dt)
        }
        for index in otherLimb.impacts.active(at: time) {
            let impact = otherLimb.impacts[index]
            let bump = 0.05 * (impact.velocityChange * impact.velocityChange).sum().squareRoot()
            force.z += bump * impact.shape(time - impact.time, stretch: 3) / standardGravity
        }
        force += pushOffSnap(at: time)
        let (c, s) = (cos(motion.angle), sin(motion.angle))
        let local = SIMD3(force.x * c + force.z * s, force.y, -force.x * s + force.z * c + ringing)
        let pitchRate = motion.rate * degreesPerRadian
        return (local, SIMD3(0.1 * pitchRate, -pitchRate, -0.06 * pitchRate))
    }

    /// A brief biphasic jolt along the travel direction as the toe (or heel) leaves the ground.
    private func pushOffSnap(at time: Double) -> SIMD3<Double> {
        var result = SIMD3<Double>.zero
        for push in limb.pushOffs where abs(time - push.time) < 0.05 {
            let x = (time - push.time) / 0.008
            result.x += push.sign * 0.12 * push.strength * x * exp(-0.5 * x * x)
            result.z += 0.08 * push.strength * exp(-0.5 * x * x)
        }
        return result
    }
}
