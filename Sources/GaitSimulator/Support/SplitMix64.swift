import Foundation

/// A small, seeded pseudo-random generator (SplitMix64) with uniform and Gaussian draws.
///
/// The simulator never uses the system generator: every random choice comes from one of these,
/// derived from the user's seed and a per-purpose salt, so a seed reproduces a recording bit for bit
/// and switching one feature on (say, gaps) does not reshuffle the others (say, the noise).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator for `seed`, decorrelated by `salt` from the generators of other purposes.
    init(seed: UInt64, salt: UInt64 = 0) {
        state = seed ^ (salt &* 0xD6E8_FEB8_6659_FD93)
        // Warm up so nearby seeds start far apart.
        _ = next()
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw in [0, 1) with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw in `range`.
    mutating func uniform(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A standard normal draw (Box–Muller; the second value of each pair is discarded for simplicity).
    mutating func gaussian() -> Double {
        let u1 = 1 - uniform()  // (0, 1], never log(0)
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

/// The purposes that get their own random stream.
enum RandomStream: UInt64 {
    case contacts = 1, sensorNoise = 2, bias = 3, mounting = 4, gaps = 5, jitter = 6, posture = 7
}
