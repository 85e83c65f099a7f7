/// Which way a shank turns when the knee flexes, from one stride of a shank-worn gyroscope.
///
/// The shank's angle over a stride swings to both sides of where it stood in stance, but not
/// equally: in swing the knee flexes and carries the ankle far behind the knee (55–80° from
/// vertical), whichever way the body travels, while the other side (the ankle ahead of the knee,
/// at a forward landing or a backward push-off) stays within 20–30°. The turn from the stance
/// toward the larger side is therefore knee flexion, a body-fixed rotation about the body's
/// left-right axis; `rotation × up` points to the wearer's front, as a foot's swing turn does.
///
/// The angle is the angular velocity summed along the stride's main axis (``LargestSwingRotation``),
/// with its drift over the stride removed (the shank is back where it was at the next contact),
/// and the reference is its mean from the contact to the toe-off.
struct KneeFlexionSide {
    /// The knee-flexion rotation axis (unit, sensor frame).
    var rotation: SIMD3<Float>
    /// (larger excursion − smaller) / (sum of both), 0…1: how lopsided the stride's swing is.
    var asymmetry: Float
    /// The stride's whole range of shank angle (degrees).
    var rangeDegrees: Float

    /// Measures the stride from `contact` to `nextContact` (sample indices), stance ending at `toeOff`,
    /// angular velocity in deg/s; nil when the stride is too short, the toe-off lies outside it, or
    /// the shank does not turn.
    /// O(nextContact − contact), no allocation.
    init?(_ angularVelocity: VectorSignal, contact: Int, toeOff: Int, nextContact: Int, sampleRate: Double) {
        guard contact >= 0, nextContact <= angularVelocity.count, contact < toeOff, toeOff < nextContact - 1,
              let axis = Vector3.unit(LargestSwingRotation(angularVelocity, from: contact, to: nextContact).rotation)
        else { return nil }
        var drift: Float = 0
        for k in contact..<nextContact { drift += Vector3.dot(angularVelocity[k], axis) }
        let driftPerSample = drift / Float(nextContact - contact)
        var angle: Float = 0
        var highest = -Float.infinity, lowest = Float.infinity, stanceSum: Float = 0
        for k in contact..<nextContact {
            angle += Vector3.dot(angularVelocity[k], axis) - driftPerSample
            highest = max(highest, angle)
            lowest = min(lowest, angle)
            if k < toeOff { stanceSum += angle }
        }
        let stance = stanceSum / Float(toeOff - contact)
        let above = highest - stance, below = stance - lowest
        guard above + below > 0 else { return nil }
        rotation = above >= below ? axis : -axis
        asymmetry = abs(above - below) / (above + below)
        rangeDegrees = (highest - lowest) / Float(sampleRate)
    }
}
