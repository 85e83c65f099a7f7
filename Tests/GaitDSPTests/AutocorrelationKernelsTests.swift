import Foundation
@testable import GaitDSP
import Testing

/// The autocorrelation's loops in the AVX kernels against the portable Swift loops: the same values, bit
/// for bit.
@Suite("Autocorrelation kernels (AVX) equal the portable loops", .enabled(if: LaneKernels.isAvailable))
struct AutocorrelationKernelsTests {
    private typealias Values = LaneKernelsTests.Values

    private static func bits(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

    /// Autocorrelation with the kernels and without, as float bits.
    private static func correlations(_ signal: [Float], maxLag: Int, kernels: Bool) -> [UInt32] {
        var workspace = Autocorrelation.Workspace()
        var result: [Float] = []
        signal.withUnsafeBufferPointer {
            Autocorrelation.compute($0, maxLag: maxLag, into: &result, workspace: &workspace, usingLaneKernels: kernels)
        }
        return bits(result)
    }

    @Test("Autocorrelation: window lengths and lags, gait-like and wide-ranging samples")
    func autocorrelation() {
        var values = Values(state: 42)
        for count in [1, 2, 3, 7, 8, 9, 31, 125, 500, 501, 1000] {
            for maxLag in [0, 1, count / 2, count - 1, count + 3] {
                // Around 1 g with steps (the sum is provably exact and taken in lanes) ...
                var gait: [Float] = []
                for index in 0..<count {
                    let step = Float(1 + 0.4 * sin(0.2 * Double(index)))
                    gait.append(step + values.float() / Float(1 << 22))
                }
                #expect(Self.correlations(gait, maxLag: maxLag, kernels: true) == Self.correlations(gait, maxLag: maxLag, kernels: false))
                // ... and magnitudes 2⁻²⁰…2²⁰ side by side (it is not: the sum is taken in order).
                let wide = values.channel(count)
                #expect(Self.correlations(wide, maxLag: maxLag, kernels: true) == Self.correlations(wide, maxLag: maxLag, kernels: false))
            }
        }
    }

    /// The centred signal and its mean with the kernels and without, as bits.
    private static func centred(_ signal: [Float], length: Int, kernels: Bool) -> [UInt64] {
        let padded = UnsafeMutablePointer<Float>.allocate(capacity: length)
        defer { padded.deallocate() }
        let mean = signal.withUnsafeBufferPointer {
            Autocorrelation.centre($0, into: padded, length: length, usingLaneKernels: kernels)
        }
        return [mean.bitPattern] + (0..<length).map { UInt64(padded[$0].bitPattern) }
    }

    @Test("Autocorrelation's mean: the in-order sum, also where a sum in lanes would round differently")
    func centring() {
        // 10³⁰ next to ones: in order, the first 1 is lost to rounding and later ones are not; summed in
        // lanes, others are lost. Subnormals next to integers, 2²⁴ next to ones, constants, zeros.
        let huge: [Float] = [1e30, 1, -1e30, 1, 3, 1e-30, 2, -7, 5e29, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        let tiny: [Float] = (0..<40).map { $0 % 3 == 0 ? Float(bitPattern: 0x0001_1000) : Float($0) }  // subnormals
        let large: [Float] = [Float(1 << 24)] + Array(repeating: 1, count: 15) + [-Float(1 << 24)]
        var constant = [Float](repeating: 0.25, count: 64)
        var values = Values(state: 7)
        var signals = [huge, tiny, large, constant, [Float](repeating: 0, count: 9), [-0.0, 0, -0.0]]
        for count in [1, 5, 8, 9, 16, 33, 500] {
            signals.append(values.channel(count))
            signals.append((0..<count).map { _ in 1 + values.float() / Float(1 << 20) })
        }
        constant[9] = .infinity
        signals.append(constant)
        constant[9] = .nan
        signals.append(constant)
        for signal in signals {
            let length = signal.count + 3
            #expect(Self.centred(signal, length: length, kernels: true) == Self.centred(signal, length: length, kernels: false))
        }
    }
}
