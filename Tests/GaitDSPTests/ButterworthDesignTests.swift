import Foundation
import GaitDSP
import Testing

/// Reference second-order sections produced once with SciPy 1.17.1:
/// `scipy.signal.butter(order, Wn, btype, fs=100, output='sos')`, rows `[b0, b1, b2, a0, a1, a2]`,
/// printed with `repr(float(v))` (full double precision).
private let scipyDesigns: [(name: String, response: FilterResponse, order: Int, sos: [[Double]])] = [
    ("butter(2, 5, 'low')", .lowPass(cutoff: 5), 2, [
        [0.020083365564211232, 0.040166731128422464, 0.020083365564211232, 1.0, -1.5610180758007182, 0.6413515380575631],
    ]),
    ("butter(4, 5, 'low')", .lowPass(cutoff: 5), 4, [
        [0.00041659920440659937, 0.0008331984088131987, 0.00041659920440659937, 1.0, -1.4796742169311934, 0.5558215432824889],
        [1.0, 2.0, 1.0, 1.0, -1.7009643319435257, 0.7884997398152979],
    ]),
    ("butter(3, 5, 'low')", .lowPass(cutoff: 5), 3, [
        [0.00289819463372143, 0.00579638926744286, 0.00289819463372143, 1.0, -0.726542528005361, 0.0],
        [1.0, 1.0, 0.0, 1.0, -1.647552215703991, 0.7323389172728038],
    ]),
    ("butter(2, 0.5, 'high')", .highPass(cutoff: 0.5), 2, [
        [0.9780304792065599, -1.9560609584131199, 0.9780304792065599, 1.0, -1.9555782403150352, 0.9565436765112031],
    ]),
    ("butter(4, 0.5, 'high')", .highPass(cutoff: 0.5), 4, [
        [0.9597822300872386, -1.9195644601744772, 0.9597822300872386, 1.0, -1.9426382305401135, 0.9435972784703671],
        [1.0, -2.0, 1.0, 1.0, -1.975269634851873, 0.9762447923594398],
    ]),
    ("butter(2, [0.5, 10], 'bandpass')", .bandPass(low: 0.5, high: 10), 2, [
        [0.061869497462970414, 0.12373899492594083, 0.061869497462970414, 1.0, -1.1954325155143637, 0.4505552336613235],
        [1.0, -2.0, 1.0, 1.0, -1.9559289715351784, 0.9569862817098911],
    ]),
    ("butter(3, [1, 20], 'bandpass')", .bandPass(low: 1, high: 20), 3, [
        [0.08726583097233712, 0.17453166194467423, 0.08726583097233712, 1.0, -0.45286046609779973, 0.38778776395636494],
        [1.0, 0.0, -1.0, 1.0, -1.1375979216362906, 0.19076020221856674],
        [1.0, -2.0, 1.0, 1.0, -1.9380068640496964, 0.9419891448775694],
    ]),
]

@Suite("Butterworth design")
struct ButterworthDesignTests {
    @Test("Sections match SciPy's butter(..., output='sos')", arguments: scipyDesigns.indices)
    func matchesScipy(index: Int) throws {
        let reference = scipyDesigns[index]
        let filter = try ButterworthFilter(reference.response, order: reference.order, sampleRate: 100)
        #expect(filter.sections.count == reference.sos.count, "\(reference.name)")
        for (section, row) in zip(filter.sections, reference.sos) {
            let actual = [section.b0, section.b1, section.b2, 1, section.a1, section.a2]
            #expect(maxAbsDifference(actual, row) < 1e-12, "\(reference.name): \(actual) vs \(row)")
        }
    }

