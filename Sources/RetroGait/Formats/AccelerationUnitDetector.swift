/// Tells g from m/s² by the median magnitude of the acceleration: a body-worn accelerometer spends
/// most of its time near 1 g (9.81 m/s²) whatever the activity.
enum AccelerationUnitDetector {
    /// Median magnitudes in this range are read as g.
    static let standardGravityRange = 0.6...1.6
    /// Median magnitudes in this range are read as m/s².
    static let metersPerSecondSquaredRange = 5.9...15.7

    /// The unit the data is most plausibly in. Looks at up to 20 000 evenly spread samples: O(1) in file length beyond that.
    static func detect(x: [Float], y: [Float], z: [Float], file: String) throws(FileReadError) -> AccelerationUnit {
        let count = min(x.count, y.count, z.count)
        guard count > 0 else { throw FileReadError(file: file, reason: .noData) }
        let stride = max(1, count / 20_000)
        var magnitudes: [Double] = []
        magnitudes.reserveCapacity(count / stride + 1)
        for index in Swift.stride(from: 0, to: count, by: stride) {
            let (a, b, c) = (Double(x[index]), Double(y[index]), Double(z[index]))
            magnitudes.append((a * a + b * b + c * c).squareRoot())
        }
        magnitudes.sort()
        let median = magnitudes[magnitudes.count / 2]
        if standardGravityRange.contains(median) { return .standardGravity }
        if metersPerSecondSquaredRange.contains(median) { return .metersPerSecondSquared }
        throw FileReadError(file: file, reason: .ambiguousAccelerationUnit(medianMagnitude: median))
    }
}
