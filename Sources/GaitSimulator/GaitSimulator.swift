import RetroGait

/// Synthesises body-worn accelerometer (and gyroscope) recordings of standing, walking and running,
/// forward and backward, with exact ground-truth gait events and bouts.
///
/// The model works per contact: a time-ordered list of left/right contacts (initial contact,
/// toe-off) is planned from the script with biomechanically typical cadence, contact and flight
/// times, step-to-step variability and asymmetry; each placement's signal is then a closed-form
/// function of continuous time built from those contacts (foot and shank: limb kinematics plus
/// touchdown impacts; lower back: ground reaction force of all feet; wrist: arm pendulum plus trunk
/// bounce). The continuous signal is low-pass averaged around each sampling instant, rotated into the
/// sensor frame, and given bias, noise and clipping. Events are exact in continuous time, so the truth
/// does not depend on the sample rate. See `docs/SIMULATOR.md` for the numbers and their sources.
///
/// ```swift
/// let session = try SessionScript(parsing: "fw-run:60, 2*(bw-run:30, stand:20)")
/// let simulated = GaitSimulator.simulate(session, options: SimulationOptions(placement: .foot, seed: 7))
/// print(simulated.events.count, simulated.bouts.count)
/// ```
public enum GaitSimulator {
    /// Simulates a whole session. Deterministic: the same script and options give bit-identical output.
    ///
    /// Out-of-range options are clamped rather than rejected: the sample rate to 1…10 000 Hz,
    /// negative noise, bias, variability, jitter or gap values to 0. Bouts with non-positive
    /// duration are skipped.
    public static func simulate(_ script: SessionScript, options: SimulationOptions) -> SimulatedRecording {
        let session = SessionScript(script.bouts.filter { $0.duration > 0 && $0.duration.isFinite })
        let rate = options.sampleRate.isFinite ? min(max(options.sampleRate, 1), 10_000) : 100
        let seed = options.seed
        var contactRandom = SplitMix64(seed: seed, salt: RandomStream.contacts.rawValue)
        let planner = ContactPlanner(
            stepVariability: max(options.stepVariability, 0), asymmetry: min(max(options.asymmetry, -0.5), 0.5))
        let (bouts, plans, contacts) = planner.plan(session, random: &contactRandom)

        var jitterRandom = SplitMix64(seed: seed, salt: RandomStream.jitter.rawValue)
        var gapRandom = SplitMix64(seed: seed, salt: RandomStream.gaps.rawValue)
        let gaps = GapOptions(count: max(options.gaps.count, 0), duration: max(options.gaps.duration, 0))
        let times = SampleClock.instants(
            duration: session.duration, sampleRate: rate, jitter: options.jitter, gaps: gaps,
            jitterRandom: &jitterRandom, gapRandom: &gapRandom)

        let sampled = sample(options.placement, contacts: contacts, plans: plans, rate: rate, times: times, seed: seed)
        var mountingRandom = SplitMix64(seed: seed, salt: RandomStream.mounting.rawValue)
        let mounting = options.mounting.resolve(&mountingRandom)
        let recording = SensorOutput(options: options, seed: seed).recording(
            acceleration: sampled.acceleration, rotation: sampled.rotation, mounting: mounting,
            sampleRate: rate, placement: options.placement)
        let uniform = options.jitter <= 0 && (gaps.count == 0 || gaps.duration == 0)
        return SimulatedRecording(
            recording: recording, sampleTimes: times,
            events: GroundTruth.events(contacts, plans: plans, sampleTimes: times), bouts: bouts,
            mounting: mounting, isUniformlySampled: uniform)
    }

    /// Simulates a single bout (a session of one).
    public static func simulate(_ bout: BoutScript, options: SimulationOptions) -> SimulatedRecording {
        simulate(SessionScript([bout]), options: options)
    }

    private static func sample(
        _ placement: Placement, contacts: [Contact], plans: [GaitBoutPlan], rate: Double, times: [Double], seed: UInt64
    ) -> (acceleration: [SIMD3<Double>], rotation: [SIMD3<Double>]) {
        let sampler = SensorSampler(sampleRate: rate)
        let left = LimbTrajectory(side: .left, contacts: contacts, plans: plans)
        let right = LimbTrajectory(side: .right, contacts: contacts, plans: plans)
        var postureRandom = SplitMix64(seed: seed, salt: RandomStream.posture.rawValue)
        let trunk = TrunkModel(rhythm: GaitRhythm(contacts: contacts, plans: plans), sway: PostureSway(random: &postureRandom), legs: [left, right])
        // The foot, shank and wrist sensors are on the left side.
        switch placement {
        case .foot: return sampler.sample(FootSensorModel(limb: left, otherLimb: right), at: times)
        case .shank: return sampler.sample(ShankSensorModel(limb: left, otherLimb: right), at: times)
        case .lowerBack: return sampler.sample(trunk, at: times)
        case .wrist: return sampler.sample(WristModel(trunk: trunk), at: times)
        }
    }
}
