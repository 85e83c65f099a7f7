#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A digital or analogue transfer function as zeros, poles and a real gain (internal design step).
struct ZeroPoleGain {
    var zeros: [ComplexNumber]
    var poles: [ComplexNumber]
    var gain: Double

    /// Analogue Butterworth prototype of `order`: unit cutoff, no zeros, poles on the left half circle
    /// (`−e^(iπ m / 2N)` for `m = −N+1, −N+3, …, N−1`, as SciPy's `buttap`).
    static func butterworthPrototype(order: Int) -> ZeroPoleGain {
        let poles = stride(from: -order + 1, through: order - 1, by: 2).map { m in
            -ComplexNumber.unit(angle: Double.pi * Double(m) / Double(2 * order))
        }
        return ZeroPoleGain(zeros: [], poles: poles, gain: 1)
    }

    private var relativeDegree: Int { poles.count - zeros.count }

    /// Low-pass → low-pass with cutoff `omega` (rad/s).
    func lowPass(omega: Double) -> ZeroPoleGain {
        ZeroPoleGain(
            zeros: zeros.map { $0 * omega }, poles: poles.map { $0 * omega },
            gain: gain * pow(omega, Double(relativeDegree)))
    }

    /// Low-pass → high-pass with cutoff `omega` (rad/s).
    func highPass(omega: Double) -> ZeroPoleGain {
        let w = ComplexNumber(omega)
        let numerator = zeros.reduce(ComplexNumber.one) { $0 * -$1 }
        let denominator = poles.reduce(ComplexNumber.one) { $0 * -$1 }
        return ZeroPoleGain(
            zeros: zeros.map { w / $0 } + Array(repeating: .zero, count: relativeDegree),
            poles: poles.map { w / $0 },
            gain: gain * (numerator / denominator).re)
    }

    /// Low-pass → band-pass centred at `centre` rad/s with bandwidth `bandwidth` rad/s.
    func bandPass(centre: Double, bandwidth: Double) -> ZeroPoleGain {
        func transform(_ roots: [ComplexNumber]) -> [ComplexNumber] {
            let scaled = roots.map { $0 * (bandwidth / 2) }
            let offsets = scaled.map { ($0 * $0 - ComplexNumber(centre * centre)).squareRoot }
            return zip(scaled, offsets).map { $0 + $1 } + zip(scaled, offsets).map { $0 - $1 }
        }
        return ZeroPoleGain(
            zeros: transform(zeros) + Array(repeating: .zero, count: relativeDegree),
            poles: transform(poles),
            gain: gain * pow(bandwidth, Double(relativeDegree)))
    }

    /// Bilinear transform `s = 2·fs·(z − 1)/(z + 1)`; zeros at infinity map to `z = −1`.
    func bilinear(sampleRate fs: Double) -> ZeroPoleGain {
        let twice = ComplexNumber(2 * fs)
        let numerator = zeros.reduce(ComplexNumber.one) { $0 * (twice - $1) }
        let denominator = poles.reduce(ComplexNumber.one) { $0 * (twice - $1) }
        return ZeroPoleGain(
            zeros: zeros.map { (twice + $0) / (twice - $0) }
                + Array(repeating: ComplexNumber(-1), count: relativeDegree),
            poles: poles.map { (twice + $0) / (twice - $0) },
            gain: gain * (numerator / denominator).re)
    }
}
