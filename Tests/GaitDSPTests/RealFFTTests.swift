import Foundation
import GaitDSP
import PropertyBased
import Testing

@Suite("Real FFT")
struct RealFFTTests {
    @Test("Parseval: Σx² == (1/n) Σ|X|² over the full spectrum (Double)", arguments: [8, 15, 64, 1000])
    func parsevalDouble(length: Int) {
        let signal = pseudoRandomSignal(count: length, seed: 7)
        let power = RealFFT<Double>(length: length).powerSpectrum(of: signal)
        let timeEnergy = signal.reduce(0) { $0 + $1 * $1 }
        #expect(abs(timeEnergy - fullSpectrumEnergy(power, length: length)) <= 1e-10 * timeEnergy)
    }

    @Test("Parseval: Σx² == (1/n) Σ|X|² over the full spectrum (Float)", arguments: [8, 15, 64, 1000])
    func parsevalFloat(length: Int) {
        let signal = pseudoRandomSignal(count: length, seed: 11).map(Float.init)
        let power = RealFFT<Float>(length: length).powerSpectrum(of: signal).map(Double.init)
        let timeEnergy = signal.reduce(0.0) { $0 + Double($1) * Double($1) }
        #expect(abs(timeEnergy - fullSpectrumEnergy(power, length: length)) <= 1e-5 * timeEnergy)
    }

    /// The half spectrum counts every bin except DC (and Nyquist for even n) twice.
    private func fullSpectrumEnergy(_ power: [Double], length: Int) -> Double {
        var total = 0.0
        for (k, p) in power.enumerated() {
            let unpaired = k == 0 || (length % 2 == 0 && k == length / 2)
            total += unpaired ? p : 2 * p
        }
        return total / Double(length)
    }

    @Test("A cosine on bin 5 gives amplitude·n/2 there and ~0 elsewhere")
    func cosineLandsInItsBin() {
        let n = 64
        let signal = cosine(frequency: 5, sampleRate: Double(n), count: n, amplitude: 3, phase: 0.4).map(Float.init)
        let spectrum = RealFFT<Float>(length: n).forward(signal)
        #expect(spectrum.count == 33)
        let magnitude5 = hypot(Double(spectrum.real[5]), Double(spectrum.imaginary[5]))
        #expect(abs(magnitude5 - 3 * 32) < 1e-3)
        #expect(abs(atan2(Double(spectrum.imaginary[5]), Double(spectrum.real[5])) - 0.4) < 1e-5)
        for k in 0..<spectrum.count where k != 5 {
            #expect(hypot(Double(spectrum.real[k]), Double(spectrum.imaginary[k])) < 1e-3)
        }
    }

    @Test("A constant lands in the DC bin with value n·c")
    func constantIsDC() {
        let spectrum = RealFFT<Double>(length: 10).forward([Double](repeating: 2.5, count: 10))
        #expect(abs(spectrum.real[0] - 25) < 1e-12)
        #expect(spectrum.real.dropFirst().allSatisfy { abs($0) < 1e-12 })
    }

    @Test("inverse(forward(x)) == x", arguments: [1, 2, 7, 128, 4096, 1001])
    func roundTrip(length: Int) {
        let signal = pseudoRandomSignal(count: length, seed: UInt64(length))
        let fft = RealFFT<Double>(length: length)
        #expect(maxAbsDifference(fft.inverse(fft.forward(signal)), signal) < 1e-12)
        let single = signal.map(Float.init)
        let fftFloat = RealFFT<Float>(length: length)
        #expect(maxAbsDifference(fftFloat.inverse(fftFloat.forward(single)), single) < 1e-5)
    }

    @Test("Misaligned buffers give the same result as aligned ones")
    func misalignedBuffers() {
        let n = 256
        let signal = pseudoRandomSignal(count: n + 1, seed: 3).map(Float.init)
        let fft = RealFFT<Float>(length: n)
        let reference = fft.forward(Array(signal[1...]))
        var interleaved = [Float](repeating: 0, count: 2 * fft.binCount + 1)
        signal.withUnsafeBufferPointer { all in
            interleaved.withUnsafeMutableBufferPointer { out in
                // Offsetting by one Float breaks FFTW's SIMD alignment for input and output.
                fft.forward(UnsafeBufferPointer(rebasing: all[1...]),
                            interleavedSpectrum: UnsafeMutableBufferPointer(rebasing: out[1...]))
            }
        }
        for k in 0..<fft.binCount {
            #expect(interleaved[1 + 2 * k] == reference.real[k])
            #expect(interleaved[2 + 2 * k] == reference.imaginary[k])
        }
    }

    @Test("Linearity: FFT(a·x + b·y) == a·FFT(x) + b·FFT(y)")
    func linearity() async {
        let values = Gen<Double>.value(in: -100...100).array(of: 64)
        await propertyCheck(input: values, values, Gen<Double>.value(in: -10...10), Gen<Double>.value(in: -10...10)) {
            x, y, a, b in
            let fft = RealFFT<Double>(length: 64)
            let combined = fft.forward(zip(x, y).map { a * $0 + b * $1 })
            let fx = fft.forward(x)
            let fy = fft.forward(y)
            let expectedReal = zip(fx.real, fy.real).map { a * $0 + b * $1 }
            let expectedImaginary = zip(fx.imaginary, fy.imaginary).map { a * $0 + b * $1 }
            let scale = 64 * 100 * (abs(a) + abs(b)) + 1
            #expect(maxAbsDifference(combined.real, expectedReal) <= 1e-12 * scale)
            #expect(maxAbsDifference(combined.imaginary, expectedImaginary) <= 1e-12 * scale)
        }
    }

    @Test("Concurrent use (and concurrent planning) from many tasks matches the serial result")
    func concurrentUse() async {
        // Lengths used nowhere else, so the tasks race to create their plans.
        let lengths = [5003, 5004, 5005, 5006, 5007]
        let inputs = lengths.map { pseudoRandomSignal(count: $0, seed: UInt64($0)).map(Float.init) }
        let results = await withTaskGroup(of: (Int, ComplexSpectrum<Float>, [Float]).self) { group in
            for task in 0..<64 {
                let which = task % lengths.count
                let input = inputs[which]
                group.addTask {
                    let fft = RealFFT<Float>(length: input.count)
                    let spectrum = fft.forward(input)
                    return (which, spectrum, fft.inverse(spectrum))
                }
            }
            var collected: [(Int, ComplexSpectrum<Float>, [Float])] = []
            for await result in group { collected.append(result) }
            return collected
        }
        let serial = inputs.map { RealFFT<Float>(length: $0.count).forward($0) }
        #expect(results.count == 64)
        for (which, spectrum, roundTrip) in results {
            #expect(spectrum == serial[which])
            #expect(maxAbsDifference(roundTrip, inputs[which]) < 1e-5)
        }
    }

    @Test("fastLength returns 2·3·5·7-smooth sizes")
    func fastLengths() {
        #expect(RealFFT<Float>.fastLength(atLeast: 0) == 1)
        #expect(RealFFT<Float>.fastLength(atLeast: 11) == 12)
        #expect(RealFFT<Float>.fastLength(atLeast: 97) == 98)
        #expect(RealFFT<Float>.fastLength(atLeast: 4096) == 4096)
        #expect(RealFFT<Float>.fastLength(atLeast: 4097) == 4116)
    }
}
