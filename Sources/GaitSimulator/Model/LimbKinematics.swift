/// Acceleration of one point of a limb and the angle and angular rate of one of its segments.
struct LimbKinematics {
    /// m/s², travel frame.
    var acceleration: SIMD3<Double>
    /// Radians.
    var angle: Double
    /// Radians per second.
    var rate: Double
}

extension LimbTrajectory {
    /// Central-difference kinematics at `time` on the segment's own formula, cross-faded from the
    /// previous segment's final state during the blend after a segment start (see ``blend(at:)``).
    func kinematics(
        at time: Double, point: (LimbPose) -> SIMD3<Double>, angle: (LimbPose) -> Double
    ) -> LimbKinematics {
        let (current, previous, weight) = blend(at: time)
        let now = Self.kinematics(of: current, at: time, point: point, angle: angle)
        guard let previous else { return now }
        // Hold the previous segment's last state rather than extrapolating its polynomial.
        let before = Self.kinematics(of: previous, at: current.start - differenceStep, point: point, angle: angle)
        return LimbKinematics(
            acceleration: weight * now.acceleration + (1 - weight) * before.acceleration,
            angle: weight * now.angle + (1 - weight) * before.angle,
            rate: weight * now.rate + (1 - weight) * before.rate)
    }

    private static func kinematics(
        of segment: LimbSegment, at time: Double, point: (LimbPose) -> SIMD3<Double>, angle: (LimbPose) -> Double
    ) -> LimbKinematics {
        let h = differenceStep
        let (a, b, c) = (segment.pose(at: time - h), segment.pose(at: time), segment.pose(at: time + h))
        return LimbKinematics(
            acceleration: (point(c) - 2 * point(b) + point(a)) / (h * h),
            angle: angle(b),
            rate: (angle(c) - angle(a)) / (2 * h))
    }
}
