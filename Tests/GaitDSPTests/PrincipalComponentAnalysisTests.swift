import Foundation
import GaitDSP
import Testing

@Suite("Principal component analysis")
struct PrincipalComponentAnalysisTests {
    @Test("Recovers known orthogonal axes and variances")
    func knownAxes() throws {
        // An orthonormal basis (a rotation of the standard one) and standard deviations 3, 2, 0.5.
        let u = SIMD3<Double>(2, 2, 1) / 3
        let v = SIMD3<Double>(-2, 1, 2) / 3
        let w = SIMD3<Double>(1, -2, 2) / 3
        // Exactly balanced coefficients: ±1 patterns so each axis has zero mean, unit variance
        // (divisor n − 1 handled below) and zero correlation with the others.
        let patterns: [SIMD3<Double>] = [
            [1, 1, 1], [1, 1, -1], [1, -1, 1], [1, -1, -1], [-1, 1, 1], [-1, 1, -1], [-1, -1, 1], [-1, -1, -1],
        ]
        let offset = SIMD3<Double>(0.3, -9.8, 1)
        var x: [Float] = [], y: [Float] = [], z: [Float] = []
        for c in patterns {
            let point = offset + 3 * c.x * u + 2 * c.y * v + 0.5 * c.z * w
            x.append(Float(point.x))
            y.append(Float(point.y))
            z.append(Float(point.z))
        }
        let result = try PrincipalComponentAnalysis.analyze(x: x, y: y, z: z)
        let n = Double(patterns.count)
        let expectedVariances = SIMD3<Double>(9, 4, 0.25) * n / (n - 1)
        for i in 0..<3 { #expect(abs(result.variances[i] - expectedVariances[i]) < 1e-5) }
        #expect(result.variances[0] >= result.variances[1] && result.variances[1] >= result.variances[2])
        for (axis, expected) in zip(result.axes, [u, v, w]) {
            #expect(abs(abs((axis * expected).sum()) - 1) < 1e-6)
        }
        for i in 0..<3 {
            #expect(abs((result.axes[i] * result.axes[i]).sum() - 1) < 1e-12)
            for j in (i + 1)..<3 { #expect(abs((result.axes[i] * result.axes[j]).sum()) < 1e-9) }
        }
        // Sign convention: the largest-magnitude component of each axis is positive.
        for axis in result.axes {
            let largest = [axis.x, axis.y, axis.z].max { abs($0) < abs($1) }!
            #expect(largest > 0)
        }
    }

    @Test("Errors for too few samples, mismatched lengths and non-finite data")
    func errors() {
        #expect(throws: PrincipalComponentAnalysisError.insufficientSamples(1)) {
            try PrincipalComponentAnalysis.analyze(x: [1], y: [2], z: [3])
        }
        #expect(throws: PrincipalComponentAnalysisError.mismatchedLengths(x: 2, y: 1, z: 2)) {
            try PrincipalComponentAnalysis.analyze(x: [1, 2], y: [2], z: [3, 4])
        }
        #expect(throws: PrincipalComponentAnalysisError.nonFiniteData) {
            try PrincipalComponentAnalysis.analyze(x: [1, .nan], y: [2, 3], z: [3, 4])
        }
    }
}
