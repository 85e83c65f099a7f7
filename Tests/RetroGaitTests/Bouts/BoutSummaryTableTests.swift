import Foundation
import Testing
@testable import RetroGait

@Suite("Bout summary table")
struct BoutSummaryTableTests {
    @Test func rendersOneRowPerBoutWithEmptyUnknowns() {
        let bouts = [
            BoutSummary(bout: Bout(startTime: 0, endTime: 5.25, activity: .standing, direction: .unknown)),
            BoutSummary(
                bout: Bout(startTime: 5.25, endTime: 35.5, activity: .running, direction: .backward),
                directionConfidence: 0.9, steps: 100, cadenceStepsPerMinute: 201.26, medianContactMilliseconds: 190.04,
                toeStrikes: 45, midStrikes: 3, heelStrikes: 2),
        ]
        #expect(BoutSummaryTable.csv(bouts) == """
            start_s,end_s,activity,direction,steps,cadence_spm,contact_ms_median,toe_pct,heel_pct
            0.000,5.250,standing,unknown,0,,,,
            5.250,35.500,running,backward,100,201.3,190.0,90.0,4.0

            """)
    }

    @Test func readsBackAsABoutTable() throws {
        let bouts = [
            BoutSummary(bout: Bout(startTime: 0, endTime: 5.25, activity: .standing, direction: .unknown)),
            BoutSummary(
                bout: Bout(startTime: 5.25, endTime: 35.5, activity: .running, direction: .backward),
                steps: 100, cadenceStepsPerMinute: 201.26, medianContactMilliseconds: 190.04, toeStrikes: 45),
        ]
        #expect(try BoutTable.parse(BoutSummaryTable.csv(bouts), file: "bouts.csv") == bouts.map(\.bout))
    }

    @Test func jsonRoundTrip() throws {
        let summary = BoutSummary(
            bout: Bout(startTime: 1, endTime: 2, activity: .walking, direction: .forward), steps: 3, toeStrikes: 1)
        let data = try JSONEncoder().encode(summary)
        #expect(try JSONDecoder().decode(BoutSummary.self, from: data) == summary)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"cadence_spm\":null") && text.contains("\"start_s\":1"))
    }
}