    @Test("DC gain is 1 for low-pass and 0 for high-pass/band-pass", arguments: [1, 2, 3, 4, 6, 8])
    func dcGain(order: Int) throws {
        let low = try ButterworthFilter(.lowPass(cutoff: 3), order: order, sampleRate: 100)
        #expect(abs(low.sections.reduce(1) { $0 * $1.dcGain } - 1) < 1e-12)
        let high = try ButterworthFilter(.highPass(cutoff: 3), order: order, sampleRate: 100)
        #expect(abs(high.sections.reduce(1) { $0 * $1.dcGain }) < 1e-12)
        let band = try ButterworthFilter(.bandPass(low: 1, high: 8), order: order, sampleRate: 100)
        #expect(abs(band.magnitude(at: 0)) < 1e-12)
    }

    @Test("Gain is −3 dB (1/√2) at every cutoff", arguments: [1, 2, 4, 5])
    func halfPowerAtCutoff(order: Int) throws {
        let halfPower = 1 / 2.0.squareRoot()
        let low = try ButterworthFilter(.lowPass(cutoff: 7), order: order, sampleRate: 100)
        #expect(abs(low.magnitude(at: 7) - halfPower) < 1e-9)
        let high = try ButterworthFilter(.highPass(cutoff: 0.8), order: order, sampleRate: 100)
        #expect(abs(high.magnitude(at: 0.8) - halfPower) < 1e-9)
        let band = try ButterworthFilter(.bandPass(low: 2, high: 12), order: order, sampleRate: 100)
        #expect(abs(band.magnitude(at: 2) - halfPower) < 1e-9)
        #expect(abs(band.magnitude(at: 12) - halfPower) < 1e-9)
    }

    @Test("Low-pass magnitude follows the bilinear Butterworth law", arguments: [1, 2, 3, 4, 8])
    func butterworthLaw(order: Int) throws {
        // For a bilinear-transformed Butterworth: |H(f)|² = 1 / (1 + (tan(πf/fs) / tan(πfc/fs))^(2N)).
        let filter = try ButterworthFilter(.lowPass(cutoff: 6), order: order, sampleRate: 100)
        for frequency in [0.5, 3, 6, 9, 20, 45] {
            let ratio = tan(Double.pi * frequency / 100) / tan(Double.pi * 6 / 100)
            let expected = 1 / (1 + pow(ratio, Double(2 * order))).squareRoot()
            #expect(abs(filter.magnitude(at: frequency) - expected) < 1e-10, "f = \(frequency)")
        }
    }

    @Test("Bad designs throw the matching error")
    func designErrors() {
        #expect(throws: FilterDesignError.invalidOrder(0)) {
            try ButterworthFilter(.lowPass(cutoff: 5), order: 0, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.cutoffOutOfRange(cutoff: 0, nyquist: 50)) {
            try ButterworthFilter(.lowPass(cutoff: 0), order: 2, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.cutoffOutOfRange(cutoff: -1, nyquist: 50)) {
            try ButterworthFilter(.highPass(cutoff: -1), order: 2, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.cutoffOutOfRange(cutoff: 50, nyquist: 50)) {
            try ButterworthFilter(.lowPass(cutoff: 50), order: 2, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.cutoffOutOfRange(cutoff: 60, nyquist: 50)) {
            try ButterworthFilter(.bandPass(low: 1, high: 60), order: 2, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.invalidBand(low: 10, high: 5)) {
            try ButterworthFilter(.bandPass(low: 10, high: 5), order: 2, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.invalidBand(low: 5, high: 5)) {
            try ButterworthFilter(.bandPass(low: 5, high: 5), order: 2, sampleRate: 100)
        }
        #expect(throws: FilterDesignError.invalidSampleRate(0)) {
            try ButterworthFilter(.lowPass(cutoff: 5), order: 2, sampleRate: 0)
        }
        #expect(throws: FilterDesignError.cutoffOutOfRange(cutoff: .infinity, nyquist: 50)) {
            try ButterworthFilter(.lowPass(cutoff: .infinity), order: 2, sampleRate: 100)
        }
        #expect(FilterDesignError.invalidBand(low: 10, high: 5).description.contains("lower edge"))
    }
}
