import Testing
@testable import RetroGait

/// Known answers of the wrist's cadence-jump cut: a steady forward rhythm that turns at once into a
/// 15 % faster backward one is cut at the turn; a gradual change of pace, a steady run with jitter
/// and a 5 % jump (forward to backward walking, too small to tell from a change of pace) are not.
@Suite("Cadence change splitter")
struct CadenceChangeSplitterTests {
    static func contacts(_ intervals: [Double]) -> [DetectedContact] {
        var position = 100.0
        var result = [DetectedContact(position: position, confidence: 1)]
        for interval in intervals {
            position += interval
            result.append(DetectedContact(position: position, confidence: 1))
        }
        return result
    }

    static func run(_ contacts: [DetectedContact]) -> ContactRun {
        ContactRun(contacts: 0..<contacts.count, eventPeriod: 30)
    }

    @Test func cutsWhereTheCadenceJumps() {
        // 20 steps of 34 samples (176 steps/min at 100 Hz), then 20 of 29.5 (203 steps/min).
        let contacts = Self.contacts(Array(repeating: 34, count: 20) + Array(repeating: 29.5, count: 20))
        // The cut lands within the intervals the splitter leaves out around the turn.
        let cuts = CadenceChangeSplitter().splitPoints(Self.run(contacts), contacts: contacts)
        #expect(cuts.count == 1 && (18...22).contains(cuts[0]), "\(cuts)")
    }

    @Test func keepsAGradualChangeOfPace() {
        // The same change spread over 40 steps (≈ 12 s). Spread over 20 steps it is cut: the
        // splitter leaves four irregular intervals out at a turn, so a ramp that short looks like one.
        let ramp = (0..<40).map { 34 - 4.5 * Double($0) / 39 }
        let contacts = Self.contacts(Array(repeating: 34, count: 10) + ramp + Array(repeating: 29.5, count: 10))
        #expect(CadenceChangeSplitter().splitPoints(Self.run(contacts), contacts: contacts).isEmpty)
    }

    @Test func keepsASteadyRunWithJitter() {
        let jitter: [Double] = [0, 1, -1, 0.5, -0.5, 1, 0, -1]
        let contacts = Self.contacts((0..<48).map { 34 + jitter[$0 % jitter.count] })
        #expect(CadenceChangeSplitter().splitPoints(Self.run(contacts), contacts: contacts).isEmpty)
    }

    @Test func keepsAStrideThatDoubles() {
        // Every other step missed from the 20th on: the stride doubles, which no turn does (the
        // pieces' travel, measured over pairs of detected contacts, would carry the arm swing).
        let contacts = Self.contacts(Array(repeating: 34, count: 20) + Array(repeating: 68, count: 20))
        #expect(CadenceChangeSplitter().splitPoints(Self.run(contacts), contacts: contacts).isEmpty)
    }

    @Test func keepsASmallJump() {
        let contacts = Self.contacts(Array(repeating: 54, count: 20) + Array(repeating: 51.3, count: 20))
        #expect(CadenceChangeSplitter().splitPoints(Self.run(contacts), contacts: contacts).isEmpty)
    }

    @Test func neighbouringRunsJumpWhenTheirPeriodsDo() {
        let splitter = CadenceChangeSplitter()
        #expect(splitter.jumps(from: ContactRun(contacts: 0..<10, eventPeriod: 34), to: ContactRun(contacts: 10..<20, eventPeriod: 29.5)))
        #expect(!splitter.jumps(from: ContactRun(contacts: 0..<10, eventPeriod: 34), to: ContactRun(contacts: 10..<20, eventPeriod: 33)))
        // Every other step missed: the period doubles, which no turn does.
        #expect(!splitter.jumps(from: ContactRun(contacts: 0..<10, eventPeriod: 108), to: ContactRun(contacts: 10..<20, eventPeriod: 54)))
    }
}
