import Foundation

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

    /// One warning per backward bout whose landings were heel first: backward gait lands on the
    /// forefoot, and a heel-first backward landing is the injury risk coaches watch for. Each names its
    /// bout (activity, start and end) and counts its heel-first landings (``AnalysisWarning/count``)
    /// among its classified ones, so a coach sees which drill it was.
    static func warnings(_ bouts: [BoutSummary]) -> [AnalysisWarning] {
        bouts.compactMap { summary in
            let bout = summary.bout
            guard bout.direction == .backward, summary.heelStrikes > 0 else { return nil }
            let classified = summary.toeStrikes + summary.midStrikes + summary.heelStrikes
            let times = String(format: "%.1f–%.1f s", bout.startTime, bout.endTime)
            return AnalysisWarning(
                code: "heel-strike-backward",
                message: "backward \(bout.activity.rawValue) bout \(times): \(summary.heelStrikes) of \(classified) "
                    + "classified landing\(classified == 1 ? "" : "s") heel first; backward gait should land on the forefoot "
                    + "(heel-first landings backward risk injury)",
                count: summary.heelStrikes)
        }
    }
}
