@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `LoadingOnsetDetector.hasFlight` counts the samples below the flight level sixteen lanes at a time;
/// it must decide as the count sample by sample does, on arrays and on slices, with NaNs among them.
@Suite("Flight test: the lane count decides as the sample-by-sample count")
struct FlightCountTests {
    /// The decision as made sample by sample.
    private static func reference(_ values: some Collection<Float>, below level: Float) -> Bool {
        guard !values.isEmpty else { return false }
        var below = 0
        for value in values where value < level { below += 1 }
        return Double(below) > 0.05 * Double(values.count - 1)
    }

    @Test("Arrays and slices of every length up to 70 and some longer, around the 5 % bar")
    func matchesSampleBySample() {
        var generator = SplitMix64(seed: 7)
        var decisions = Set<Bool>()
        for count in Array(0...70) + [255, 256, 257, 1_000, 4_099] {
            for share in [0.0, 0.03, 0.05, 0.06, 0.5] {
                let values: [Float] = (0..<count).map { index in
                    let unit = Double(generator.next() >> 11) / Double(1 << 53)
                    if index % 17 == 5 { return .nan }
                    return unit < share ? 0.1 : 1 + Float(unit)
                }
                let level: Float = 0.4
                let expected = Self.reference(values, below: level)
                decisions.insert(expected)
                #expect(LoadingOnsetDetector.hasFlight(values, below: level) == expected, "count \(count), share \(share)")
                let slice = values.dropFirst(min(3, count))
                #expect(LoadingOnsetDetector.hasFlight(slice, below: level) == Self.reference(slice, below: level),
                        "slice of count \(count), share \(share)")
            }
        }
        #expect(decisions == [true, false])
    }

    @Test("Exact counts at the bar: 5 % of n − 1 is not flight, one sample more is")
    func decidesAtTheBar() {
        // 101 samples: the bar is 5 of them.
        let five = [Float](repeating: 0, count: 5) + [Float](repeating: 1, count: 96)
        let six = [Float](repeating: 0, count: 6) + [Float](repeating: 1, count: 95)
        #expect(!LoadingOnsetDetector.hasFlight(five, below: 0.4))
        #expect(LoadingOnsetDetector.hasFlight(six, below: 0.4))
        #expect(LoadingOnsetDetector.hasFlight(six.reversed(), below: 0.4))
    }
}
