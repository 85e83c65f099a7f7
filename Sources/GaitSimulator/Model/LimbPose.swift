import Foundation

/// The pose of one foot (and its shank) in the body's travel frame: x forward (facing direction),
/// y left, z up, metres; the foot's origin is the bottom of the heel.
struct LimbPose {
    /// Bottom of the heel, m.
    var heel: SIMD3<Double>
    /// Sole angle to the ground, radians, positive toe-up.
    var pitch: Double
    /// Tibia tilt from vertical, radians, positive with the knee ahead of the ankle.
    var shank: Double

    /// A point fixed in the foot, given in the foot frame (origin at the heel, x toward the toes).
    func point(_ local: SIMD3<Double>) -> SIMD3<Double> {
        let (c, s) = (cos(pitch), sin(pitch))
        return heel + SIMD3(local.x * c - local.z * s, local.y, local.x * s + local.z * c)
    }

    /// The shank sensor's position.
    var shankSensor: SIMD3<Double> {
        point(FootGeometry.ankle) + FootGeometry.shankSensorHeight * SIMD3(sin(shank), 0, cos(shank))
    }
}

/// Fixed dimensions of the simulated foot and shank (an adult shoe, m).
enum FootGeometry {
    /// The ball of the foot (metatarsal heads), the pivot of toe contact and push-off.
    static let ball = SIMD3<Double>(0.17, 0, 0)
    /// The foot sensor on the instep.
    static let instep = SIMD3<Double>(0.12, 0, 0.07)
    /// The ankle joint centre.
    static let ankle = SIMD3<Double>(0.05, 0, 0.08)
    /// Distance of the shank sensor above the ankle along the tibia.
    static let shankSensorHeight = 0.15
}
