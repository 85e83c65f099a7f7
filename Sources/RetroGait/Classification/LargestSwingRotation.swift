/// The largest rotation a segment builds up from foot-flat through a swing: the running sum of the
/// angular velocity from `flat` (exclusive of `end`) at the sample where its length peaks — the swing's
/// main turn, whose axis tells which way the segment swings.
struct LargestSwingRotation {
    /// The summed angular velocity at the peak (deg/s × samples).
    var rotation: SIMD3<Float>
    /// Its length (deg/s × samples); 0 when the range is empty.
    var angle: Float

    /// O(end − flat).
    init(_ angularVelocity: VectorSignal, from flat: Int, to end: Int) {
        var running = SIMD3<Float>.zero
        rotation = .zero
        angle = 0
        for k in flat..<end {
            running += angularVelocity[k]
            let length = Vector3.length(running)
            if length > angle { angle = length; rotation = running }
        }
    }
}
