/// The axis about which a foot tips toe-down, in the sensor frame, pooled over a recording's swings.
///
/// In swing the knee flexes, the heel rises behind the knee and the foot tips toe-down, whichever
/// way the body travels: the largest rotation from foot-flat through a swing
/// (``LargestSwingRotation``) turns about the foot's left-right axis in the toe-down sense. A sensor
/// does not turn round on the foot, so that axis is one vector for the whole recording. Pooling the
/// swings keeps an odd one (the pivot of a turn, the swing into a pause, a foot set down beside the
/// other) from deciding how the landing before it is read.
enum ToeDownAxis {
    /// Swings that turn less than this (degrees) are not counted.
    static let minimumSwingDegrees: Float = 15
    /// The pooled unit votes must agree at least this much (length of their mean) for an axis.
    static let minimumAgreement: Float = 0.5

    /// The unit toe-down axis, or nil when no swing turns enough or the swings disagree.
    ///
    /// A swing runs from a contact's foot-flat to the next contact; only swings of the gait count (the
    /// next contact has a toe-off: a contact without one is the foot set down to rest).
    /// - Complexity: O(samples in the swings).
    static func pooled(
        contacts: [DetectedContact], flats: [Int?], angularVelocity: VectorSignal, sampleRate: Double
    ) -> SIMD3<Float>? {
        var votes = SIMD3<Float>.zero
        var count = 0
        for index in contacts.indices.dropLast() {
            guard let flat = flats[index], contacts[index + 1].toeOffPosition != nil else { continue }
            let end = min(angularVelocity.count, Int(contacts[index + 1].position.rounded()))
            guard end > flat + 1 else { continue }
            let swing = LargestSwingRotation(angularVelocity, from: flat, to: end)
            // Degrees: the sum is in deg/s × samples.
            guard swing.angle / Float(sampleRate) >= minimumSwingDegrees, let unit = Vector3.unit(swing.rotation)
            else { continue }
            votes += unit
            count += 1
        }
        guard count > 0, Vector3.length(votes) / Float(count) >= minimumAgreement else { return nil }
        return Vector3.unit(votes)
    }
}
