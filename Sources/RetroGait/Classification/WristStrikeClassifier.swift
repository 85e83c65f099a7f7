/// Heel or forefoot (``FootStrike/toe``) per wrist contact from ``WristStrikeModel``: `unknown`
/// when the model's probability is within ``undecidedBand`` of one half or the stride cannot be
/// measured. The confidence is |2p − 1|.
struct WristStrikeClassifier {
    var model: WristStrikeModel = .strikeWatch2025
    /// Probabilities within this distance of 0.5 are left `unknown`.
    var undecidedBand = 0.1

    func classify(_ features: WristStrikeFeatures?) -> (strike: FootStrike, confidence: Double) {
        guard let features else { return (.unknown, 0) }
        let probability = model.probabilityOfHeel(features)
        guard probability.isFinite else { return (.unknown, 0) }
        let confidence = abs(2 * probability - 1)
        guard abs(probability - 0.5) >= undecidedBand else { return (.unknown, confidence) }
        return (probability > 0.5 ? .heel : .toe, confidence)
    }
}
