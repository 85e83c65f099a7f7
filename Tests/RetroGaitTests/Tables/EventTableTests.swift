import Foundation
import Testing
@testable import RetroGait

@Suite("Event and bout tables")
struct EventTableTests {
    private let events = [
        GaitEvent(kind: .initialContact, time: 1.25, side: .left, strike: .toe, direction: .backward),
        GaitEvent(kind: .toeOff, time: 1.5, side: .left, strike: .unknown, direction: .backward),
    ]

    @Test func eventTableRoundTrips() throws {
        let parsed = try GaitEventTable.parse(GaitEventTable.csv(events), file: "e.csv")
        #expect(parsed == events)
    }

    @Test func eventTableWithCRLFLineEndingsParses() throws {
        let text = GaitEventTable.csv(events).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try GaitEventTable.parse(text, file: "e.csv") == events)
    }

    @Test func boutTableWithCRLFLineEndingsParses() throws {
        let bouts = [Bout(startTime: 0, endTime: 30, activity: .running, direction: .backward)]
        let text = BoutTable.csv(bouts).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try BoutTable.parse(text, file: "b.csv") == bouts)
    }

    @Test func badValueNamesFileLineAndAllowedValues() {
        let text = GaitEventTable.header + "\n1.0,IC,left,toe,forward\n2.0,XX,left,toe,forward\n"
        #expect(throws: FileReadError(file: "e.csv", line: 3, reason: .invalidValue(
            column: "event", field: "XX", allowed: ["IC", "TC"]))) {
            try GaitEventTable.parse(text, file: "e.csv")
        }
    }
}
