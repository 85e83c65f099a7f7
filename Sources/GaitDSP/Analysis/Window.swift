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
    ///
    /// The cosines of the first half come from a rotation recurrence in `Double` (Numerical Recipes
    /// §5.4: `cos` and `sin` of one step, then two multiply-adds a sample), and the second half is the
    /// first mirrored, so the window is exactly symmetric. The recurrence's rounding grows by about one
    /// `Double` ulp a step: after half a million steps (a 2²⁰-point window) it is near 10⁻¹⁰, far below
    /// the `Float` result's own rounding (6·10⁻⁸), so a value differs from the rounded `cos` by at most
    /// one `Float` ulp.
    public static func hann(count: Int) -> [Float] {
        guard count > 1 else { return count == 1 ? [1] : [] }
        let step = 2 * Double.pi / Double(count - 1)
        let halfStepSine = sin(0.5 * step)
        // cos(θ + δ) = cos θ − (α cos θ + β sin θ), sin(θ + δ) = sin θ − (α sin θ − β cos θ), α = 2 sin²(δ/2).
        let (alpha, beta) = (2 * halfStepSine * halfStepSine, sin(step))
        return [Float](unsafeUninitializedCapacity: count) { window, initialized in
            var (cosine, sine) = (1.0, 0.0)
            for index in 0...((count - 1) / 2) {
                let value = Float(0.5 - 0.5 * cosine)
                window[index] = value
                window[count - 1 - index] = value
                (cosine, sine) = (cosine - (alpha * cosine + beta * sine), sine - (alpha * sine - beta * cosine))
            }
            initialized = count
        }
    }
}
