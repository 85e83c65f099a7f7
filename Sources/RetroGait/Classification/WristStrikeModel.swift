import GaitDSP

/// A heel-versus-forefoot model for wrist sensors: a logistic regression on standardised
/// ``WristStrikeFeatures``, fitted in the package (GaitDSP's IRLS through LAPACKE).
///
/// The model the analyzer uses is ``strikeWatch2025``; ``fit(_:ridge:)`` refits one on other data.
public struct WristStrikeModel: Sendable, Equatable {
    /// Per-feature means subtracted before scaling (``WristStrikeFeatures/values`` order).
    public var featureMeans: [Double]
    /// Per-feature standard deviations the centred values are divided by.
    public var featureScales: [Double]
    /// Intercept of the log-odds of a heel strike.
    public var intercept: Double
    /// Slopes of the log-odds of a heel strike on the standardised features.
    public var coefficients: [Double]

    /// Creates a model from known numbers.
    public init(featureMeans: [Double], featureScales: [Double], intercept: Double, coefficients: [Double]) {
        self.featureMeans = featureMeans
        self.featureScales = featureScales
        self.intercept = intercept
        self.coefficients = coefficients
    }

    /// The probability (0…1) that the step landed on the heel rather than the forefoot.
    public func probabilityOfHeel(_ features: WristStrikeFeatures) -> Double {
        LogisticRegression(intercept: intercept, coefficients: coefficients).probability(standardised(features.values))
    }

    /// One labelled step for ``fit(_:ridge:)``.
    public struct Example: Sendable, Equatable {
        /// The step's features.
        public var features: WristStrikeFeatures
        /// Whether the step was a heel strike (else forefoot).
        public var isHeel: Bool
        /// How much the step counts (e.g. 1 / steps of its file, so that each file counts once).
        public var weight: Double

        /// Creates an example.
        public init(features: WristStrikeFeatures, isHeel: Bool, weight: Double = 1) {
            self.features = features
            self.isHeel = isHeel
            self.weight = weight
        }
    }

    /// Fits a model: the features are standardised with the weighted mean and standard deviation of
    /// the examples, then a ridge-penalised logistic regression is fitted (weights rescaled to mean 1,
    /// so `ridge` compares with the number of examples).
    /// - Throws: ``WristStrikeModelError`` when the examples cannot support a fit.
    public static func fit(_ examples: [Example], ridge: Double = 1) throws(WristStrikeModelError) -> WristStrikeModel {
        let totalWeight = examples.reduce(0) { $0 + $1.weight }
        guard !examples.isEmpty, totalWeight > 0, totalWeight.isFinite else { throw .noExamples }
        let inputs = examples.map(\.features.values)
        let standardisation = WeightedStandardisation(
            rows: inputs, weights: examples.map(\.weight), totalWeight: totalWeight, width: WristStrikeFeatures.names.count)
        let (means, scales) = (standardisation.means, standardisation.scales)
        guard scales.allSatisfy({ $0 > 0 && $0.isFinite }) else { throw .constantFeature }
        let rescale = Double(examples.count) / totalWeight
        let unfitted = WristStrikeModel(featureMeans: means, featureScales: scales, intercept: 0, coefficients: [])
        do {
            let regression = try LogisticRegression.fit(
                features: inputs.map(unfitted.standardised),
                labels: examples.map(\.isHeel), weights: examples.map { $0.weight * rescale }, ridge: ridge)
            return WristStrikeModel(
                featureMeans: means, featureScales: scales, intercept: regression.intercept,
                coefficients: regression.coefficients)
        } catch {
            throw .fitFailed(error.description)
        }
    }

    private func standardised(_ values: [Double]) -> [Double] {
        zip(values, zip(featureMeans, featureScales)).map { value, scaling in (value - scaling.0) / scaling.1 }
    }
}

/// Why a wrist strike model could not be fitted.
public enum WristStrikeModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No examples, or none with a positive weight.
    case noExamples
    /// A feature does not vary over the examples, so it cannot be standardised.
    case constantFeature
    /// The logistic regression failed (both classes needed, finite features).
    case fitFailed(String)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .noExamples: "no weighted examples to fit a wrist strike model"
        case .constantFeature: "a wrist strike feature is constant over the examples"
        case .fitFailed(let why): "wrist strike model fit failed: \(why)"
        }
    }
}
