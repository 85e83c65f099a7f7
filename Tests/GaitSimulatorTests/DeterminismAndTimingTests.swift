import Foundation
import GaitSimulator
import RetroGait
import Testing

@Suite("Determinism, gaps and jitter")
struct DeterminismAndTimingTests {
    @Test(arguments: Placement.allCases)
    func sameSeedIsBitIdenticalDifferentSeedDiffers(placement: Placement) throws {
        let session = try SessionScript(parsing: "bw-run:8,stand:3,fw-walk:6")
        func run(_ seed: UInt64) -> SimulatedRecording {
            GaitSimulator.simulate(session, options: SimulationOptions(
                placement: placement, sampleRate: 100, seed: seed, includeGyroscope: true,
                mounting: .randomTilt(maxDegrees: 20), gaps: GapOptions(count: 1, duration: 0.3), jitter: 0.001))
        }
        let a = run(42), b = run(42), c = run(43)
        #expect(a == b)
        #expect(a.canonicalCSV() == b.canonicalCSV())
        #expect(a.recording.acceleration != c.recording.acceleration)
        #expect(a.events != c.events)
    }

    @Test func gapsShowAsTimeJumpsAndJitterKeepsTimeIncreasing() {
        let simulated = Sim.run(.running, .backward, seconds: 30, rate: 100) {
            $0.gaps = GapOptions(count: 2, duration: 0.8); $0.jitter = 0.002
        }
        let times = simulated.sampleTimes
        #expect(!simulated.isUniformlySampled)
        #expect(times.first == 0)
        #expect(times.count == simulated.recording.count)
        #expect(times.count < 3000 - 100)
        let steps = zip(times, times.dropFirst()).map { $1 - $0 }
        #expect(steps.allSatisfy { $0 > 0 })
        #expect(steps.filter { $0 > 0.5 }.count >= 1)
        #expect(Sim.standardDeviation(steps.filter { $0 < 0.5 }) > 0.001)
        // The CSV carries the true instants.
        let lines = simulated.canonicalCSV().split(separator: "\n")
        #expect(lines.first == "t,ax,ay,az")
        #expect(lines.count == times.count + 1)
        let written = lines.dropFirst().map { Double($0.split(separator: ",")[0])! }
        #expect(zip(written, times).allSatisfy { abs($0 - $1) < 1e-6 })
        // Event sample indices point at the nearest kept sample.
        for event in simulated.events {
            let nearest = times.indices.min { abs(times[$0] - event.time) < abs(times[$1] - event.time) }!
            #expect(abs(times[event.sampleIndex] - event.time) <= abs(times[nearest] - event.time) + 1e-12)
        }
    }

    @Test func uniformCSVMatchesTheCanonicalWriter() {
        let simulated = Sim.run(.walking, .forward, seconds: 5, placement: .wrist) { $0.includeGyroscope = true }
        #expect(simulated.canonicalCSV() == CanonicalCSVWriter.csv(simulated.recording))
        #expect(simulated.canonicalCSV().hasPrefix("t,ax,ay,az,gx,gy,gz\n"))
        #expect(simulated.eventsCSV().hasPrefix(GaitEventTable.header))
        #expect(simulated.boutsCSV().hasPrefix(BoutTable.header))
    }
}
