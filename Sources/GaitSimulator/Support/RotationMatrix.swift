import Foundation

/// A 3 × 3 rotation matrix, stored by rows.
///
/// The simulator uses it for the sensor mounting: the rows are the sensor's axes expressed in the body
/// segment's frame, so a vector `v` given in the segment frame reads as `mounting.apply(v)` in the
/// sensor frame, and `mounting.transposed.apply(reading)` takes a reading back to the segment frame.
public struct RotationMatrix: Sendable, Equatable, Hashable {
    /// The three rows.
    public var row0, row1, row2: SIMD3<Double>

    /// Creates a matrix from rows (not checked to be orthonormal).
    public init(rows row0: SIMD3<Double>, _ row1: SIMD3<Double>, _ row2: SIMD3<Double>) {
        self.row0 = row0
        self.row1 = row1
        self.row2 = row2
    }

    /// The identity.
    public static let identity = RotationMatrix(rows: [1, 0, 0], [0, 1, 0], [0, 0, 1])

    /// The product `M v`.
    public func apply(_ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((row0 * v).sum(), (row1 * v).sum(), (row2 * v).sum())
    }

    /// The transpose, which for a rotation is the inverse.
    public var transposed: RotationMatrix {
        RotationMatrix(
            rows: [row0.x, row1.x, row2.x],
            [row0.y, row1.y, row2.y],
            [row0.z, row1.z, row2.z])
    }

    /// The product `self * other`.
    public func multiplied(by other: RotationMatrix) -> RotationMatrix {
        let t = other.transposed
        return RotationMatrix(
            rows: SIMD3((row0 * t.row0).sum(), (row0 * t.row1).sum(), (row0 * t.row2).sum()),
            SIMD3((row1 * t.row0).sum(), (row1 * t.row1).sum(), (row1 * t.row2).sum()),
            SIMD3((row2 * t.row0).sum(), (row2 * t.row1).sum(), (row2 * t.row2).sum()))
    }

    /// The rotation by `angle` radians about the unit vector `axis` (Rodrigues' formula).
    public init(axis: SIMD3<Double>, angle: Double) {
        let n = axis / (axis * axis).sum().squareRoot()
        let (c, s) = (cos(angle), sin(angle))
        let k = 1 - c
        self.init(
            rows: [c + n.x * n.x * k, n.x * n.y * k - n.z * s, n.x * n.z * k + n.y * s],
            [n.y * n.x * k + n.z * s, c + n.y * n.y * k, n.y * n.z * k - n.x * s],
            [n.z * n.x * k - n.y * s, n.z * n.y * k + n.x * s, c + n.z * n.z * k])
    }

    /// Roll about x, then pitch about y, then yaw about z (angles in degrees): `Rz · Ry · Rx`.
    public init(rollDegrees roll: Double, pitchDegrees pitch: Double, yawDegrees yaw: Double) {
        let r = RotationMatrix(axis: [1, 0, 0], angle: roll * .pi / 180)
        let p = RotationMatrix(axis: [0, 1, 0], angle: pitch * .pi / 180)
        let y = RotationMatrix(axis: [0, 0, 1], angle: yaw * .pi / 180)
        self = y.multiplied(by: p).multiplied(by: r)
    }
}
