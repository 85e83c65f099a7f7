@testable import GaitDSP
import Testing

@Suite("Lane geometry")
struct LaneGeometryTests {
    private typealias Values = LaneKernelsTests.Values

    /// The three outputs of `measure`, as float bits.
    private static func measured(_ a: [SIMD4<Float>], _ b: [SIMD4<Float>], rate: Float, kernels: Bool) -> [[UInt32]] {
        var (norms, components, changes) = ([Float](repeating: -1, count: a.count), [Float](repeating: -1, count: a.count),
                                            [Float](repeating: -1, count: a.count))
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                norms.withUnsafeMutableBufferPointer { norms in
                    components.withUnsafeMutableBufferPointer { components in
                        changes.withUnsafeMutableBufferPointer { changes in
                            LaneGeometry.measure(a, along: b, rate: rate, norms: norms, components: components,
                                                 changes: changes, usingLaneKernels: kernels)
                        }
                    }
                }
            }
        }
        return [norms.map(\.bitPattern), components.map(\.bitPattern), changes.map(\.bitPattern)]
    }

    @Test("Lengths, the component along the other vector, and the change times the rate")
    func definition() {
        let a: [SIMD4<Float>] = [SIMD4(3, 4, 0, 9), SIMD4(3, 4, 12, -9), SIMD4(0, 0, 0, 0)]
        let b: [SIMD4<Float>] = [SIMD4(0, 0, 2, 5), SIMD4(0, 0, 0.0005, 0), SIMD4(1, 0, 0, 0)]
        let result = Self.measured(a, b, rate: 100, kernels: false).map { $0.map(Float.init(bitPattern:)) }
        #expect(result[0] == [5, 13, 0])
        #expect(result[1] == [0, 13, 0])  // |b| ≤ 0.001: the length of a
        #expect(result[2] == [0, 1200, 1300])
    }

    @Test("The AVX kernels give the Swift loop's floats bit for bit", .enabled(if: LaneKernels.isAvailable))
    func kernelsMatch() {
        var values = Values(state: 99)
        for count in [1, 2, 8, 9, 10, 16, 17, 33, 1000] {
            let a = (0..<count).map { _ in SIMD4(values.float(), values.float(), values.float(), values.float()) }
            var b = (0..<count).map { _ in SIMD4(values.float(), values.float(), values.float(), values.float()) }
            for index in stride(from: 0, to: count, by: 5) { b[index] = SIMD4(0.0004, 0.0005, 0.0006, 0) }
            for index in stride(from: 3, to: count, by: 7) { b[index] = .zero }
            #expect(Self.measured(a, b, rate: 100, kernels: true) == Self.measured(a, b, rate: 100, kernels: false))
        }
        var a = [SIMD4<Float>](repeating: SIMD4(1, 2, 3, 0), count: 20)
        a[9] = SIMD4(.nan, 1, 1, 0)
        a[12] = SIMD4(.infinity, 1, 1, 0)
        let b = [SIMD4<Float>](repeating: SIMD4(0, 0, 1, 0), count: 20)
        #expect(Self.measured(a, b, rate: 50, kernels: true) == Self.measured(a, b, rate: 50, kernels: false))
    }
}
