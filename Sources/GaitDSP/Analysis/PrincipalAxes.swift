/// Principal axes of a 3-D point cloud.
public struct PrincipalAxes: Sendable, Equatable {
    /// Variances along the axes (eigenvalues of the covariance matrix, in the data's units²),
    /// in descending order.
    public let variances: SIMD3<Double>
    /// Unit eigenvectors, `axes[i]` belonging to `variances[i]`. Mutually orthogonal. Each sign is
    /// chosen so that the component with the largest magnitude is positive.
    public let axes: [SIMD3<Double>]

    /// Creates principal axes from variances and matching axes.
    public init(variances: SIMD3<Double>, axes: [SIMD3<Double>]) {
        precondition(axes.count == 3, "three axes expected")
        self.variances = variances
        self.axes = axes
    }
}

/// Why a principal component analysis failed.
public enum PrincipalComponentAnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Fewer than two samples, so the covariance is undefined.
    case insufficientSamples(Int)
    /// The x, y and z arrays do not have the same count.
    case mismatchedLengths(x: Int, y: Int, z: Int)
    /// The data contain NaN or infinity.
    case nonFiniteData
    /// LAPACK's symmetric eigen-solver reported a failure (its `info` code).
    case eigenSolverFailed(info: Int)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .insufficientSamples(let count): "PCA needs at least 2 samples, got \(count)"
        case .mismatchedLengths(let x, let y, let z): "PCA axes differ in length: x \(x), y \(y), z \(z)"
        case .nonFiniteData: "PCA input contains NaN or infinite values"
        case .eigenSolverFailed(let info): "LAPACKE_dsyev failed with info = \(info)"
        }
    }
}
