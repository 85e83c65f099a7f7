import GaitDSP
import Testing

@Suite("Linear resampling")
struct LinearResamplerTests {
    @Test("A linear ramp is reproduced exactly on the new grid")
    func ramp() {
        // value = 2·t + 1 sampled at 10 Hz over [0, 1], resampled at 25 Hz.
        let times = (0...10).map { Double($0) / 10 }
        let values = times.map { Float(2 * $0 + 1) }
        let output = LinearResampler.resample(times: times, values: values, rate: 25)
        #expect(output.count == 26)
        let expected = (0...25).map { Float(2 * Double($0) / 25 + 1) }
        #expect(maxAbsDifference(output, expected) < 1e-6)
    }

    @Test("Irregular times interpolate between the bracketing samples")
    func irregular() {
        let times = [0.0, 0.03, 0.1, 0.11, 0.25]
        let values: [Float] = [0, 3, -4, 6, 6]
        let output = LinearResampler.resample(times: times, values: values, rate: 20)
        // Grid 0, .05, .10, .15, .20, .25
        let expected: [Float] = [0, 3 + (-7) * (0.02 / 0.07), -4, 6, 6, 6]
        #expect(output.count == 6)
        #expect(maxAbsDifference(output, expected) < 1e-5)
    }

    @Test("An explicit start time shifts the grid; earlier grid points hold the first value")
    func startTime() {
        let times = [1.0, 2.0, 3.0]
        let values: [Float] = [10, 20, 40]
        #expect(LinearResampler.resample(times: times, values: values, rate: 2, startTime: 1.25)
            == [12.5, 17.5, 25, 35])
        #expect(LinearResampler.resample(times: times, values: values, rate: 1, startTime: 0) == [10, 10, 20, 40])
        #expect(LinearResampler.resample(times: times, values: values, rate: 1, startTime: 3.5).isEmpty)
    }

    @Test("Empty and single-sample inputs")
    func degenerate() {
        #expect(LinearResampler.resample(times: [], values: [], rate: 100).isEmpty)
        #expect(LinearResampler.resample(times: [5], values: [7], rate: 100) == [7])
    }
}
