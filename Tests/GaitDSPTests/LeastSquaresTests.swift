import GaitDSP
import Testing

@Suite("Least squares (LAPACKE_dgels)")
struct LeastSquaresTests {
    @Test("Line through (0, 1), (1, 3), (2, 4): intercept 7/6, slope 3/2 (normal equations by hand)")
    func lineFit() throws {
        let fit = try LeastSquares.solve(rows: [[1, 0], [1, 1], [1, 2]], targets: [1, 3, 4])
        #expect(fit.count == 2)
        #expect(abs(fit[0] - 7.0 / 6.0) < 1e-12)
        #expect(abs(fit[1] - 1.5) < 1e-12)
    }

    @Test("A square, well-conditioned system is solved exactly")
    func squareSystem() throws {
        // x = (1, −2, 3): b = A x.
        let rows: [[Double]] = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
        let fit = try LeastSquares.solve(rows: rows, targets: [0, -2, 10])
        for (value, expected) in zip(fit, [1.0, -2, 3]) { #expect(abs(value - expected) < 1e-12) }
    }

    @Test("The residual of a tall fit is orthogonal to every column")
    func residualIsOrthogonal() throws {
        let rows: [[Double]] = (0..<20).map { i in [1, Double(i), Double(i * i % 7)] }
        let targets: [Double] = (0..<20).map { i in Double((i * 37) % 11) - 3 }
        let fit = try LeastSquares.solve(rows: rows, targets: targets)
        let residual = zip(rows, targets).map { row, target in target - zip(row, fit).reduce(0) { $0 + $1.0 * $1.1 } }
        for column in 0..<3 {
            let dot = zip(rows, residual).reduce(0) { $0 + $1.0[column] * $1.1 }
            #expect(abs(dot) < 1e-9)
        }
    }

    @Test("Bad shapes, non-finite values and dependent columns give typed errors")
    func errors() {
        #expect(throws: LeastSquaresError.noColumns) { try LeastSquares.solve(rows: [], targets: []) }
        #expect(throws: LeastSquaresError.mismatchedTargets(rows: 2, targets: 1)) {
            try LeastSquares.solve(rows: [[1], [2]], targets: [1])
        }
        #expect(throws: LeastSquaresError.underdetermined(rows: 1, columns: 2)) {
            try LeastSquares.solve(rows: [[1, 2]], targets: [1])
        }
        #expect(throws: LeastSquaresError.raggedRow(index: 1, count: 1, expected: 2)) {
            try LeastSquares.solve(rows: [[1, 2], [1], [3, 4]], targets: [1, 2, 3])
        }
        #expect(throws: LeastSquaresError.nonFiniteData) {
            try LeastSquares.solve(rows: [[1], [.nan]], targets: [1, 2])
        }
        #expect(throws: LeastSquaresError.rankDeficient) {
            try LeastSquares.solve(rows: [[1, 2], [2, 4], [3, 6]], targets: [1, 2, 3])
        }
    }
}
