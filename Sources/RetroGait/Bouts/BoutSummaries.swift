/// Per-bout figures from the classified bouts and the analysis's steps.
enum BoutSummaries {
    /// One summary per bout; a gait bout's figures come from the steps of its contacts.
    static func make(
        _ bouts: [(bout: Bout, gait: BoutSegmentation.GaitBout?)], steps: [Step], stepsPerEvent: Int
    ) -> [BoutSummary] {
        bouts.map { entry in
            guard let gait = entry.gait, gait.contacts.upperBound <= steps.count else { return BoutSummary(bout: entry.bout) }
            let own = Array(steps[gait.contacts])
            let stepTimes = own.compactMap(\.stepMilliseconds)
            return BoutSummary(
                bout: entry.bout,
                directionConfidence: gait.directionConfidence,
                steps: own.count * stepsPerEvent,
                cadenceStepsPerMinute: OrderStatistics.median(stepTimes).flatMap { $0 > 0 ? 60_000 / $0 : nil },
                medianContactMilliseconds: OrderStatistics.median(own.compactMap(\.contactMilliseconds)),
                toeStrikes: own.count { $0.strike == .toe },
                midStrikes: own.count { $0.strike == .mid },
                heelStrikes: own.count { $0.strike == .heel })
        }
    }

    /// A warning when backward steps landed heel first: backward gait lands on the forefoot, and a
    /// heel-first backward landing is the injury risk coaches watch for.
    static func warnings(_ steps: [some StepFigures]) -> [AnalysisWarning] {
        let heelFirst = steps.count { $0.direction == .backward && $0.strike == .heel }
        guard heelFirst > 0 else { return [] }
        return [AnalysisWarning(
            code: "heel-strike-backward",
            message: "\(heelFirst) backward step\(heelFirst == 1 ? "" : "s") landed heel first; "
                + "backward running should land on the forefoot (heel-first landings backward risk injury)",
            count: heelFirst)]
    }
}
