import Foundation
import Testing
@testable import RetroGait

/// The wrist heel/forefoot features and model on constructed signals (no data set needed).
@Suite("Wrist strike: features and model")
struct WristStrikeModelTests {
    /// A 100 Hz wrist-like recording: arm swing plus a step-rate bounce, and per step either a short
    /// impact spike (heel-like) or none (forefoot-like). Contacts every `period` samples.
    static func recording(spike: Float, rotated: Bool = false) throws -> (Recording, [Double]) {
        let period = 37
        let count = period * 40
        var x = [Float](repeating: 0, count: count), y = x, z = x
        for i in 0..<count {
            let phase = Float(i % period) / Float(period)
            let bounce: Float = 0.8 * sin(2 * .pi * phase)
            let swing: Float = 0.6 * sin(Float.pi * Float(i) / Float(period))
            let impact: Float = i % period == 2 ? spike : (i % period == 3 ? spike / 2 : 0)
            x[i] = swing
            y[i] = 0.2 * cos(Float.pi * Float(i) / Float(period))
            z[i] = 1 + max(-0.9, bounce) + impact
        }
        if rotated {
            // 90° about x, then 90° about z: (x, y, z) → (−z, x, −y)… any proper rotation will do.
            (x, y, z) = (z.map { -$0 }, x, y.map { -$0 })
        }
        let recording = try Recording(
            sampleRate: 100, acceleration: TriaxialSignal(x: x, y: y, z: z), placement: .wrist)
        return (recording, stride(from: 37.0, to: Double(count - 2 * period), by: Double(period)).map { $0 })
    }

    @Test("Features do not depend on how the sensor is turned on the wrist")
    func rotationInvariant() throws {
        let (upright, contacts) = try Self.recording(spike: 0.8)
        let (turned, _) = try Self.recording(spike: 0.8, rotated: true)
        let a = WristStrikeFeatures.measure(upright, contactPositions: contacts)
        let b = WristStrikeFeatures.measure(turned, contactPositions: contacts)
        #expect(a.count == contacts.count)
        for (first, second) in zip(a, b) {
            let p = try #require(first), q = try #require(second)
            for (u, v) in zip(p.values, q.values) { #expect(abs(u - v) <= 1e-4 * max(1, abs(u))) }
        }
    }

    @Test("An impact spike raises crest factor, sharpness and the committed model's heel probability")
    func impactMakesHeel() throws {
        let (sharp, contacts) = try Self.recording(spike: 0.9)
        let (smooth, _) = try Self.recording(spike: 0)
        let spiky = try #require(WristStrikeFeatures.measure(sharp, contactPositions: contacts)[5])
        let soft = try #require(WristStrikeFeatures.measure(smooth, contactPositions: contacts)[5])
        #expect(spiky.crestFactor > soft.crestFactor)
        #expect(spiky.impactSharpness > soft.impactSharpness)
        #expect(abs(spiky.cadence - 6000.0 / 37) < 1e-9)
        let model = WristStrikeModel.strikeWatch2025
        #expect(model.probabilityOfHeel(spiky) > model.probabilityOfHeel(soft))
    }

    @Test("Strides that leave the recording, or lone contacts, have no features")
    func edges() throws {
        let (recording, _) = try Self.recording(spike: 0.5)
        let features = WristStrikeFeatures.measure(recording, contactPositions: [5, 42, 79, Double(recording.count - 10)])
        #expect(features[0] == nil)  // stride starts before the recording
        #expect(features[1] != nil)
        #expect(features[3] == nil)  // stride runs past the end
        #expect(WristStrikeFeatures.measure(recording, contactPositions: [400]) == [nil])
    }

    @Test("A fit recovers which feature separates the classes and classifies its examples")
    func fitSeparates() throws {
        var examples: [WristStrikeModel.Example] = []
        for i in 0..<60 {
            let heel = i % 2 == 0
            let noise = Double((i * 7) % 13) / 13 - 0.5
            examples.append(.init(
                features: WristStrikeFeatures(
                    crestFactor: (heel ? 2.0 : 1.6) + 0.3 * noise, impactSharpness: 70 + 10 * Double(i % 5),
                    unloadedShare: 0.3 + 0.01 * Double(i % 3), cadence: 160 + Double(i % 4)),
                isHeel: heel))
        }
        let model = try WristStrikeModel.fit(examples)
        #expect(model.coefficients[0] > 1)
        let right = examples.count { (model.probabilityOfHeel($0.features) > 0.5) == $0.isHeel }
        #expect(right == examples.count)
        let classifier = WristStrikeClassifier(model: model)
        #expect(classifier.classify(examples[0].features).strike == .heel)
        #expect(classifier.classify(examples[1].features).strike == .toe)
        #expect(classifier.classify(nil).strike == .unknown)
    }

    @Test("Unfittable examples give typed errors")
    func fitErrors() {
        #expect(throws: WristStrikeModelError.noExamples) { try WristStrikeModel.fit([]) }
        let same = WristStrikeFeatures(crestFactor: 2, impactSharpness: 50, unloadedShare: 0.2, cadence: 160)
        #expect(throws: WristStrikeModelError.constantFeature) {
            try WristStrikeModel.fit([.init(features: same, isHeel: true), .init(features: same, isHeel: false)])
        }
    }
}
