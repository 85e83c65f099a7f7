/// Conversion of a digital zero-pole-gain description into second-order sections.
///
/// Follows the "nearest" pairing strategy of SciPy's `zpk2sos`, so designs come out in the same order
/// with the same coefficients: the pole closest to the unit circle is paired with its conjugate and
/// the nearest zeros, and such "worst" sections go last; the overall gain multiplies the first
/// section's numerator.
enum SectionPairing {
    /// Relative tolerance under which a root counts as real (SciPy's `_cplxreal` uses 100·ε).
    private static let realTolerance = 100 * Double.ulpOfOne

    static func sections(from design: ZeroPoleGain) -> [Biquad] {
        var zeros = design.zeros
        var poles = design.poles
        if zeros.count < poles.count { zeros += Array(repeating: .zero, count: poles.count - zeros.count) }
        if poles.count < zeros.count { poles += Array(repeating: .zero, count: zeros.count - poles.count) }
        let sectionCount = (poles.count + 1) / 2
        if poles.count % 2 == 1 {
            poles.append(.zero)
            zeros.append(.zero)
        }
        zeros = canonical(zeros)
        poles = canonical(poles)

        var result = [Biquad](repeating: Biquad(b0: 1, b1: 0, b2: 0, a1: 0, a2: 0), count: sectionCount)
        for index in stride(from: sectionCount - 1, through: 0, by: -1) {
            let p1 = poles.remove(at: worstIndex(poles, among: poles.indices))
            let realPoles = poles.indices.filter { poles[$0].im == 0 }
            if p1.im == 0 && realPoles.isEmpty {
                let z1 = zeros.remove(at: nearestIndex(zeros, to: p1, onlyReal: true)!)
                result[index] = section(zeros: [z1, .zero], poles: [p1, .zero])
                continue
            }
            let p2: ComplexNumber
            if p1.im == 0 {
                p2 = poles.remove(at: worstIndex(poles, among: realPoles))
            } else {
                p2 = p1.conjugate
            }
            guard !zeros.isEmpty else {
                result[index] = section(zeros: [], poles: [p1, p2])
                continue
            }
            let z1 = zeros.remove(at: nearestIndex(zeros, to: p1, onlyReal: false)!)
            if z1.im != 0 {
                result[index] = section(zeros: [z1, z1.conjugate], poles: [p1, p2])
            } else if let z2Index = nearestIndex(zeros, to: p1, onlyReal: true) {
                let z2 = zeros.remove(at: z2Index)
                result[index] = section(zeros: [z1, z2], poles: [p1, p2])
            } else {
                result[index] = section(zeros: [z1], poles: [p1, p2])
            }
        }
        result[0].b0 *= design.gain
        result[0].b1 *= design.gain
        result[0].b2 *= design.gain
        return result
    }

    /// Keeps one representative (positive imaginary part) per conjugate pair, sorted by real part,
    /// followed by the real roots (imaginary part forced to 0) in ascending order.
    private static func canonical(_ roots: [ComplexNumber]) -> [ComplexNumber] {
        var complexRoots: [ComplexNumber] = []
        var realRoots: [Double] = []
        for root in roots {
            if abs(root.im) <= realTolerance * root.magnitude {
                realRoots.append(root.re)
            } else if root.im > 0 {
                complexRoots.append(root)
            }
        }
        complexRoots.sort { ($0.re, $0.im) < ($1.re, $1.im) }
        return complexRoots + realRoots.sorted().map { ComplexNumber($0) }
    }

    /// Index (within `candidates`) of the root closest to the unit circle; first one on ties.
    private static func worstIndex(_ roots: [ComplexNumber], among candidates: some Collection<Int>) -> Int {
        var best = candidates.first!
        for candidate in candidates where abs(1 - roots[candidate].magnitude) < abs(1 - roots[best].magnitude) {
            best = candidate
        }
        return best
    }

    /// Index of the root nearest to `target`, optionally restricted to real roots; first one on ties.
    private static func nearestIndex(_ roots: [ComplexNumber], to target: ComplexNumber, onlyReal: Bool) -> Int? {
        var best: Int?
        for index in roots.indices where !onlyReal || roots[index].im == 0 {
            if let current = best, (roots[index] - target).magnitude >= (roots[current] - target).magnitude {
                continue
            }
            best = index
        }
        return best
    }

    /// Polynomial coefficients of one section, right-aligned like SciPy's `_single_zpksos`.
    private static func section(zeros: [ComplexNumber], poles: [ComplexNumber]) -> Biquad {
        let b = rightAligned(polynomial(zeros))
        let a = rightAligned(polynomial(poles))
        return Biquad(b0: b[0] / a[0], b1: b[1] / a[0], b2: b[2] / a[0], a1: a[1] / a[0], a2: a[2] / a[0])
    }

    /// Real coefficients (highest power first) of `∏ (x − rᵢ)`.
    private static func polynomial(_ roots: [ComplexNumber]) -> [Double] {
        var coefficients = [ComplexNumber.one]
        for root in roots {
            var next = coefficients + [.zero]
            for index in 1..<next.count { next[index] = next[index] - coefficients[index - 1] * root }
            coefficients = next
        }
        return coefficients.map(\.re)
    }

    private static func rightAligned(_ coefficients: [Double]) -> [Double] {
        Array(repeating: 0, count: 3 - coefficients.count) + coefficients
    }
}
