public import RetroGait

/// A simulated recording with its exact ground truth.
public struct SimulatedRecording: Sendable, Equatable {
    /// The samples, in g and deg/s, in the (rotated) sensor frame. Its `sampleRate` is the nominal
    /// rate; with gaps or jitter the true instants are in ``sampleTimes``.
    public let recording: Recording
    /// The instant of each sample in seconds, from 0. Equal to `i / sampleRate` unless gaps or
    /// jitter were asked for.
    public let sampleTimes: [Double]
    /// Initial contact and toe-off of every contact of both feet, in time order, with side, strike and
    /// direction; `sampleIndex` is the nearest sample in ``sampleTimes``; confidence 1. Each gait bout
    /// also holds each foot's lift-off from standing before its first step (a toe-off with no initial
    /// contact in the bout before it; strike `unknown`) and its settling touchdown after its last step
    /// (an initial contact with no toe-off in the bout; strike `unknown`): the model lifts the foot out of
    /// rest into its first swing, and at the end swings it beside the other and puts it down with an
    /// impact.
    public let events: [GaitEvent]
    /// The scripted bouts, back to back from 0 to the end of the session.
    public let bouts: [Bout]
    /// The mounting actually used: its rows are the sensor axes in the segment frame.
    public let mounting: RotationMatrix

    /// Whether the sample instants are exactly `i / sampleRate` (no gaps, no jitter).
    public let isUniformlySampled: Bool
}
