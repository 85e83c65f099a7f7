import RetroGait

/// One planned ground contact of one foot, in continuous time.
struct Contact {
    var side: Side
    /// Initial contact, s.
    var initialContact: Double
    /// Toe-off (final contact), s.
    var toeOff: Double
    /// Time to the next initial contact of either foot, s.
    var stepTime: Double
    var activity: Activity
    var direction: Direction
    var strike: FootStrike
    /// Speed of travel at this contact (m/s, ramped near bout edges).
    var speed: Double
    /// Amplitude variation of the loading wave (≈ 1).
    var gain: Double
    /// Impact variation, asymmetry included (≈ 1).
    var impactGain: Double
    /// Index of the gait bout plan this contact belongs to.
    var plan: Int
    /// Step number within the bout, even for left contacts, odd for right.
    var stepNumber: Int

    var contactTime: Double { toeOff - initialContact }
    /// +1 forward, −1 backward: the sign of travel along the facing (AP) axis.
    var travelSign: Double { direction == .backward ? -1 : 1 }
}

/// The contacts of one scripted gait bout.
struct GaitBoutPlan {
    var bout: Bout
    var script: BoutScript
    /// Range of the bout's contacts in the session's contact list.
    var contacts: Range<Int>
    /// When the body starts to move (first lift-off from standing) and has settled again.
    var motionStart: Double
    var motionEnd: Double
}
