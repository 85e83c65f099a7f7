import Foundation
import PropertyBased
import Testing
@testable import RetroGait

/// `FixedPointDecimal` prints byte for byte what `String(format:)` prints — without a locale (C printf:
/// the exact binary value, ties to even) and with the POSIX locale (Foundation through ICU: the
/// shortest decimal, ties to even) — on random, tie and boundary values, and it answers them itself
/// (not through its `String(format:)` fallback) wherever the writers need it.
@Suite("Fixed-point decimal text equals String(format:)")
struct FixedPointDecimalTests {
    static let posix = Locale(identifier: "en_US_POSIX")

    /// Failures as "value decimals: ours ≠ Foundation's", empty when every value matches in both roundings.
    static func mismatches(_ values: [Double], decimals: Int) -> [String] {
        var found: [String] = []
        for value in values {
            let printf = String(format: "%.\(decimals)f", value)
            let exact = FixedPointDecimal.string(value, decimals: decimals, rounding: .exactBinaryValue)
            if exact != printf { found.append("\(value) %.\(decimals)f exact: \(exact) ≠ \(printf)") }
            let icu = String(format: "%.\(decimals)f", locale: posix, value)
            let shortest = FixedPointDecimal.string(value, decimals: decimals, rounding: .shortestDecimal)
            if shortest != icu { found.append("\(value) %.\(decimals)f shortest: \(shortest) ≠ \(icu)") }
        }
        return found
    }

    /// The value and its two neighbours, and their negatives.
    static func withNeighbours(_ value: Double) -> [Double] {
        [value, value.nextUp, value.nextDown, -value, -value.nextUp, -value.nextDown]
    }

    @Test("named ties, zeros, subnormals, powers of two and large magnitudes", arguments: 0...17)
    func adversarialValues(decimals: Int) {
        let named: [Double] = [
            0, 0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.0005, 0.00015, 0.00025, 2.5e-3, 0.125, 0.375, 2.675,
            4.35, 1.005, 123.4565, 86_399.99995, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e-7, 9.5, 99.95, 999.9995,
            Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, Double.leastNormalMagnitude.nextDown,
            0x1p-1, 0x1p-10, 0x1p-30, 0x1p-60, 0x1p-100, 0x1p20, 0x1p40, 0x1p43, 0x1p52, 0x1p53, 0x1p63, 0x1p64,
            4.5e9, 1e12, 1e13, 1e15, 1e17, 1e20, 1e22, 1e300, .greatestFiniteMagnitude,
            // A 17-digit shortest decimal just above a tie at 16 places: ICU keeps 16 digits and rounds
            // the tie to even (found by the random bit patterns on CI).
            0.00047501109443645004,
            // A 16-digit shortest just below a tie at 17 decimals: ICU rounds a 15-digit copy of it, which
            // is the tie, to even (found by the random bit patterns in a landing train).
            1.318247965637495e-05,
        ]
        let values = named.flatMap(Self.withNeighbours) + [.nan, .infinity, -.infinity, -0.0]
        #expect(Self.mismatches(values, decimals: decimals) == [])
    }

    @Test("decimal ties k + ½ at the last place, their neighbours, and exact binary ties", arguments: 0...8)
    func ties(decimals: Int) {
        var values: [Double] = []
        for k in stride(from: 0, to: 40_000, by: 29) {
            // "k5e-(N+1)": the Double nearest the tie (k + ½) · 10^−N, whose shortest form is the tie.
            values += Self.withNeighbours(Double("\(k)5e-\(decimals + 1)")!)
        }
        for k in stride(from: 1, to: 4_000, by: 2) {
            for power in [1, 2, 3, 4, 5, 7, 10, 13] { values.append(Double(k) / Double(1 << power)) }
        }
        #expect(Self.mismatches(values, decimals: decimals) == [])
    }

    @Test("random bit patterns, every decimal count")
    func randomBitPatterns() async {
        await propertyCheck(count: 400, input: Gen.uint64().array(of: 40), Gen.int(in: 0...17)) { patterns, decimals in
            #expect(Self.mismatches(patterns.map(Double.init(bitPattern:)), decimals: decimals) == [])
        }
    }

    @Test("random values at the writers' magnitudes")
    func randomWriterMagnitudes() async {
        await propertyCheck(count: 200, input: Gen.double(in: -1e6...1e6).array(of: 40), Gen.int(in: 0...8)) { values, decimals in
            let scaled = values.flatMap { [$0, $0 / 1e3, $0 / 1e6] }
            #expect(Self.mismatches(scaled, decimals: decimals) == [])
        }
    }

    @Test("random short decimals (ties and near-ties of the shortest form)")
    func randomShortDecimals() async {
        await propertyCheck(count: 100, input: Gen.int(in: -99_999_999...99_999_999).array(of: 40), Gen.int(in: 0...6)) { digits, decimals in
            for extra in 1...3 {
                let values = digits.flatMap { Self.withNeighbours(Double("\($0)e-\(decimals + extra)")!) }
                #expect(Self.mismatches(values, decimals: decimals) == [])
            }
        }
    }

    @Test("answered without String(format:) for finite values below 10^6 with up to 6 decimals")
    func fastPathCoversTheWriters() {
        for decimals in 0...6 {
            for value in [0, -0.0, 0.15, -0.15, 1e-300, 12.3456, 604_800.25, 999_999.9999995, -999_999.5] {
                #expect(FixedPointDecimal.roundedScaledValue(value, decimals: decimals, rounding: .exactBinaryValue) != nil)
                #expect(FixedPointDecimal.roundedScaledValue(value, decimals: decimals, rounding: .shortestDecimal) != nil)
            }
        }
        #expect(FixedPointDecimal.roundedScaledValue(.nan, decimals: 3, rounding: .exactBinaryValue) == nil)
        #expect(FixedPointDecimal.roundedScaledValue(0x1p52, decimals: 0, rounding: .exactBinaryValue) == nil)
    }
}
