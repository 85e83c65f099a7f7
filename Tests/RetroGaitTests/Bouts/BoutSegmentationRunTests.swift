import Foundation
import Testing
@testable import RetroGait

/// ``BoutSegmentation``'s runs: a foot's or shank's settling touchdown (or first landing) stays in its
/// bout across one missed stride; at the trunk and wrist, or farther away, a lone contact is no bout.
@Suite("Bout segmentation: a contact across one missed stride")
struct BoutSegmentationRunTests {
    /// 20 strides of 100 samples (contacts at 300…2200), then a lone contact `gap` samples after the
    /// last, over a magnitude that swings ±0.5 g while stepping and is still before and after.
    static func runs(placement: Placement, gap: Double, before: Bool = false) -> (runs: [ContactRun], contacts: [DetectedContact]) {
        var positions = (0...19).map { 300 + 100 * Double($0) }
        if before { positions.insert(300 - gap, at: 0) } else { positions.append(2200 + gap) }
        let contacts = positions.map { DetectedContact(position: $0, confidence: 1) }
        let magnitude = (0..<3000).map { i -> Float in
            (200...2700).contains(i) ? 1 + 0.5 * Float(sin(2 * Double.pi * Double(i) / 100)) : 1
        }
        return (BoutSegmentation(placement: placement).runs(contacts, magnitude: magnitude, sampleRate: 100), contacts)
    }

    @Test(arguments: [Placement.foot, .shank])
    func settleAfterOneMissedStrideStaysInTheBout(placement: Placement) {
        let (runs, contacts) = Self.runs(placement: placement, gap: 200)
        #expect(runs.count == 1)
        #expect(runs.first?.contacts == 0..<contacts.count)
        #expect(runs.first?.eventPeriod == 100)
        let (leading, all) = Self.runs(placement: placement, gap: 210, before: true)
        #expect(leading.first?.contacts == 0..<all.count)
    }

    /// A run that slows straight into a walk (20 running strides of 69 samples, then 10 walking ones of
    /// 105) and the walk's last landing after one missed stride (210 samples on): the reach is the
    /// walk's stride, not the run's median (2.4 × 69 = 166 samples would drop it). The same with the
    /// first landing before a walk that speeds up into a run.
    @Test(arguments: [Placement.foot, .shank])
    func missedStrideAtTheWalkingEndOfAGaitChange(placement: Placement) {
        let magnitude = (0..<4000).map { 1 + 0.5 * Float(sin(2 * Double.pi * Double($0) / 80)) }
        let strides = Array(repeating: 69.0, count: 20) + Array(repeating: 105.0, count: 10) + [210]
        for reversed in [false, true] {
            var positions = [300.0]
            for stride in reversed ? strides.reversed() : strides { positions.append(positions[positions.count - 1] + stride) }
            let contacts = positions.map { DetectedContact(position: $0, confidence: 1) }
            let runs = BoutSegmentation(placement: placement).runs(contacts, magnitude: magnitude, sampleRate: 100)
            #expect(runs.map(\.contacts) == [0..<contacts.count], "reversed: \(reversed)")
        }
    }

    @Test func farOrTrunkLoneContactIsNoBout() {
        let (far, contacts) = Self.runs(placement: .foot, gap: 260)
        #expect(far.map(\.contacts) == [0..<(contacts.count - 1)])
        let (trunk, trunkContacts) = Self.runs(placement: .lowerBack, gap: 200)
        #expect(trunk.map(\.contacts) == [0..<(trunkContacts.count - 1)])
    }
}

/// ``BoutSegmentation/assemble(_:recordingStart:recordingEnd:moving:)``: a gap of 2–4 s between gait
/// bouts is standing only when the body was still in it; where it kept moving, the detector lost a
/// few strides (the wrist's first steps after a run slows into a walk, a turn) and no standing is made.
@Suite("Bout segmentation: lost gait is no standing")
struct LostGaitTests {
    static func bout(_ start: Double, _ end: Double, _ activity: Activity) -> BoutSegmentation.GaitBout {
        BoutSegmentation.GaitBout(
            contacts: 0..<10, start: start, end: end, activity: activity, direction: .forward, directionConfidence: 1)
    }

    static func assembled(gap: Double, moving: Bool, second: Activity = .walking) -> [Bout] {
        BoutSegmentation(placement: .wrist).assemble(
            [bout(10, 30, .walking), bout(30 + gap, 60, second)], recordingStart: 0, recordingEnd: 70
        ) { _, _ in moving }.map(\.bout)
    }

    @Test func aMovingGapWithinAWalkIsPartOfIt() {
        let bouts = Self.assembled(gap: 3, moving: true)
        #expect(bouts.map(\.activity) == [.standing, .walking, .standing])
        #expect(bouts.count == 3 && bouts[1].startTime == 10 && bouts[1].endTime == 60)
    }

    @Test func aMovingGapBetweenGaitsIsSharedBetweenThem() {
        let bouts = Self.assembled(gap: 3, moving: true, second: .running)
        #expect(bouts.map(\.activity) == [.standing, .walking, .running, .standing])
        #expect(bouts.count == 4 && bouts[1].endTime == 31.5 && bouts[2].startTime == 31.5)
    }

    @Test func aStillOrLongGapIsStanding() {
        #expect(Self.assembled(gap: 3, moving: false).map(\.activity) == [.standing, .walking, .standing, .walking, .standing])
        #expect(Self.assembled(gap: 5, moving: true).map(\.activity) == [.standing, .walking, .standing, .walking, .standing])
    }
}
