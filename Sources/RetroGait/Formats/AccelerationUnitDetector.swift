/// Tells g from m/s² by the size of gravity in the data.
///
/// A body-worn accelerometer at rest reads 1 g (9.81 m/s²). Moving, its magnitude can average 2–3 g
/// (a foot swinging through a run), so the median magnitude is no guide. Over a whole recording,
/// though, the body's own accelerations average out and the mean acceleration vector is gravity —
/// a little shorter when the sensor tilts back and forth (a foot, a wrist). That length decides. If it
/// is ambiguous (little data, a sensor that turned over), the median magnitude of the stillest tenth of
/// short blocks (stance, standing) is tried next.
enum AccelerationUnitDetector {
    /// Gravity estimates in this range are read as g.
    static let standardGravityRange = 0.5...1.6
    /// Gravity estimates in this range are read as m/s².
    static let metersPerSecondSquaredRange = 4.9...15.7
    /// Samples per block.
    static let blockLength = 8

    /// The unit the data is most plausibly in. O(n).
    static func detect(x: [Float], y: [Float], z: [Float], file: String) throws(FileReadError) -> AccelerationUnit {
        let count = min(x.count, y.count, z.count)
        guard count > 0 else { throw FileReadError(file: file, reason: .noData) }
        let averaged = meanVectorLength(x: x, y: y, z: z, count: count)
        for gravity in [averaged, stillestMagnitude(x: x, y: y, z: z, count: count)] {
            if standardGravityRange.contains(gravity) { return .standardGravity }
            if metersPerSecondSquaredRange.contains(gravity) { return .metersPerSecondSquared }
        }
        throw FileReadError(file: file, reason: .ambiguousAccelerationUnit(medianMagnitude: averaged))
    }

    /// The length of the mean acceleration vector.
    private static func meanVectorLength(x: [Float], y: [Float], z: [Float], count: Int) -> Double {
        var (sumX, sumY, sumZ) = (0.0, 0.0, 0.0)
        for i in 0..<count {
            sumX += Double(x[i])
            sumY += Double(y[i])
            sumZ += Double(z[i])
        }
        let n = Double(count)
        return ((sumX * sumX + sumY * sumY + sumZ * sumZ) / (n * n)).squareRoot()
    }

    /// The median block-mean magnitude of the 10 % of blocks with the least variance.
    private static func stillestMagnitude(x: [Float], y: [Float], z: [Float], count: Int) -> Double {
        func magnitude(_ i: Int) -> Double {
            let (a, b, c) = (Double(x[i]), Double(y[i]), Double(z[i]))
            return (a * a + b * b + c * c).squareRoot()
        }
        let length = min(blockLength, count)
        let blockCount = count / length
        let step = max(1, blockCount / 4000)
        var blocks: [(variance: Double, mean: Double)] = []
        for block in Swift.stride(from: 0, to: blockCount, by: step) {
            var sum = 0.0
            var sumOfSquares = 0.0
            for i in (block * length)..<(block * length + length) {
                let value = magnitude(i)
                sum += value
                sumOfSquares += value * value
            }
            let mean = sum / Double(length)
            blocks.append((max(0, sumOfSquares / Double(length) - mean * mean), mean))
        }
        blocks.sort { $0.variance < $1.variance }
        let stillest = blocks.prefix(max(1, blocks.count / 10)).map(\.mean).sorted()
        return stillest[stillest.count / 2]
    }
}
