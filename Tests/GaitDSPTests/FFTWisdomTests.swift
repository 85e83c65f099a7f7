import Testing
@testable import GaitDSP

/// The autocorrelation's transform lengths and the measured plan shipped for the commonest of them.
@Suite("Measured FFTW plans shipped with the library")
struct FFTWisdomTests {
    @Test("Lengths 2^k and 3·2^k: a 5 s window at 100 Hz with lags up to 2.4 s takes 768 points")
    func radixTwoLengths() {
        let minimums = [0, 1, 2, 3, 5, 7, 12, 13, 189, 371, 741, 1481, 3701, 7401]
        let lengths = [2, 2, 2, 4, 6, 8, 12, 16, 192, 384, 768, 1536, 4096, 8192]
        #expect(minimums.map { RealFFT<Double>.radixTwoLength(atLeast: $0) } == lengths)
    }

    @Test("FFTW takes the recorded wisdom where the processor has AVX and FFTW is the recorded release")
    func wisdomImported() {
        _ = RealFFT<Double>(length: 768)
        _ = RealFFT<Float>(length: 768)
        _ = RealFFT<Float>(length: 1 << 15)
        let imported = FFTPlanCache.plannerLock.withLock { FFTWisdom.imported }
        let applies = LaneKernels.isAvailable && FFTWisdom.libraryVersion.hasPrefix(FFTWisdom.recordedVersion)
        #expect(imported == (applies ? [.double, .single] : []), "FFTW \(FFTWisdom.libraryVersion)")
    }
}
