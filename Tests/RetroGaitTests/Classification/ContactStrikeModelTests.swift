import Foundation
import GaitSimulator
import Testing
@testable import RetroGait

/// The foot/shank accelerometer strike features and the one-vs-rest model, on constructed data and
/// one simulated recording.
@Suite("Contact strike: features and model")
struct ContactStrikeModelTests {
    /// Features whose impact peak alone tells the class (toe low, mid middle, heel high), with a little
    /// spread in every value so that no feature is constant.
    static func features(peak: Double, jitter: Double) -> ContactStrikeFeatures {
        ContactStrikeFeatures(
            logImpactPeak: peak + jitter, logImpactSharpness: 3 + jitter, logRingingShare: -2 - jitter,
            logLoadingRate: 4 + 2 * jitter, tiltDegrees: StancePointValues(10 + jitter, 8 - jitter, 6 + 2 * jitter, 4 - 2 * jitter, 2 - jitter),
            uprightLoad: StancePointValues(1.2 + jitter, 1.1 - jitter, 1 + jitter / 2, 1 - jitter / 2, 1 - jitter),
            landingMotion: StancePointValues(0.8 + jitter, 0.4 - jitter, 0.2 + jitter / 3, 0.1 - jitter / 4, 0.05 + jitter / 5), landingTiltDegrees: 5 + jitter,
            lateTiltDegrees: 3 - jitter, logStanceSeconds: -1.5 + jitter, dutyFactor: 0.35 + jitter / 10,
            logSampleRate: jitter / 5)
    }

    static func examples() -> [ContactStrikeModel.Example] {
        var result: [ContactStrikeModel.Example] = []
        for k in 0..<30 {
            let jitter = Double(k % 7) / 20 - 0.15
            result.append(.init(features: features(peak: 0, jitter: jitter), strike: .toe))
            result.append(.init(features: features(peak: 1, jitter: jitter), strike: .mid))
            result.append(.init(features: features(peak: 2, jitter: jitter), strike: .heel))
        }
        return result
    }

    @Test func fittedModelSortsSeparableClasses() throws {
        let model = try ContactStrikeModel.fit(Self.examples())
        for (peak, strike) in [(0.0, FootStrike.toe), (1, .mid), (2, .heel)] {
            let p = try #require(model.probabilities(Self.features(peak: peak, jitter: 0.02)))
            #expect(abs(p.reduce(0, +) - 1) < 1e-9)
            let best = try #require(p.indices.max { p[$0] < p[$1] })
            #expect(ContactStrikeModel.classes[best] == strike, "\(p)")
        }
    }

    @Test func fitRejectsUnusableExamples() throws {
        #expect(throws: ContactStrikeModelError.noExamples) { try ContactStrikeModel.fit([]) }
        let unknownOnly = Self.examples().map { ContactStrikeModel.Example(features: $0.features, strike: .unknown) }
        #expect(throws: ContactStrikeModelError.noExamples) { try ContactStrikeModel.fit(unknownOnly) }
        let constant = Self.examples().map { ContactStrikeModel.Example(features: Self.features(peak: 1, jitter: 0), strike: $0.strike) }
        #expect(throws: ContactStrikeModelError.constantFeature) { try ContactStrikeModel.fit(constant) }
        let twoClasses = Self.examples().filter { $0.strike != .mid }
        #expect(throws: ContactStrikeModelError.self) { try ContactStrikeModel.fit(twoClasses) }
    }

