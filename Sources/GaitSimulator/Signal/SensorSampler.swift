import Foundation

/// Samples a continuous sensor model the way a digital sensor would: each sample is a short
/// zero-phase Hann-weighted average of the model around its instant (an anti-aliasing filter about
/// 1.5 sample periods wide), so impacts narrower than a sample period are smeared, not aliased or lost.
struct SensorSampler {
    let sampleRate: Double
    /// Points of the averaging window.
    private let offsets: [Double]
    private let weights: [Double]

    init(sampleRate: Double) {
        self.sampleRate = sampleRate
        let points = 9
        let width = 1.5 / sampleRate
        var offsets: [Double] = [], weights: [Double] = []
        for k in 0..<points {
            let x = (Double(k) + 0.5) / Double(points)  // (0, 1)
            offsets.append((x - 0.5) * width)
            weights.append(sin(.pi * x) * sin(.pi * x))
        }
        let total = weights.reduce(0, +)
        self.offsets = offsets
        self.weights = weights.map { $0 / total }
    }

    /// The filtered model at each instant, in the segment frame.
    func sample(_ model: some SensorModel, at times: [Double]) -> (acceleration: [SIMD3<Double>], rotation: [SIMD3<Double>]) {
        var acceleration = [SIMD3<Double>](repeating: .zero, count: times.count)
        var rotation = [SIMD3<Double>](repeating: .zero, count: times.count)
        for (i, time) in times.enumerated() {
            var a = SIMD3<Double>.zero, w = SIMD3<Double>.zero
            for k in offsets.indices {
                let value = model.evaluate(at: time + offsets[k])
                a += weights[k] * value.acceleration
                w += weights[k] * value.rotation
            }
            acceleration[i] = a
            rotation[i] = w
        }
        return (acceleration, rotation)
    }
}
