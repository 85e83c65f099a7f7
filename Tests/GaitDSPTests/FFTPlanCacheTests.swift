import Testing
@testable import GaitDSP

/// The plan cache hands out one plan per (length, direction, precision), keeps at most its capacity,
/// and a transform keeps working on a plan the cache has let go of, also while many tasks plan and
/// transform at once.
@Suite("FFT plan cache")
struct FFTPlanCacheTests {
    @Test("the same key gives the same plan; the least recently requested is let go beyond the capacity")
    func reuseAndCapacity() {
        let cache = FFTPlanCache(capacity: 2)
        let key = { (length: Int) in FFTPlanKey(length: length, direction: .forward, precision: .double) }
        let first = cache.plan(for: key(30))
        #expect(cache.plan(for: key(30)) === first)
        #expect(cache.state(of: key(30)) == (created: 1, cached: true))
        _ = cache.plan(for: key(40))
        _ = cache.plan(for: key(30)) // now more recent than 40
        _ = cache.plan(for: key(50))
        #expect(cache.state(of: key(30)).cached)
        #expect(!cache.state(of: key(40)).cached)
        #expect(cache.state(of: key(50)) == (created: 3, cached: true))
        #expect(cache.plan(for: key(40)) !== first)
        #expect(!cache.state(of: key(30)).cached)
    }

    @Test("a forward-only transform still inverts, through the cache")
    func forwardOnlyInverts() {
        let signal = pseudoRandomSignal(count: 90, seed: 3)
        let fft = RealFFT<Double>(length: 90, planningInverse: false)
        #expect(fft.inversePlan == nil)
        #expect(maxAbsDifference(fft.inverse(fft.forward(signal)), signal) < 1e-12)
    }

    @Test("many tasks planning more lengths than the cache holds get the serial results")
    func concurrentPlanningAndTransforms() async {
        let lengths = Array(1_001...1_040) // 40 new lengths, more than the shared cache's 16 plans
        let signals = lengths.map { pseudoRandomSignal(count: $0, seed: UInt64($0)) }
        let serial = zip(lengths, signals).map { RealFFT<Double>(length: $0).powerSpectrum(of: $1) }
        let concurrent = await withTaskGroup(of: (Int, [Double]).self) { group in
            for round in 0..<3 {
                for index in lengths.indices {
                    group.addTask {
                        let fft = RealFFT<Double>(length: lengths[index], planningInverse: round == 1)
                        let roundTrip = fft.inverse(fft.forward(signals[index]))
                        #expect(maxAbsDifference(roundTrip, signals[index]) < 1e-12)
                        return (index, fft.powerSpectrum(of: signals[index]))
                    }
                }
            }
            var results: [(Int, [Double])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == 3 * lengths.count)
        for (index, power) in concurrent { #expect(power == serial[index]) }
    }
}
