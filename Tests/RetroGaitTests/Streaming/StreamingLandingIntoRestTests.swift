import Testing
@testable import RetroGait

/// A live stream's last landing before standing (``LiveEventContext/landingIntoRest``), reported within
/// the latency bound where the batch analysis places it (the equivalence tests' session).
@Suite("Streaming: a bout's landing into rest")
struct StreamingLandingIntoRestTests {
    /// A foot without a gyroscope, seed 7: the last landings of the forward run (28.84 s) and of the
    /// backward run (53.91 s). A window ending within the bound after the landing holds the bout's swings
    /// in its stride neighbourhood, so the quiet level of the rest after it is high and the energy counts
    /// as settled already on the swing's fall, less than 0.6 stride after the stance before: that settle
    /// was no stance, and the landing had none after it until the rest had lasted (0.68–0.75 s after it).
    /// The stance into rest is now the quietest point 0.6 stride or more after the stance before.
    @Test(arguments: [(1500..<3050, 28.84), (4000..<5550, 53.91)])
    func aFootsLandingIntoRestIsReportedInTime(range: Range<Int>, landingNear: Double) throws {
        let (batch, stream) = try StreamRun.part(range, of: StreamingEquivalenceTests.session, placement: .foot, seed: 7)
        let landing = try #require(batch.first { $0.kind == .initialContact && abs($0.time - landingNear) < 0.05 })
        #expect(LiveEventContext.classify(batch)[try #require(batch.firstIndex(of: landing))] == .landingIntoRest)
        let reported = stream.events.contains { $0.kind == .initialContact && abs($0.time - landing.time) <= 0.020 + 1e-9 }
        #expect(reported, "\(landing.time): \(stream.reportTimes.filter { $0.event.kind == .initialContact && abs($0.event.time - landing.time) < 0.5 }.map { ($0.event.time, $0.at) })")
    }
}

extension StreamingLandingIntoRestTests {
    /// A foot with a gyroscope, the forward run's last landing (seeds 5 and 11, 28.36 and 28.32 s): a
    /// running stride (0.68 s) is so short that half of it passed within the window deciding the landing,
    /// the stance into rest stopped counting as young and was anchored where the energy settled, which
    /// with the angular speed in it is the landing itself, so that window lost the landing. A live
    /// window's stance stays young for a whole stride (``SwingBoundaryDetector/youngStanceStrides``).
    @Test(arguments: [(UInt64(5), 28.36), (11, 28.32)])
    func aFootWithAGyroscopesRunningLandingIntoRestIsReportedInTime(seed: UInt64, landingNear: Double) throws {
        let (batch, stream) = try StreamRun.part(
            1500..<3050, of: StreamingEquivalenceTests.session, placement: .foot, seed: seed, gyroscope: true)
        let landing = try #require(batch.first { $0.kind == .initialContact && abs($0.time - landingNear) < 0.05 })
        #expect(LiveEventContext.classify(batch)[try #require(batch.firstIndex(of: landing))] == .landingIntoRest)
        let reported = stream.events.contains { $0.kind == .initialContact && abs($0.time - landing.time) <= 0.020 + 1e-9 }
        #expect(reported, "\(landing.time): \(stream.reportTimes.filter { $0.event.kind == .initialContact && abs($0.event.time - landing.time) < 0.5 }.map { ($0.event.time, $0.at) })")
    }
}
