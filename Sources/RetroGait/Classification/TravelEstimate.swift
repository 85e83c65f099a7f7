/// Which way a bout travels, as a direction in the sensor frame, found from physics that holds for
/// forward and backward gait alike (so it says nothing yet about forward or backward).
struct TravelEstimate: Equatable {
    /// Unit vector of travel in the sensor frame (horizontal), or zero when nothing was measured.
    var direction: SIMD3<Float>
    /// Agreement of the per-step votes, 0…1: the length of the mean of their unit vectors.
    var consistency: Float
    /// How many steps (or strides) voted.
    var votes: Int
    /// Unit up vector in the sensor frame during the bout (mean specific force).
    var up: SIMD3<Float>
    /// Whether ``direction`` is known to point along the travel; false when it is only known to flip
    /// with it (the same sign relation holds within one activity, not across activities).
    var oriented = true

    static let none = TravelEstimate(direction: .zero, consistency: 0, votes: 0, up: [0, 0, 1])
}
