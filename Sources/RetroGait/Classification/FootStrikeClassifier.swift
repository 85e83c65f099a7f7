import Foundation

/// Toe, mid or heel strike per contact for a foot or shank sensor, with a confidence.
///
/// Foot with a gyroscope: a landing that barely turns the foot before foot-flat is mid; otherwise
/// the sense of the landing rotation against the swing's tells heel from toe (see
/// ``StrikeFeatures/landingTurnsLikeSwing``). Foot without a gyroscope, and shank (whose gyroscope
/// sees the tibia, not the foot's pitch): the impact and landing-tilt measures of
/// ``ContactStrikeFeatures`` weighed by ``ContactStrikeModel`` (``ContactStrikeModel/simulatedFoot``,
/// ``ContactStrikeModel/simulatedShank``); the confidence is the chosen class's probability, and a
/// contact whose most probable class is below ``minimumProbability``, or recorded below
/// ``minimumModelRate``, stays `unknown`.
struct FootStrikeClassifier {
    var placement: Placement
    /// Landing tilt (degrees) below which a landing counts as flat (mid). Heel and toe landings turn
    /// 15–20° (≥ 7° measured from a detected contact that may come some 30 ms late), flat ones ≈ 2°.
    var midTiltDegrees: Float = 5
    /// The accelerometer model's smallest winning probability for a decision.
    var minimumProbability = 0.0
    /// Below this rate (Hz) the accelerometer model is not used: it was fitted on 50–500 Hz, and at
    /// 25 Hz a 10–20 ms impact is not resolved (simulated: 68 % right at the foot, 53 % at the shank).
    var minimumModelRate = 45.0

    /// The model for accelerometer features at this placement, if there is one.
    var model: ContactStrikeModel? {
        switch placement {
        case .foot: .simulatedFoot
        case .shank: .simulatedShank
        default: nil
        }
    }

    /// With a gyroscope's landing rotation (foot sensors only).
    func classify(_ features: StrikeFeatures?) -> (strike: FootStrike, confidence: Double)? {
        guard placement == .foot, let features,
              let tilt = features.landingTiltDegrees, let likeSwing = features.landingTurnsLikeSwing
        else { return nil }
        let flatness = (midTiltDegrees - tilt) / midTiltDegrees
        if flatness > 0 { return (.mid, Double(min(1, 0.5 + flatness))) }
        return (likeSwing ? .heel : .toe, Double(min(1, 0.5 - flatness / 2)))
    }

    /// From the accelerometer alone; `inputs` is a buffer kept from one contact to the next.
    func classify(_ features: ContactStrikeFeatures?, inputs: inout [Double]) -> (strike: FootStrike, confidence: Double) {
        guard let features, features.logSampleRate >= log(minimumModelRate / 100), let model,
              let probabilities = model.probabilities(features, inputs: &inputs)
        else { return (.unknown, 0) }
        var best = 0
        for k in 1..<3 where probabilities[k] > probabilities[best] { best = k }
        guard probabilities[best] >= minimumProbability else { return (.unknown, probabilities[best]) }
        return (ContactStrikeModel.classes[best], probabilities[best])
    }
}
