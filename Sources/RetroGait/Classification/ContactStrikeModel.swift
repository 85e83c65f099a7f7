import GaitDSP

/// A toe / mid / heel model for foot and shank accelerometers: one logistic regression per class
/// against the other two (one-vs-rest) on the standardised ``terms(_:)`` of ``ContactStrikeFeatures``
/// (the features and their products with the duty factor and the sample rate), fitted in the
/// package (GaitDSP's IRLS through LAPACKE); the three probabilities are normalised to sum to one.
///
/// The models the analyzer uses are ``simulatedFoot`` and ``simulatedShank`` (fitted on simulated
/// recordings by the `ContactStrikeFit` tool); ``fit(_:ridge:)`` refits one on other data.
public struct ContactStrikeModel: Sendable, Equatable {
    /// The classes in the order of ``intercepts`` and ``coefficients``.
    public static let classes: [FootStrike] = [.toe, .mid, .heel]

    /// Per-term means subtracted before scaling (``termNames`` order).
    public var featureMeans: [Double]
    /// Per-term standard deviations the centred values are divided by.
    public var featureScales: [Double]
    /// Per class, the intercept of its log-odds against the other classes.
    public var intercepts: [Double]
    /// Per class, the slopes of its log-odds on the standardised terms.
    public var coefficients: [[Double]]

    /// Creates a model from known numbers.
    public init(featureMeans: [Double], featureScales: [Double], intercepts: [Double], coefficients: [[Double]]) {
        self.featureMeans = featureMeans
        self.featureScales = featureScales
        self.intercepts = intercepts
        self.coefficients = coefficients
    }

    /// The probability of each class (``classes`` order, summing to 1), or `nil` when the model and
    /// the features do not fit together or a value is not finite.
    public func probabilities(_ features: ContactStrikeFeatures) -> [Double]? {
        var inputs: [Double] = []
        return probabilities(features, inputs: &inputs).map { [$0.x, $0.y, $0.z] }
    }

    /// ``probabilities(_:)`` with the model's inputs built in `inputs`, a buffer the caller keeps from
    /// one contact to the next (the analyzer calls this once per contact: nothing is allocated once the
    /// buffer has grown).
    func probabilities(_ features: ContactStrikeFeatures, inputs: inout [Double]) -> SIMD3<Double>? {
        Self.writeTerms(features, into: &inputs)
        let width = inputs.count
        guard width == featureMeans.count, width == featureScales.count,
              intercepts.count == Self.classes.count, coefficients.count == Self.classes.count,
              coefficients.allSatisfy({ $0.count == width })
        else { return nil }
        for j in 0..<width { inputs[j] = (inputs[j] - featureMeans[j]) / featureScales[j] }
        var result = SIMD3<Double>()
        for k in 0..<3 { result[k] = LogisticRegression(intercept: intercepts[k], coefficients: coefficients[k]).probability(inputs) }
        let total = result.x + result.y + result.z
        guard total > 0, total.isFinite else { return nil }
        return result / total
    }

    /// One labelled contact for ``fit(_:ridge:)``.
    public struct Example: Sendable, Equatable {
        /// The contact's features.
        public var features: ContactStrikeFeatures
        /// How the foot landed (toe, mid or heel).
        public var strike: FootStrike
        /// How much the contact counts.
        public var weight: Double

        /// Creates an example.
        public init(features: ContactStrikeFeatures, strike: FootStrike, weight: Double = 1) {
            self.features = features
            self.strike = strike
            self.weight = weight
        }
    }

