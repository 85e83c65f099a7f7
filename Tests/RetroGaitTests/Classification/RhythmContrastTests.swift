import Testing
@testable import RetroGait

/// Known answers of the rhythm contrast between two travel groups: the group that steps faster and
/// lands shorter is the backward one, and only bouts of the same activity are compared.
@Suite("Rhythm contrast between travel groups")
struct RhythmContrastTests {
    static func bout(_ group: Float, _ activity: Activity, cadence: Double, contact: Double?) -> RhythmContrast.Bout {
        RhythmContrast.Bout(group: group, activity: activity, cadence: cadence, contactSeconds: contact, steps: 60)
    }

    @Test func fasterShorterGroupIsBackward() {
        let forwardPlus = [Self.bout(1, .running, cadence: 175, contact: 0.25), Self.bout(-1, .running, cadence: 204, contact: 0.19)]
        #expect(RhythmContrast().evidence(forwardPlus) == 1)
        let backwardPlus = [Self.bout(1, .running, cadence: 204, contact: 0.19), Self.bout(-1, .running, cadence: 175, contact: 0.25)]
        #expect(RhythmContrast().evidence(backwardPlus) == -1)
    }

    @Test func cuesThatDisagreeCancel() {
        // Faster but longer contact: the two votes are equal and opposite.
        let bouts = [Self.bout(1, .running, cadence: 175, contact: 0.19), Self.bout(-1, .running, cadence: 204, contact: 0.25)]
        #expect(abs(RhythmContrast().evidence(bouts)) < 1e-6)
    }

    @Test func smallDifferencesGiveWeakEvidence() {
        // Walking, 5 % faster and 3 % shorter: under half of full evidence.
        let bouts = [Self.bout(1, .walking, cadence: 112, contact: 0.66), Self.bout(-1, .walking, cadence: 117.6, contact: 0.64)]
        let evidence = RhythmContrast().evidence(bouts)
        #expect(evidence > 0.2 && evidence < 0.5, "\(evidence)")
    }

    @Test func differentActivitiesAreNotCompared() {
        let bouts = [Self.bout(1, .walking, cadence: 112, contact: 0.66), Self.bout(-1, .running, cadence: 204, contact: 0.19),
                     Self.bout(0, .running, cadence: 175, contact: 0.25)]
        #expect(RhythmContrast().evidence(bouts) == 0)
    }

    @Test func missingContactTimesLeaveTheCadence() {
        let bouts = [Self.bout(1, .running, cadence: 175, contact: nil), Self.bout(-1, .running, cadence: 204, contact: 0.19)]
        #expect(RhythmContrast().evidence(bouts) == 1)
    }

    /// A walk whose first part was counted at every other step (the cadence halved, the contact
    /// doubled) is no slower direction: the ratio is beyond what a turn explains, so no votes.
    @Test func aHalvedCadenceIsNoDirectionCue() {
        let bouts = [Self.bout(1, .walking, cadence: 58.6, contact: 1.29), Self.bout(-1, .walking, cadence: 110, contact: 0.67)]
        #expect(RhythmContrast().evidence(bouts) == 0)
        // Within the bound (1.4×) the contrast still counts fully.
        let turn = [Self.bout(1, .walking, cadence: 100, contact: 0.7), Self.bout(-1, .walking, cadence: 140, contact: 0.5)]
        #expect(RhythmContrast().evidence(turn) == 1)
    }
}
