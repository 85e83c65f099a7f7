/// Per-bout figures from the steps of a bout's contacts.
enum BoutSummaries {
    /// The summary of a gait bout whose own steps are `steps` (cadence from their median step time).
    /// Medians of more than `medianMemoryLimit` values are found in passes over `steps`.
    static func summary<Steps: Collection>(
        of bout: Bout, directionConfidence: Double, steps: Steps, stepsPerEvent: Int,
        medianMemoryLimit: Int = .max
    ) -> BoutSummary where Steps.Element: StepFigures {
        BoutSummary(
            bout: bout,
            directionConfidence: directionConfidence,
            steps: steps.count * stepsPerEvent,
            cadenceStepsPerMinute: OrderStatistics.median(of: steps.lazy.compactMap { $0.stepMilliseconds }, memoryLimit: medianMemoryLimit).flatMap { $0 > 0 ? 60_000 / $0 : nil },
            medianContactMilliseconds: OrderStatistics.median(of: steps.lazy.compactMap { $0.contactMilliseconds }, memoryLimit: medianMemoryLimit),
            toeStrikes: steps.count { $0.strike == .toe },
            midStrikes: steps.count { $0.strike == .mid },
            heelStrikes: steps.count { $0.strike == .heel })
    }

    /// A warning when backward steps landed heel first: backward gait lands on the forefoot, and a
    /// heel-first backward landing is the injury risk coaches watch for.
    static func warnings<Steps: Sequence>(_ steps: Steps) -> [AnalysisWarning] where Steps.Element: StepFigures {
        let heelFirst = steps.count { $0.direction == .backward && $0.strike == .heel }
        guard heelFirst > 0 else { return [] }
        return [AnalysisWarning(
            code: "heel-strike-backward",
            message: "\(heelFirst) backward step\(heelFirst == 1 ? "" : "s") landed heel first; "
                + "backward running should land on the forefoot (heel-first landings backward risk injury)",
            count: heelFirst)]
    }
}
