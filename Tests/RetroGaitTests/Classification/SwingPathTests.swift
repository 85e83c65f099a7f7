import Foundation
import Testing
@testable import RetroGait

/// Dead reckoning of a foot sensor's swing (``SwingPath``) and the travel-reversal cut of a bout.
@Suite("Direction: swing path and travel reversal")
struct SwingPathTests {
    static func signal(_ vectors: [SIMD3<Float>]) -> VectorSignal {
        VectorSignal(TriaxialSignal(x: vectors.map(\.x), y: vectors.map(\.y), z: vectors.map(\.z)))
    }

    @Test("Without rotation a constant push integrates to a·dt²·n(n+1)/2 along the push")
    func constantPush() throws {
        let n = 40
        let force = [SIMD3<Float>](repeating: [0, 0.25, 1], count: n)
        let still = [SIMD3<Float>](repeating: .zero, count: n)
        let path = try #require(SwingPath.displacement(
            from: 0, to: n, up: [0, 0, 1], acceleration: Self.signal(force), angularVelocity: Self.signal(still),
            sampleRate: 100))
        let expected = 0.25 * 0.01 * 0.01 * Float(n * (n + 1)) / 2
        #expect(abs(path.y - expected) < 1e-5 * expected + 1e-7)
        #expect(abs(path.x) < 1e-7 && abs(path.z) < 1e-7)
    }

    /// A sensor that only turns (gravity swinging round in its frame, as in a foot's pitch) does not
    /// move: the tracked orientation turns gravity back, whatever the angle (here 90°).
    @Test("A pure rotation leaves no displacement")
    func pureRotation() throws {
        let n = 50
        let rate: Float = 180  // deg/s about y: 90° in 0.5 s
        var force: [SIMD3<Float>] = []
        for k in 0..<n {
            let angle = Double(rate) * Double(k) / 100 * .pi / 180
            // Gravity (0, 0, 1) in the frame of a sensor turned by `angle` about y: Rᵀ g.
            force.append(SIMD3<Float>(Float(-sin(angle)), 0, Float(cos(angle))))
        }
        let rates = [SIMD3<Float>](repeating: [0, rate, 0], count: n)
        let path = try #require(SwingPath.displacement(
            from: 0, to: n, up: [0, 0, 1], acceleration: Self.signal(force), angularVelocity: Self.signal(rates),
            sampleRate: 100))
        #expect(Vector3.length(path) < 1e-4)
        // Without the orientation the same force would look like a push toward −x.
        let frozen = try #require(SwingPath.displacement(
            from: 0, to: n, up: [0, 0, 1], acceleration: Self.signal(force),
            angularVelocity: Self.signal([SIMD3<Float>](repeating: .zero, count: n)), sampleRate: 100))
        #expect(frozen.x < -0.01)
    }

    @Test("A window outside the signal gives nil")
    func bounds() {
        let signal = Self.signal([SIMD3<Float>](repeating: [0, 0, 1], count: 10))
        #expect(SwingPath.displacement(from: 5, to: 20, up: [0, 0, 1], acceleration: signal, angularVelocity: signal, sampleRate: 100) == nil)
    }

    /// Without a gyroscope: a foot that speeds up along +x and stops again, from rest to rest, under
    /// a constant gravity. Σ ((n − 1)/2 − k) f_k / n² over 40 samples of ±A is A/4 along x; gravity,
    /// constant in the frame, drops out; the same swing played backward in time moves the other way.
    @Test("At a fixed orientation a rest-to-rest swing points along its travel, and reversed in time against it")
    func fixedOrientationSwing() throws {
        let n = 40
        let push: Float = 0.8
        let swing = (0..<n).map { k in SIMD3<Float>(k < n / 2 ? push : -push, 0, 1) }
        let path = try #require(SwingPath.displacementAtFixedOrientation(from: 0, to: n, acceleration: Self.signal(swing)))
        #expect(abs(path.x - push / 4) < 1e-5)
        #expect(abs(path.y) < 1e-6 && abs(path.z) < 1e-6)
        let reversed = try #require(SwingPath.displacementAtFixedOrientation(
            from: 0, to: n, acceleration: Self.signal(swing.reversed())))
        #expect(Vector3.length(reversed + path) < 1e-6)
        let still = try #require(SwingPath.displacementAtFixedOrientation(
            from: 0, to: n, acceleration: Self.signal([SIMD3<Float>](repeating: [0.1, -0.2, 1], count: n))))
        #expect(Vector3.length(still) < 1e-6)
        #expect(SwingPath.displacementAtFixedOrientation(from: 30, to: 50, acceleration: Self.signal(swing)) == nil)
    }

    @Test("Votes that turn round are cut where they turn; consistent or noisy votes are not")
    func reversal() {
        let splitter = TravelReversalSplitter()
        let forward = (0..<12).map { (contact: $0, vote: SIMD3<Float>(1, 0, 0)) }
        let backward = (12..<20).map { (contact: $0, vote: SIMD3<Float>(-0.9, 0.1, 0)) }
        #expect(splitter.splitPoints(forward + backward) == [12])
        #expect(splitter.splitPoints(forward) == [])
        // Alternating votes (no agreement on either side) are no reversal.
        let noisy = (0..<20).map { (contact: $0, vote: SIMD3<Float>($0 % 2 == 0 ? 1 : -1, 0, 0)) }
        #expect(splitter.splitPoints(noisy) == [])
        // Too few votes on one side.
        let short = forward + (12..<16).map { (contact: $0, vote: SIMD3<Float>(-1, 0, 0)) }
        #expect(splitter.splitPoints(short) == [])
        // Two turns: there, back and there again.
        let again = (20..<30).map { (contact: $0, vote: SIMD3<Float>(1, 0, 0)) }
        #expect(splitter.splitPoints(forward + backward + again) == [12, 20])
    }
}