    /// A tilt beyond 90° (a stance whose flat up was not found) is held at 90° in the model's terms,
    /// every tilt and only the tilts.
    @Test func termsHoldTiltsAtNinetyDegrees() throws {
        var features = Self.features(peak: 1, jitter: 0)
        features.tiltDegrees = StancePointValues(150, 120, 95, 90, 40)
        features.landingTiltDegrees = 168
        features.lateTiltDegrees = 100
        features.uprightLoad = StancePointValues(120, 1, 1, 1, 1)
        let terms = ContactStrikeModel.terms(features)
        let names = ContactStrikeFeatures.names
        func term(_ name: String) -> Double? { names.firstIndex(of: name).map { terms[$0] } }
        #expect([5, 10, 15, 20, 30].map { term("tilt_at_\($0)pct_stance_deg") } == [90, 90, 90, 90, 40])
        #expect(term("landing_tilt_deg") == 90)
        #expect(term("late_tilt_deg") == 90)
        #expect(term("upright_load_at_5pct_stance_g") == 120)
        let index = try #require(names.firstIndex(of: "landing_tilt_deg"))
        #expect(terms[names.count + index] == 90 * features.dutyFactor)
    }

    @Test func mismatchedModelGivesNoProbabilities() {
        let model = ContactStrikeModel(featureMeans: [0], featureScales: [1], intercepts: [0, 0, 0], coefficients: [[1], [1], [1]])
        #expect(model.probabilities(Self.features(peak: 1, jitter: 0)) == nil)
        #expect(ContactStrikeModel.simulatedFoot.featureMeans.count == ContactStrikeModel.termNames.count)
        #expect(ContactStrikeModel.simulatedShank.featureMeans.count == ContactStrikeModel.termNames.count)
    }

    @Test("Features do not depend on how the sensor is turned; a missing toe-off borrows its neighbours' stance")
    func rotationInvariantAndNeedToeOff() throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: "stand:3, fw-run@heel:10, stand:3"),
            options: SimulationOptions(placement: .shank, seed: 3))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .shank, sensorSide: .left)).analyze(simulated.recording)
        let contacts = analysis.events.filter { $0.kind == .initialContact }.map { Double($0.sampleIndex) }
        let toeOffs = analysis.events.filter { $0.kind == .toeOff }.map { Double($0.sampleIndex) }
        let ends: [Double?] = contacts.map { ic in toeOffs.first { $0 > ic && $0 < ic + 100 } }
        let a = simulated.recording.acceleration
        let turned = try Recording(
            sampleRate: simulated.recording.sampleRate,
            acceleration: TriaxialSignal(x: a.z.map { -$0 }, y: a.x, z: a.y.map { -$0 }), placement: .shank)
        let upright = ContactStrikeFeatures.measure(simulated.recording, initialContacts: contacts, toeOffs: ends)
        let rotated = ContactStrikeFeatures.measure(turned, initialContacts: contacts, toeOffs: ends)
        #expect(upright.compactMap { $0 }.count >= contacts.count - 4)
        for (p, q) in zip(upright, rotated) {
            #expect((p == nil) == (q == nil))
            guard let first = p, let second = q else { continue }
            // Only Float rounding differs (an angle near 0° through acos is good to a few hundredths).
            for (u, v) in zip(first.values, second.values) { #expect(abs(u - v) < 0.05 + 1e-3 * abs(u)) }
        }
        let withoutToeOffs = ContactStrikeFeatures.measure(
            simulated.recording, initialContacts: contacts, toeOffs: contacts.map { _ in nil })
        #expect(withoutToeOffs.allSatisfy { $0 == nil })
        let middle = contacts.count / 2
        var oneMissing = ends
        oneMissing[middle] = nil
        let borrowed = ContactStrikeFeatures.measure(simulated.recording, initialContacts: contacts, toeOffs: oneMissing)
        #expect(upright[middle] != nil && borrowed[middle] != nil)
    }
}

@Suite("Strike: stance point values")
struct StancePointValuesTests {
    @Test func holdsFiveValuesInStanceOrder() {
        let values = StancePointValues(1, 2, 3, 4, 5)
        #expect(Array(values) == [1, 2, 3, 4, 5])
        #expect(values.count == ContactStrikeFeatures.tiltFractions.count)
        #expect(values.count == ContactStrikeFeatures.landingWindowsMilliseconds.count)
        #expect(StancePointValues([1, 2, 3, 4, 5]) == values)
        #expect(StancePointValues([1, 2, 3, 4]) == nil)
        #expect(StancePointValues([1, 2, 3, 4, 5, 6]) == nil)
    }
}
