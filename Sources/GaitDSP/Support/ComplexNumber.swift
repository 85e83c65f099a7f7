#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Minimal double-precision complex arithmetic for filter design (internal; not a general-purpose type).
struct ComplexNumber: Equatable, Sendable {
    var re: Double
    var im: Double

    init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    static let zero = ComplexNumber(0)
    static let one = ComplexNumber(1)

    var conjugate: ComplexNumber { ComplexNumber(re, -im) }
    var magnitude: Double { (re * re + im * im).squareRoot() }

    static func + (l: ComplexNumber, r: ComplexNumber) -> ComplexNumber { ComplexNumber(l.re + r.re, l.im + r.im) }
    static func - (l: ComplexNumber, r: ComplexNumber) -> ComplexNumber { ComplexNumber(l.re - r.re, l.im - r.im) }
    static prefix func - (z: ComplexNumber) -> ComplexNumber { ComplexNumber(-z.re, -z.im) }

    static func * (l: ComplexNumber, r: ComplexNumber) -> ComplexNumber {
        ComplexNumber(l.re * r.re - l.im * r.im, l.re * r.im + l.im * r.re)
    }

    static func * (l: ComplexNumber, r: Double) -> ComplexNumber { ComplexNumber(l.re * r, l.im * r) }

    static func / (l: ComplexNumber, r: ComplexNumber) -> ComplexNumber {
        // Smith's algorithm keeps the quotient accurate when |r.re| and |r.im| differ widely.
        if abs(r.re) >= abs(r.im) {
            let ratio = r.im / r.re
            let denominator = r.re + r.im * ratio
            return ComplexNumber((l.re + l.im * ratio) / denominator, (l.im - l.re * ratio) / denominator)
        } else {
            let ratio = r.re / r.im
            let denominator = r.re * ratio + r.im
            return ComplexNumber((l.re * ratio + l.im) / denominator, (l.im * ratio - l.re) / denominator)
        }
    }

    /// Principal square root.
    var squareRoot: ComplexNumber {
        let m = magnitude
        if m == 0 { return .zero }
        let real = ((m + re) / 2).squareRoot()
        let imag = ((m - re) / 2).squareRoot()
        return ComplexNumber(real, im < 0 ? -imag : imag)
    }

    /// `e^(iθ)`.
    static func unit(angle: Double) -> ComplexNumber {
        ComplexNumber(cos(angle), sin(angle))
    }
}
