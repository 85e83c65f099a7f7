import Foundation

/// Sums and means of a three-axis signal over sample ranges, as `SIMD3<Float>` vectors.
///
/// The classifiers work on vectors in the sensor frame (a travel direction, a front direction, the
/// up direction) and compare them by angle, so nothing depends on how the sensor is mounted.
struct VectorSignal {
    let x: [Float]
    let y: [Float]
    let z: [Float]

    init(_ signal: TriaxialSignal) {
        x = signal.x
        y = signal.y
        z = signal.z
    }

    var count: Int { min(x.count, y.count, z.count) }

    subscript(index: Int) -> SIMD3<Float> { SIMD3(x[index], y[index], z[index]) }

    /// The mean vector over `range` (clamped to the signal), zero for an empty range.
    func mean(_ range: Range<Int>) -> SIMD3<Float> {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard upper > lower else { return .zero }
        var sum = SIMD3<Double>.zero
        for i in lower..<upper { sum += SIMD3<Double>(Double(x[i]), Double(y[i]), Double(z[i])) }
        return SIMD3<Float>(sum / Double(upper - lower))
    }
}

/// Small vector helpers for direction reasoning.
enum Vector3 {
    static func dot(_ a: SIMD3<Float>, _ b: SIMD3<Float>) -> Float { (a * b).sum() }

    static func length(_ a: SIMD3<Float>) -> Float { dot(a, a).squareRoot() }

    /// `a / |a|`, or `nil` for a (near) zero vector.
    static func unit(_ a: SIMD3<Float>) -> SIMD3<Float>? {
        let n = length(a)
        return n > 1e-6 ? a / n : nil
    }

    static func cross(_ a: SIMD3<Float>, _ b: SIMD3<Float>) -> SIMD3<Float> {
        SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
    }

    /// The part of `a` perpendicular to the unit vector `up` (its horizontal part).
    static func horizontal(_ a: SIMD3<Float>, up: SIMD3<Float>) -> SIMD3<Float> {
        a - dot(a, up) * up
    }

    /// The angle between two vectors in degrees (0 when either is zero).
    static func angleDegrees(_ a: SIMD3<Float>, _ b: SIMD3<Float>) -> Float {
        guard let u = unit(a), let v = unit(b) else { return 0 }
        return acos(min(1, max(-1, dot(u, v)))) * 180 / .pi
    }
}
