/// How fast a foot turns, told by its accelerometer alone: the turning of the specific force's direction.
///
/// A foot at rest on the ground feels gravity alone, fixed in the sensor's frame for as long as the foot stays
/// flat. A swinging foot turns, and its specific force turns with it, even where its size passes through 1 g: just
/// after the toe-off the foot's pitch turns from the push-off's sense to the swing's at 150–400 deg/s while the
/// magnitude dips to about 1 g, a dip that the magnitude alone cannot tell from a stance. Zero-velocity detectors of
/// foot-mounted navigation systems without a gyroscope look at the whole specific-force vector for that reason, not
/// only at its size (Skog et al. 2010, IEEE Trans. Biomed. Eng. 57:2657, the acceleration moving-variance
/// detector). Here the turn is the angle between the specific force's mean directions over ``smoothingSeconds``
/// centred ``baselineSeconds`` apart, per second: gravity turning at ω turns it at ω. The foot's own linear
/// acceleration across gravity turns it too, so a stance is not at 0: measured at the stance centres of the
/// voisard2023 feet (root mean square over 80 ms), at most 106 deg/s, while the swing's dips taken for stances
/// turned at 163–408 deg/s.
enum SpecificForceTurn {
    /// The specific force is averaged over this long (s) on each side: the sensor's noise and the impacts' ringing
    /// are kept out of its direction.
    static let smoothingSeconds = 0.08
    /// The two averaged directions lie this far apart (s).
    static let baselineSeconds = 0.12

    /// The turn rate (rad/s) of the specific force's direction at each sample of `range`; near the signal's ends the
    /// means shrink to the samples there are.
    static func rates(_ acceleration: TriaxialSignal, range: Range<Int>, sampleRate: Double) -> [Float] {
        let count = min(acceleration.x.count, acceleration.y.count, acceleration.z.count)
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= count else { return [] }
        let width = max(1, Int((smoothingSeconds * sampleRate).rounded()))
        let half = max(1, Int((0.5 * baselineSeconds * sampleRate).rounded()))
        // The direction of the mean specific force over `width` samples centred on each sample from `half` before
        // the range to `half` after it (a running sum: added as the window's end passes a sample, taken off as its
        // start does), three floats per sample.
        let first = max(0, range.lowerBound - half)
        let last = min(count, range.upperBound + half)
        let span = last - first
        let directions = UnsafeMutableBufferPointer<Float>.allocate(capacity: 3 * span)
        defer { directions.deallocate() }
        acceleration.x.withUnsafeBufferPointer { x in
            acceleration.y.withUnsafeBufferPointer { y in
                acceleration.z.withUnsafeBufferPointer { z in
                    var (sumX, sumY, sumZ) = (0.0, 0.0, 0.0)
                    var added = max(0, first - width / 2)
                    var removed = added
                    for k in 0..<span {
                        let end = min(count, first + k - width / 2 + width)
                        while added < end {
                            sumX += Double(x[added])
                            sumY += Double(y[added])
                            sumZ += Double(z[added])
                            added += 1
                        }
                        while removed < first + k - width / 2 {
                            sumX -= Double(x[removed])
                            sumY -= Double(y[removed])
                            sumZ -= Double(z[removed])
                            removed += 1
                        }
                        let (meanX, meanY, meanZ) = (Float(sumX), Float(sumY), Float(sumZ))
                        let squared = meanX * meanX + meanY * meanY + meanZ * meanZ
                        let inverse = squared > 0 ? 1 / squared.squareRoot() : 0
                        directions[3 * k] = meanX * inverse
                        directions[3 * k + 1] = meanY * inverse
                        directions[3 * k + 2] = meanZ * inverse
                    }
                }
            }
        }
        let perSecond = Float(sampleRate) / Float(2 * half)
        let lower = range.lowerBound
        return [Float](unsafeUninitializedCapacity: range.count) { rates, initialized in
            for offset in 0..<range.count {
                let i = lower + offset
                let later = 3 * (min(i + half, last - 1) - first)
                let earlier = 3 * (max(i - half, first) - first)
                let dx = directions[later] - directions[earlier]
                let dy = directions[later + 1] - directions[earlier + 1]
                let dz = directions[later + 2] - directions[earlier + 2]
                // The chord between two unit vectors, 2 sin(θ / 2), is the angle θ within 1 % up to 28°.
                rates[offset] = (dx * dx + dy * dy + dz * dz).squareRoot() * perSecond
            }
            initialized = range.count
        }
    }
}