    /// Fits a model: the features are standardised with the weighted mean and standard deviation of
    /// the examples, then one ridge-penalised logistic regression per class against the others is
    /// fitted (weights rescaled to mean 1, so `ridge` compares with the number of examples).
    /// Examples whose strike is `unknown` are ignored.
    /// - Throws: ``ContactStrikeModelError`` when the examples cannot support a fit.
    public static func fit(_ examples: [Example], ridge: Double = 1) throws(ContactStrikeModelError) -> ContactStrikeModel {
        let labelled = examples.filter { classes.contains($0.strike) && $0.weight > 0 }
        let totalWeight = labelled.reduce(0) { $0 + $1.weight }
        guard !labelled.isEmpty, totalWeight.isFinite else { throw .noExamples }
        let inputs = labelled.map { terms($0.features) }
        let standardisation = WeightedStandardisation(
            rows: inputs, weights: labelled.map(\.weight), totalWeight: totalWeight, width: termNames.count)
        let (means, scales) = (standardisation.means, standardisation.scales)
        // Rounding leaves a constant feature a tiny spread: anything below 1e-9 of its size is constant.
        guard zip(scales, means).allSatisfy({ $0.isFinite && $0 > 1e-9 * max(1, abs($1)) }) else { throw .constantFeature }
        let unfitted = ContactStrikeModel(featureMeans: means, featureScales: scales, intercepts: [], coefficients: [])
        let rows = inputs.map(unfitted.standardised)
        let rescale = Double(labelled.count) / totalWeight
        let weights = labelled.map { $0.weight * rescale }
        var intercepts: [Double] = []
        var coefficients: [[Double]] = []
        for strike in classes {
            do {
                let regression = try LogisticRegression.fit(
                    features: rows, labels: labelled.map { $0.strike == strike }, weights: weights, ridge: ridge)
                intercepts.append(regression.intercept)
                coefficients.append(regression.coefficients)
            } catch {
                throw .fitFailed("\(strike.rawValue): \(error.description)")
            }
        }
        return ContactStrikeModel(featureMeans: means, featureScales: scales, intercepts: intercepts, coefficients: coefficients)
    }

    /// The model's inputs: the features, then each feature times the duty factor and times the log
    /// sample rate (how an impact or tilt measure reads depends on the gait and on the sampling).
    public static func terms(_ features: ContactStrikeFeatures) -> [Double] {
        var result: [Double] = []
        writeTerms(features, into: &result)
        return result
    }

    /// Replaces the contents of `buffer` with ``terms(_:)`` (keeping its capacity).
    static func writeTerms(_ features: ContactStrikeFeatures, into buffer: inout [Double]) {
        let count = ContactStrikeFeatures.names.count
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(3 * count - 3)
        features.appendValues(to: &buffer)
        // A tilt from the stance's flat up beyond 90° is no landing tilt (the flat up was not found):
        // such values are held at 90°, so that a few of them cannot dominate the fit.
        for j in tiltTermIndices { buffer[j] = min(buffer[j], maximumTiltDegrees) }
        for j in 0..<(count - 2) { buffer.append(buffer[j] * features.dutyFactor) }
        for j in 0..<(count - 1) { buffer.append(buffer[j] * features.logSampleRate) }
    }

    /// Largest tilt (degrees) a term keeps.
    static let maximumTiltDegrees = 90.0
    /// Positions of the tilt features among ``ContactStrikeFeatures/names``.
    static let tiltTermIndices = ContactStrikeFeatures.names.indices.filter { ContactStrikeFeatures.names[$0].hasPrefix("tilt") || ContactStrikeFeatures.names[$0].hasSuffix("tilt_deg") }

    /// Names matching ``terms(_:)``.
    public static let termNames: [String] = {
        let names = ContactStrikeFeatures.names
        return names + names.dropLast(2).map { "\($0)*duty_factor" } + names.dropLast(1).map { "\($0)*ln_rate" }
    }()

    private func standardised(_ values: [Double]) -> [Double] {
        zip(values, zip(featureMeans, featureScales)).map { value, scaling in (value - scaling.0) / scaling.1 }
    }
}

/// Why a foot/shank strike model could not be fitted.
public enum ContactStrikeModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No examples with a known strike and a positive weight.
    case noExamples
    /// A feature does not vary over the examples, so it cannot be standardised.
    case constantFeature
    /// A per-class logistic regression failed (every class needed, finite features).
    case fitFailed(String)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .noExamples: "no weighted examples with a known strike to fit a contact strike model"
        case .constantFeature: "a contact strike feature is constant over the examples"
        case .fitFailed(let why): "contact strike model fit failed: \(why)"
        }
    }
}
