#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Tapering windows for spectral analysis.
public enum Window {
    /// Symmetric Hann window `w[i] = 0.5 − 0.5·cos(2π i / (count − 1))` (SciPy's
    /// `hann(count, sym=True)`); `[1]` for a single sample, `[]` for none. O(count).
    public static func hann(count: Int) -> [Float] {
        guard count > 1 else { return count == 1 ? [1] : [] }
        let step = 2 * Double.pi / Double(count - 1)
        return (0..<count).map { Float(0.5 - 0.5 * cos(step * Double($0))) }
    }
}
