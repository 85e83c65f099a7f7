import Foundation
import RetroGait

/// The collision at touchdown: the foot's velocity change delivered as a short pulse, plus ringing
/// of the shoe/soft tissue.
///
/// The velocity change Δv is spread over a gamma-shaped pulse t² e^(−t/τ) / (2τ³) (unit area, onset
/// at the contact, peak at 2τ), so integrating the acceleration still gives the right velocities.
/// Heel strikes are stiff (τ ≈ 3 ms, strong ringing); toe strikes are cushioned by the ankle
/// (τ ≈ 14 ms, little ringing) — the Lieberman et al. (2010) contrast between rearfoot and forefoot
/// strikes.
struct ImpactPulse {
    /// Onset, s.
    var time: Double
    /// Velocity change of the instep, m/s, travel frame.
    var velocityChange: SIMD3<Double>
    /// Pulse time constant, s.
    var tau: Double
    /// Ringing amplitude (g), frequency (Hz) and decay (s).
    var ringAmplitude: Double
    var ringFrequency: Double
    var ringDecay: Double

    /// How long after onset the pulse is still worth evaluating.
    static let span = 0.2

    /// The unit-area pulse shape at `dt` seconds after onset (1/s), optionally slowed by `stretch`.
    func shape(_ dt: Double, stretch: Double = 1) -> Double {
        guard dt > 0 else { return 0 }
        let t = tau * stretch
        return dt * dt * exp(-dt / t) / (2 * t * t * t)
    }

    /// Damped ringing (g) at `dt` after onset.
    func ring(_ dt: Double) -> Double {
        guard dt > 0 else { return 0 }
        return ringAmplitude * exp(-dt / ringDecay) * sin(2 * .pi * ringFrequency * dt)
    }

    /// Pulse and ringing parameters for a strike type.
    static func parameters(strike: FootStrike) -> (tau: Double, ring: Double, frequency: Double, decay: Double) {
        switch strike {
        case .heel: (0.003, 2.0, 45, 0.012)
        case .mid, .unknown: (0.006, 0.8, 40, 0.012)
        case .toe: (0.014, 0.25, 35, 0.015)
        }
    }
}

/// Sorted events looked up by time.
extension Array where Element == ImpactPulse {
    /// Indices of pulses with onset in (time − span, time].
    func active(at time: Double) -> Range<Int> {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].time <= time { low = mid + 1 } else { high = mid }
        }
        var first = low
        while first > 0, self[first - 1].time > time - ImpactPulse.span { first -= 1 }
        return first..<low
    }
}
