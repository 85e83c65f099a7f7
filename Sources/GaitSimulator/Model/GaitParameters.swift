import RetroGait

/// Speed, cadence and contact time of one gait at steady state, from simple speed relations.
///
/// The relations are linear fits chosen to pass through published typical values (see
/// `docs/SIMULATOR.md`): forward running ≈ 175 steps/min and ≈ 0.25 s contact at 3.2 m/s;
/// backward running at 75 % of that speed ≈ 204 steps/min, ≈ 0.19 s contact and ≈ 0.10 s flight
/// (Cavagna et al. 2012 report 0.098 s backward vs 0.072 s forward aerial time); walking ≈ 112 steps/min
/// forward and ≈ 118 backward with stance ≈ 62–64 % of the stride.
struct GaitParameters: Equatable {
    var activity: Activity
    var direction: Direction
    /// m/s.
    var speed: Double
    /// Steps per minute.
    var cadence: Double
    /// Ground contact time of one foot, s.
    var contactTime: Double

    /// Seconds from one initial contact to the next (either foot).
    var stepTime: Double { 60 / cadence }
    /// Aerial time of a running step (negative = double support in walking).
    var flightTime: Double { stepTime - contactTime }

    /// The default speed of an activity and direction: backward is 75 % of forward.
    static func defaultSpeed(_ activity: Activity, _ direction: Direction) -> Double {
        switch (activity, direction) {
        case (.running, .backward): 2.4
        case (.running, _): 3.2
        case (.walking, .backward): 0.9
        case (.walking, _): 1.3
        case (.standing, _): 0
        }
    }

    /// The steady-state parameters at `speed`, with `cadence` overriding the speed relation.
    init(_ activity: Activity, _ direction: Direction, speed: Double, cadence: Double? = nil) {
        self.activity = activity
        self.direction = direction
        self.speed = speed
        let backward = direction == .backward
        let naturalCadence: Double
        switch activity {
        case .running: naturalCadence = backward ? 170 + 14 * speed : 152 + 7 * speed
        case .walking: naturalCadence = backward ? 85 + 37 * speed : 70 + 32 * speed
        case .standing: naturalCadence = 0
        }
        self.cadence = cadence ?? naturalCadence
        let step = self.cadence > 0 ? 60 / self.cadence : 0
        switch activity {
        case .running:
            let natural = backward ? 0.08 + 0.27 / max(speed, 0.8) : 0.12 + 0.42 / max(speed, 0.8)
            // Keep a real aerial phase: at least 10 % of the step or 30 ms.
            let longest = step - max(0.03, 0.1 * step)
            contactTime = min(natural, longest)
        case .walking:
            let duty = backward ? 0.66 - 0.03 * speed : 0.65 - 0.025 * speed
            contactTime = duty * 2 * step
        case .standing:
            contactTime = 0
        }
    }

    /// The parameters of `script` at a fraction `factor` of its speed (ramps in and out of a bout);
    /// an explicit cadence is scaled by the same ratio the speed relation would give.
    init(_ script: BoutScript, speedFactor factor: Double = 1) {
        let full = script.speed ?? Self.defaultSpeed(script.activity, script.direction)
        let natural = GaitParameters(script.activity, script.direction, speed: full)
        let slowed = GaitParameters(script.activity, script.direction, speed: full * factor)
        let cadence = script.cadence.map { $0 * slowed.cadence / max(natural.cadence, 1) }
        self.init(script.activity, script.direction, speed: full * factor, cadence: cadence)
    }
}
