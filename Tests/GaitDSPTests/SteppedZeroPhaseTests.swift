import Foundation
import GaitDSP
import Testing

/// `SteppedZeroPhase` takes a one-section filter's forward pass a sample at a time so that other work
/// can share its loop; it must give `filteredZeroPhase`'s floats exactly.
@Suite("Zero-phase filtering one forward step at a time")
struct SteppedZeroPhaseTests {
    @Test("Bit for bit with filteredZeroPhase, orders 1 and 2, short and long signals", arguments: [1, 2])
    func matchesFilteredZeroPhase(order: Int) throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 6), order: order, sampleRate: 100)
        for count in [1, 2, 3, 7, 13, 1000, 4099] {
            let signal = (0..<count).map { index -> Float in
                let time = Double(index)
                return Float(1 + 0.4 * sin(0.19 * time) + 0.1 * cos(1.3 * time))
            }
            guard var stepped = SteppedZeroPhase(filter, signal) else {
                Issue.record("no stepped filtering for a one-section filter, count \(count)")
                continue
            }
            #expect(stepped.count == count)
            for index in 0..<count { stepped.forward(sample: index) }
            let filtered: [Float] = stepped.finish()
            let expected: [Float] = filter.filteredZeroPhase(signal)
            #expect(filtered.map { $0.bitPattern } == expected.map { $0.bitPattern }, "count \(count)")
        }
    }

    @Test("Only for one section and a signal to filter")
    func refusesCascadesAndEmptySignals() throws {
        let cascade = try ButterworthFilter(.lowPass(cutoff: 6), order: 4, sampleRate: 100)
        let cascadeRefused = SteppedZeroPhase(cascade, [1, 2, 3]) == nil
        #expect(cascadeRefused)
        let section = try ButterworthFilter(.lowPass(cutoff: 6), order: 2, sampleRate: 100)
        let emptyRefused = SteppedZeroPhase(section, []) == nil
        #expect(emptyRefused)
    }
}
