import GaitSimulator
import RetroGait
import Testing

@Suite("Signal features")
struct SignalFeatureTests {
    /// Mean over contacts of the largest jump in |acceleration| between consecutive samples from
    /// 10 ms before to 40 ms after initial contact (g per sample at 1 kHz: a jerk measure).
    static func impactJerk(_ simulated: SimulatedRecording) -> Double {
        let a = simulated.recording.acceleration
        let magnitude = a.magnitude()
        let own = Sim.steadyContacts(simulated).filter { $0.ic.side == .left }
        let peaks = own.map { pair -> Double in
            let window = Sim.indices(simulated, in: (pair.ic.time - 0.01)...(pair.ic.time + 0.04))
            return zip(window, window.dropFirst()).map { Double(abs(magnitude[$1] - magnitude[$0])) }.max() ?? 0
        }
        return Sim.mean(peaks)
    }

    @Test(arguments: [Placement.foot, .shank])
    func toeStrikeBackwardHasAMuchSmallerImpactThanHeelStrikeForward(placement: Placement) {
        let forward = Sim.run(.running, .forward, seconds: 20, placement: placement, rate: 1000)
        let backward = Sim.run(.running, .backward, seconds: 20, placement: placement, rate: 1000)
        let heel = Self.impactJerk(forward), toe = Self.impactJerk(backward)
        #expect(heel > 3 * toe, "heel \(heel) vs toe \(toe)")
        // Same direction, only the strike differs: still a clear contrast.
        let forwardToe = Self.impactJerk(Sim.run(.running, .forward, seconds: 20, strike: .toe, placement: placement, rate: 1000))
        #expect(heel > 2 * forwardToe)
    }

    @Test func lowerBackImpactPeaksShortlyAfterHeelStrike() {
        let simulated = Sim.run(.running, .forward, seconds: 20, rate: 1000) { $0.noise = 0 }
        let z = simulated.recording.acceleration.z
        for pair in Sim.steadyContacts(simulated).prefix(10) {
            let window = Sim.indices(simulated, in: pair.ic.time...(pair.ic.time + 0.035))
            let peak = window.max { z[$0] < z[$1] }!
            let delay = simulated.sampleTimes[peak] - pair.ic.time
            #expect(delay > 0.008 && delay < 0.032, "impact peak \(delay) s after contact")
            // A transient: it stands out above the loading that follows it.
            #expect(z[peak] > z[peak + 15] + 0.1)
        }
    }

    /// Mean AP (sensor x, identity mounting) over the first and second half of each stance.
    static func apHalves(_ simulated: SimulatedRecording) -> (first: Double, second: Double) {
        let x = simulated.recording.acceleration.x
        var first: [Double] = [], second: [Double] = []
        for pair in Sim.steadyContacts(simulated) {
            let middle = (pair.ic.time + pair.tc.time) / 2
            first += Sim.indices(simulated, in: pair.ic.time...middle).map { Double(x[$0]) }
            second += Sim.indices(simulated, in: middle...pair.tc.time).map { Double(x[$0]) }
        }
        return (Sim.mean(first), Sim.mean(second))
    }

    @Test func apBrakingAndPropulsionAreMirroredInBackwardRunning() {
        let forward = Self.apHalves(Sim.run(.running, .forward, seconds: 30))
        let backward = Self.apHalves(Sim.run(.running, .backward, seconds: 30))
        // Forward: braking (negative) then propulsion; backward: the other way round.
        #expect(forward.first - forward.second < -0.3)
        #expect(backward.first - backward.second > 0.3)
        #expect(forward.first < 0)
        #expect(backward.first > 0 && backward.second < 0)
    }

    @Test(arguments: [Direction.forward, .backward])
    func lowerBackSeesEveryStepWithRunningLoadAndFlight(direction: Direction) {
        let simulated = Sim.run(.running, direction, seconds: 20)
        let z = simulated.recording.acceleration.z
        for pair in Sim.steadyContacts(simulated) {
            let stance = Sim.indices(simulated, in: pair.ic.time...pair.tc.time)
            let peak = Double(stance.map { z[$0] }.max()!)
            #expect(peak > 1.8 && peak < 3.5, "loading peak \(peak) g")
        }
        // Mean vertical over the steady part ≈ 1 g (the body neither rises nor sinks).
        let steady = Sim.indices(simulated, in: 4...16).map { Double(z[$0]) }
        #expect(abs(Sim.mean(steady) - 1) < 0.06)
        // Flight is near free fall but not a flat zero.
        let pairs = Sim.steadyContacts(simulated)
        let flight = zip(pairs, pairs.dropFirst()).flatMap { a, b in
            Sim.indices(simulated, in: (a.tc.time + 0.02)...(b.ic.time - 0.02)).map { Double(z[$0]) }
        }
        #expect(abs(Sim.mean(flight)) < 0.4)
        #expect(Sim.standardDeviation(flight) > 0.02)
    }

