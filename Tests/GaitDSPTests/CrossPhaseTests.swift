import Foundation
import GaitDSP
import Testing

/// ``CrossPhase``: the phase of one signal against another in one Fourier bin, means removed.
@Suite("Cross phase at one frequency")
struct CrossPhaseTests {
    /// A cosine that leads another by a known angle, both on offsets, reads that angle (over more samples than
    /// the phasor's exact refresh interval, so the recursion between refreshes is covered).
    @Test(arguments: [-135.0, -30.0, 0.0, 60.0, 170.0])
    func knownLeadIsRead(lead: Double) throws {
        let period = 37.5
        let phase = try #require(CrossPhase.degrees(count: 3000, period: period) { offset in
            let angle = 2 * Double.pi * Double(offset) / period
            return (3 + 0.4 * cos(angle + lead * .pi / 180), -1 + 1.5 * cos(angle))
        })
        #expect(abs(phase - lead) < 0.01, "read \(phase)° for \(lead)°")
    }

    /// A signal with no power at the frequency (a constant, whose mean is removed) has no phase.
    @Test func noPowerHasNoPhase() {
        #expect(CrossPhase.degrees(count: 200, period: 20) { offset in (2, cos(2 * Double.pi * Double(offset) / 20)) } == nil)
        #expect(CrossPhase.degrees(count: 0, period: 20) { _ in (1, 1) } == nil)
    }
}
