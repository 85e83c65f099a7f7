internal import CLAPACKE

/// Principal component analysis of tri-axial data.
public enum PrincipalComponentAnalysis {
    /// Principal axes of the points `(x[i], y[i], z[i])`.
    ///
    /// Computes the sample covariance (divisor `n − 1`) of the mean-removed data in `Double`, then its
    /// eigen-decomposition with LAPACK's symmetric solver (`LAPACKE_dsyev`).
    ///
    /// - Throws: ``PrincipalComponentAnalysisError`` for fewer than 2 samples, mismatched lengths,
    ///   non-finite data or a solver failure.
    /// - Complexity: O(n) (two passes), no per-sample allocation.
    public static func analyze(
        x: [Float], y: [Float], z: [Float]
    ) throws(PrincipalComponentAnalysisError) -> PrincipalAxes {
        guard x.count == y.count, y.count == z.count else {
            throw .mismatchedLengths(x: x.count, y: y.count, z: z.count)
        }
        let count = x.count
        guard count >= 2 else { throw .insufficientSamples(count) }

        var sum = SIMD3<Double>.zero
        for i in 0..<count { sum += SIMD3(Double(x[i]), Double(y[i]), Double(z[i])) }
        let mean = sum / Double(count)
        guard mean.x.isFinite, mean.y.isFinite, mean.z.isFinite else {
            throw .nonFiniteData
        }
        var diagonal = SIMD3<Double>.zero
        var offDiagonal = SIMD3<Double>.zero  // xy, xz, yz
        for i in 0..<count {
            let d = SIMD3(Double(x[i]), Double(y[i]), Double(z[i])) - mean
            diagonal += d * d
            offDiagonal += SIMD3(d.x * d.y, d.x * d.z, d.y * d.z)
        }
        let scale = 1 / Double(count - 1)
        diagonal *= scale
        offDiagonal *= scale

        // Row-major symmetric matrix; dsyev overwrites it with the eigenvectors (one per column).
        var matrix: [Double] = [
            diagonal.x, offDiagonal.x, offDiagonal.y,
            offDiagonal.x, diagonal.y, offDiagonal.z,
            offDiagonal.y, offDiagonal.z, diagonal.z,
        ]
        var eigenvalues = [Double](repeating: 0, count: 3)
        let info = matrix.withUnsafeMutableBufferPointer { a in
            eigenvalues.withUnsafeMutableBufferPointer { w in
                LAPACKE_dsyev(
                    LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "U")),
                    3, a.baseAddress, 3, w.baseAddress)
            }
        }
        guard info == 0 else { throw .eigenSolverFailed(info: Int(info)) }

        // LAPACK returns ascending eigenvalues; report them descending.
        var axes: [SIMD3<Double>] = []
        for column in stride(from: 2, through: 0, by: -1) {
            var axis = SIMD3(matrix[column], matrix[3 + column], matrix[6 + column])
            axis /= (axis * axis).sum().squareRoot()
            let magnitudes = SIMD3(abs(axis.x), abs(axis.y), abs(axis.z))
            let dominant = magnitudes.x >= magnitudes.y
                ? (magnitudes.x >= magnitudes.z ? axis.x : axis.z)
                : (magnitudes.y >= magnitudes.z ? axis.y : axis.z)
            if dominant < 0 { axis = -axis }
            axes.append(axis)
        }
        let variances = SIMD3(max(eigenvalues[2], 0), max(eigenvalues[1], 0), max(eigenvalues[0], 0))
        return PrincipalAxes(variances: variances, axes: axes)
    }
}