    @Test func footHasQuietStanceAndFastSwing() {
        let simulated = Sim.run(.running, .forward, seconds: 20, placement: .foot, rate: 500) { $0.includeGyroscope = true }
        let magnitude = simulated.recording.acceleration.magnitude()
        let pitch = simulated.recording.angularVelocity!.y
        for pair in Sim.steadyContacts(simulated).filter({ $0.ic.side == .left }) {
            let contact = pair.tc.time - pair.ic.time
            let flat = Sim.indices(simulated, in: (pair.ic.time + 0.3 * contact)...(pair.ic.time + 0.45 * contact))
            for i in flat { #expect(abs(Double(magnitude[i]) - 1) < 0.15) }
        }
        let peak = pitch.map { abs(Double($0)) }.max()!
        #expect(peak > 400 && peak < 1200, "foot pitch rate peak \(peak) deg/s")
        let swingPeak = magnitude.map(Double.init).max()!
        #expect(swingPeak > 4)
    }

    @Test func wristSwingsAtStrideFrequency() {
        let simulated = Sim.run(.running, .forward, seconds: 20, placement: .wrist, rate: 100) { $0.includeGyroscope = true }
        let swing = simulated.recording.angularVelocity!.z.map(Double.init)
        // Zero crossings of the swing rate: two per stride, i.e. one per step.
        let steady = Sim.indices(simulated, in: 4...16)
        let crossings = zip(steady, steady.dropFirst()).filter { (swing[$0] < 0) != (swing[$1] < 0) }.count
        let steps = Sim.initialContacts(simulated).filter { (4...16).contains($0.time) }.count
        #expect(abs(crossings - steps) <= 2, "\(crossings) crossings vs \(steps) steps")
    }

    @Test(arguments: [2.0, 8, 16])
    func saturationIsRespected(range: Double) {
        let simulated = Sim.run(.running, .forward, seconds: 10, placement: .foot, rate: 1000) { $0.range = range }
        let a = simulated.recording.acceleration
        let all = a.x + a.y + a.z
        #expect(all.allSatisfy { abs(Double($0)) <= range })
        if range < 8 { #expect(all.contains { abs(Double($0)) == range }) }
        let unclipped = Sim.run(.running, .forward, seconds: 10, placement: .foot, rate: 1000) { $0.range = nil }
        let largest = (unclipped.recording.acceleration.x + unclipped.recording.acceleration.z).map { abs($0) }.max()!
        #expect(largest > 8, "heel strikes at the foot exceed ±8 g unclipped")
    }

    @Test func mountingRotationPreservesMagnitude() {
        func run(_ mounting: MountingRotation) -> SimulatedRecording {
            Sim.run(.walking, .backward, seconds: 8, placement: .shank) {
                $0.noise = 0; $0.bias = 0; $0.range = nil; $0.mounting = mounting
            }
        }
        let straight = run(.identity), tilted = run(.randomTilt(maxDegrees: 30)), any = run(.random)
        #expect(tilted.mounting != .identity)
        #expect(tilted.recording.acceleration != straight.recording.acceleration)
        for other in [tilted, any] {
            let a = straight.recording.acceleration.magnitude(), b = other.recording.acceleration.magnitude()
            #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-4 })
            // The reported matrix takes readings back to the segment frame.
            let i = 123
            let reading = SIMD3(Double(other.recording.acceleration.x[i]), Double(other.recording.acceleration.y[i]),
                                Double(other.recording.acceleration.z[i]))
            let back = other.mounting.transposed.apply(reading)
            #expect(abs(back.z - Double(straight.recording.acceleration.z[i])) < 1e-4)
        }
    }

    @Test func standingReadsGravity() {
        let simulated = Sim.run(.standing, .unknown, seconds: 10, placement: .foot)
        let magnitude = simulated.recording.acceleration.magnitude()
        #expect(magnitude.allSatisfy { abs($0 - 1) < 0.08 })
    }
}
