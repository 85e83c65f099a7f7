import GaitSimulator
import RetroGait

/// One simulated recording of the accuracy matrix.
struct SimulatedScenario: Sendable {
    enum Noise: String, Sendable, CaseIterable {
        case low, high

        /// White noise g RMS and largest bias g per axis.
        var levels: (noise: Double, bias: Double) {
            switch self {
            case .low: (0.01, 0.01)
            case .high: (0.05, 0.05)
            }
        }
    }

    /// Seconds of standing before and after the gait bout.
    static let standing = 3.0
    /// Seconds of gait.
    static let gait = 20.0

    var placement: Placement
    var direction: Direction
    var activity: Activity
    var strike: FootStrike
    var sampleRate: Double
    var noise: Noise
    var seed: UInt64
    /// Part of the full factorial matrix (as opposed to an extra-rate row).
    var isCore: Bool

    var name: String {
        "\(placement.rawValue) \(direction.rawValue) \(activity.rawValue) \(strike.rawValue) "
            + "\(Format.number(sampleRate, 0)) Hz \(noise.rawValue) noise seed \(seed)"
    }

    /// ``standing`` s of standing, ``gait`` s of one gait bout, ``standing`` s of standing.
    static func script(_ activity: Activity, direction: Direction, strike: FootStrike) -> SessionScript {
        SessionScript([
            BoutScript(.standing, duration: standing),
            BoutScript(activity, direction: direction, duration: gait, strike: strike),
            BoutScript(.standing, duration: standing),
        ])
    }

    /// Standing, one gait bout, standing. The foot, shank and wrist sensors sit on the left side.
    func evaluationCase() -> RecordingEvaluation {
        let script = Self.script(activity, direction: direction, strike: strike)
        let options = SimulationOptions(
            placement: placement, sampleRate: sampleRate, seed: seed,
            noise: noise.levels.noise, bias: noise.levels.bias)
        let simulated = GaitSimulator.simulate(script, options: options)
        let side: Side = placement == .foot || placement == .shank ? .left : .unknown
        return RecordingEvaluation(
            name: name, recording: simulated.recording, placement: placement, sensorSide: side,
            truth: simulated.events, scoringWindow: nil)
    }

    static let placements: [Placement] = [.foot, .shank, .lowerBack, .wrist]
    static let directions: [Direction] = [.forward, .backward]
    static let activities: [Activity] = [.walking, .running]
    static let strikes: [FootStrike] = [.heel, .mid, .toe]
    static let coreRates: [Double] = [50, 100, 500]
    static let extraRates: [Double] = [25, 1000]

    /// The full matrix (placement × direction × activity × strike × rate × noise) plus one 25 Hz and one
    /// 1000 Hz recording per placement × direction × activity (the direction's usual strike, low noise).
    /// Seeds are fixed: the scenario's position in this list.
    static func matrix() -> [SimulatedScenario] {
        var scenarios: [SimulatedScenario] = []
        func add(_ p: Placement, _ d: Direction, _ a: Activity, _ s: FootStrike, _ r: Double, _ n: Noise, core: Bool) {
            scenarios.append(SimulatedScenario(
                placement: p, direction: d, activity: a, strike: s, sampleRate: r, noise: n,
                seed: 1000 + UInt64(scenarios.count), isCore: core))
        }
        for p in placements {
            for d in directions {
                for a in activities {
                    for s in strikes {
                        for r in coreRates {
                            for n in Noise.allCases { add(p, d, a, s, r, n, core: true) }
                        }
                    }
                    for r in extraRates { add(p, d, a, d == .backward ? .toe : .heel, r, .low, core: false) }
                }
            }
        }
        return scenarios
    }
}
