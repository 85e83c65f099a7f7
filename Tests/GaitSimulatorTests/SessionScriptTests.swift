import GaitSimulator
import RetroGait
import Testing

@Suite("Session script parsing")
struct SessionScriptTests {
    @Test func parsesTheIssueExample() throws {
        let session = try SessionScript(parsing: "fw-run:120,bw-run:30,stand:60,bw-walk:30")
        #expect(session.bouts == [
            BoutScript(.running, direction: .forward, duration: 120),
            BoutScript(.running, direction: .backward, duration: 30),
            BoutScript(.standing, duration: 60),
            BoutScript(.walking, direction: .backward, duration: 30),
        ])
        #expect(session.duration == 240)
    }

    @Test func expandsRepeatsMinutesStrikesAndWhitespace() throws {
        let session = try SessionScript(parsing: " fw-run:2m, 4*(bw-run@heel:30s, stand:60), walk:1.5m ")
        #expect(session.bouts.count == 1 + 8 + 1)
        #expect(session.bouts[0].duration == 120)
        #expect(session.bouts[1] == BoutScript(.running, direction: .backward, duration: 30, strike: .heel))
        #expect(session.bouts[2].activity == .standing)
        #expect(session.bouts[9] == BoutScript(.walking, direction: .forward, duration: 90))
        #expect(try SessionScript(parsing: "2x(stand:1,2*(bw-walk:3))").bouts.count == 6)
    }

    @Test(arguments: [
        ("", SessionScriptError.empty),
        ("jog:30", .unknownBoutKind("jog")),
        ("fw-run", .missingDuration("fw-run")),
        ("fw-run:", .invalidDuration("")),
        ("fw-run:-5", .invalidDuration("-5")),
        ("fw-run:0", .invalidDuration("0")),
        ("fw-run:abc", .invalidDuration("abc")),
        ("fw-run:nan", .invalidDuration("nan")),
        ("bw-run@ball:30", .unknownStrike("ball")),
        ("fw-run:30,,stand:5", .emptyElement),
        ("3*(bw-run:30", .unbalancedParentheses),
        ("bw-run:30)", .unbalancedParentheses),
        ("0*(stand:5)", .invalidRepeatCount("0")),
    ])
    func rejectsBadScripts(text: String, expected: SessionScriptError) {
        #expect(throws: expected) { try SessionScript(parsing: text) }
    }

    @Test func errorsDescribeTheProblem() {
        #expect(SessionScriptError.unknownBoutKind("jog").description.contains("jog"))
        #expect(SessionScriptError.invalidDuration("-5").description.contains("-5"))
    }

    @Test func defaultStrikeFollowsDirection() {
        #expect(BoutScript(.running, direction: .backward, duration: 1).effectiveStrike == .toe)
        #expect(BoutScript(.walking, direction: .backward, duration: 1).effectiveStrike == .toe)
        #expect(BoutScript(.running, direction: .forward, duration: 1).effectiveStrike == .heel)
        #expect(BoutScript(.walking, direction: .forward, duration: 1).effectiveStrike == .heel)
        #expect(BoutScript(.running, direction: .backward, duration: 1, strike: .mid).effectiveStrike == .mid)
        #expect(BoutScript(.standing, direction: .backward, duration: 1).direction == .unknown)
    }
}
