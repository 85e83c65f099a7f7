import Foundation

/// A tibia sensor 15 cm above the ankle: the ankle's path plus the shank's rotation, the touchdown
/// shock travelling up the tibia (slightly slower and with stronger axial ringing than at the foot),
/// and a small bump when the other foot lands.
///
/// Segment frame: z up along the tibia, x forward perpendicular to it, y left. The gyroscope's y axis
/// carries the shank's sagittal rotation rate (positive as the knee moves ahead of the ankle).
struct ShankSensorModel: SensorModel {
    let limb: LimbTrajectory
    let otherLimb: LimbTrajectory

    func evaluate(at time: Double) -> (acceleration: SIMD3<Double>, rotation: SIMD3<Double>) {
        let motion = limb.kinematics(at: time, point: \.shankSensor, angle: \.shank)
        var force = motion.acceleration / standardGravity + SIMD3(0, 0, 1)
        var ringing = 0.0
        for index in limb.impacts.active(at: time) {
            let impact = limb.impacts[index]
            let dt = time - impact.time - 0.002
            force += 0.8 * impact.velocityChange * impact.shape(dt, stretch: 1.4) / standardGravity
            ringing += 1.3 * impact.ring(dt)
        }
        for index in otherLimb.impacts.active(at: time) {
            let impact = otherLimb.impacts[index]
            let bump = 0.07 * (impact.velocityChange * impact.velocityChange).sum().squareRoot()
            force.z += bump * impact.shape(time - impact.time, stretch: 3) / standardGravity
        }
        let (c, s) = (cos(motion.angle), sin(motion.angle))
        let local = SIMD3(force.x * c - force.z * s, force.y, force.x * s + force.z * c + ringing)
        let rate = motion.rate * degreesPerRadian
        return (local, SIMD3(-0.08 * rate, rate, 0.12 * rate))
    }
}
