import GaitSimulator
@testable import RetroGait
import Testing

/// One row of the simulated contact tests: a placement, direction and activity with the floors its
/// detector must keep (lowest IC and TC F1 within ±40 ms, highest median |IC error| in ms).
struct SimulatedContactRow: CustomTestStringConvertible, Sendable {
    var placement: Placement
    var direction: Direction
    var activity: Activity
    var initialContactF1: Double
    var toeOffF1: Double
    var medianErrorMs: Double

    var testDescription: String { "\(placement.rawValue) \(direction.rawValue) \(activity.rawValue)" }

    /// Standing after the bout, s: each foot's settling touchdown after the bout's last step (an initial
    /// contact of the truth) is known to be the last landing only from the rest that follows it, so the
    /// foot and shank rows do not end within a stride of it.
    var standingAfterSeconds: Double = 0

    /// A 20 s bout of this row's gait at `rate` Hz, seed 3, with `configure` applied to the options,
    /// followed by ``standingAfterSeconds`` of standing.
    func simulate(rate: Double, configure: (inout SimulationOptions) -> Void = { _ in }) -> SimulatedRecording {
        var options = SimulationOptions(placement: placement, sampleRate: rate, seed: 3)
        configure(&options)
        var bouts = [BoutScript(activity, direction: direction, duration: 20)]
        if standingAfterSeconds > 0 { bouts.append(BoutScript(.standing, duration: standingAfterSeconds)) }
        return GaitSimulator.simulate(SessionScript(bouts), options: options)
    }
}
