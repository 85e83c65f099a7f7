internal import CLAPACKE

/// Linear least squares: the `x` that minimises `‖A x − b‖₂` for a tall matrix `A` of full column rank.
///
/// Solved with LAPACK's column-pivoted QR driver (`LAPACKE_dgelsy`) in `Double`, so it never forms
/// the normal equations (`AᵀA`, whose condition number is that of `A` squared), and it measures the
/// numerical rank: columns that are dependent up to rounding are reported, not silently solved.
///
/// ```swift
/// // Fit y = a + b·t through (0, 1), (1, 3), (2, 4): a = 7/6, b = 3/2.
/// let fit = try LeastSquares.solve(rows: [[1, 0], [1, 1], [1, 2]], targets: [1, 3, 4])
/// ```
public enum LeastSquares {
    /// Reciprocal condition number below which `A` counts as rank-deficient.
    public static let rankTolerance = 1e-12

    /// The least-squares solution of `rows · x ≈ targets`.
    ///
    /// - Parameters:
    ///   - rows: the matrix `A`, one array per row, every row of the same length `n ≥ 1`.
    ///   - targets: the right-hand side `b`, one value per row.
    /// - Returns: the `n` coefficients `x`.
    /// - Throws: ``LeastSquaresError`` for no columns, ragged rows, fewer rows than columns, a
    ///   target count that differs from the row count, non-finite input, or a rank-deficient `A`.
    /// - Complexity: O(m n²) for m rows and n columns.
    public static func solve(rows: [[Double]], targets: [Double]) throws(LeastSquaresError) -> [Double] {
        let columns = rows.first?.count ?? 0
        guard columns > 0 else { throw .noColumns }
        guard rows.count == targets.count else { throw .mismatchedTargets(rows: rows.count, targets: targets.count) }
        guard rows.count >= columns else { throw .underdetermined(rows: rows.count, columns: columns) }
        var matrix: [Double] = []
        matrix.reserveCapacity(rows.count * columns)
        for (index, row) in rows.enumerated() {
            guard row.count == columns else { throw .raggedRow(index: index, count: row.count, expected: columns) }
            matrix.append(contentsOf: row)
        }
        guard matrix.allSatisfy(\.isFinite), targets.allSatisfy(\.isFinite) else { throw .nonFiniteData }
        var rightHandSide = targets
        var pivots = [Int32](repeating: 0, count: columns)
        var rank: Int32 = 0
        let info = matrix.withUnsafeMutableBufferPointer { a in
            rightHandSide.withUnsafeMutableBufferPointer { b in
                pivots.withUnsafeMutableBufferPointer { jpvt in
                    LAPACKE_dgelsy(
                        LAPACK_ROW_MAJOR, Int32(rows.count), Int32(columns), 1, a.baseAddress, Int32(columns),
                        b.baseAddress, 1, jpvt.baseAddress, rankTolerance, &rank)
                }
            }
        }
        guard info == 0 else { throw .solverFailed(info: Int(info)) }
        guard rank == columns else { throw .rankDeficient }
        return Array(rightHandSide.prefix(columns))
    }
}

/// Why a least-squares problem could not be solved.
public enum LeastSquaresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The matrix has no columns (or no rows at all).
    case noColumns
    /// A row's length differs from the first row's.
    case raggedRow(index: Int, count: Int, expected: Int)
    /// The number of targets differs from the number of rows.
    case mismatchedTargets(rows: Int, targets: Int)
    /// Fewer rows than columns: the solution is not unique.
    case underdetermined(rows: Int, columns: Int)
    /// The matrix or the targets contain NaN or infinity.
    case nonFiniteData
    /// The columns are linearly dependent, so no unique solution exists.
    case rankDeficient
    /// LAPACK reported an illegal argument (its `info` code).
    case solverFailed(info: Int)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .noColumns: "least squares needs a matrix with at least one column"
        case let .raggedRow(index, count, expected): "least-squares row \(index) has \(count) values, expected \(expected)"
        case let .mismatchedTargets(rows, targets): "least squares got \(rows) rows but \(targets) targets"
        case let .underdetermined(rows, columns): "least squares needs at least as many rows as columns (\(rows) < \(columns))"
        case .nonFiniteData: "least-squares input contains NaN or infinite values"
        case .rankDeficient: "least-squares matrix is rank-deficient (linearly dependent columns)"
        case .solverFailed(let info): "LAPACKE_dgelsy failed with info = \(info)"
        }
    }
}
