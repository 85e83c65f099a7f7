/// Compares detected gait events with ground truth: one-to-one matching within a tolerance per event
/// kind, then detection rates, timing errors, contact times, strike and direction agreement and cadence.
///
/// ```swift
/// let evaluator = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.040))
/// let result = evaluator.evaluate(truth: truthEvents, detected: analysis.events)
/// print(result.initialContacts.detection.f1 ?? 0, result.initialContacts.timing.medianAbsoluteErrorMs ?? 0)
/// ```
///
/// Matching is done by ``EventMatcher`` (optimal one-to-one, O(n log n)) separately for initial contacts
/// and toe-offs, and, with ``EventEvaluationOptions/SideHandling/separate``, separately for each foot.
/// Strike, direction and contact time are judged over the matched initial contacts only.
public struct GaitEventEvaluator: Sendable {
    /// Tolerance, side handling, scoring window.
    public var options: EventEvaluationOptions

    /// Creates an evaluator.
    public init(options: EventEvaluationOptions = EventEvaluationOptions()) {
        self.options = options
    }

    /// Evaluates `detected` against `truth`. Both lists may hold both event kinds, in any order.
    public func evaluate(truth: [GaitEvent], detected: [GaitEvent]) -> GaitEventEvaluation {
        let perSide: [SideEvaluation]
        let initialContacts: EventMatching
        let toeOffs: EventMatching
        switch options.sides {
        case .pooled:
            perSide = []
            initialContacts = matching(.initialContact, truth: truth, detected: detected, side: nil)
            toeOffs = matching(.toeOff, truth: truth, detected: detected, side: nil)
        case .separate:
            let present = Side.allCases.filter { side in
                truth.contains { $0.side == side } || detected.contains { $0.side == side }
            }
            perSide = present.map { side in
                SideEvaluation(
                    side: side,
                    initialContacts: EventKindEvaluation(
                        kind: .initialContact,
                        matching: matching(.initialContact, truth: truth, detected: detected, side: side)),
                    toeOffs: EventKindEvaluation(
                        kind: .toeOff, matching: matching(.toeOff, truth: truth, detected: detected, side: side)))
            }
            initialContacts = Self.merge(perSide.map(\.initialContacts.matching), tolerance: options.tolerance)
            toeOffs = Self.merge(perSide.map(\.toeOffs.matching), tolerance: options.tolerance)
        }

        let pairs = initialContacts.pairs
        let strikes = pairs.map { (truth: truth[$0.truthIndex].strike, detected: detected[$0.detectedIndex].strike) }
        let directions = pairs.map {
            (truth: truth[$0.truthIndex].direction, detected: detected[$0.detectedIndex].direction)
        }
        return GaitEventEvaluation(
            toleranceMs: options.tolerance * 1000,
            sides: options.sides,
            initialContacts: EventKindEvaluation(kind: .initialContact, matching: initialContacts),
            toeOffs: EventKindEvaluation(kind: .toeOff, matching: toeOffs),
            contactTime: ContactTimeComparison(truth: truth, detected: detected, matches: pairs),
            strike: ConfusionMatrix(pairs: strikes, unknown: FootStrike.unknown),
            direction: ConfusionMatrix(pairs: directions, unknown: Direction.unknown),
            cadence: CadenceComparison(
                truth: scoredTimes(truth, kind: .initialContact),
                detected: scoredTimes(detected, kind: .initialContact),
                stepsPerInterval: options.cadenceStepsPerInterval,
                detectedStepsPerInterval: options.detectedCadenceStepsPerInterval),
            perSide: perSide)
    }

    /// The scored matching of one event kind (and, when `side` is given, of that foot only).
    ///
    /// Indices in the result point into `truth` and `detected`. See
    /// ``EventEvaluationOptions/scoringWindow`` for what is scored.
    public func matching(_ kind: GaitEventKind, truth: [GaitEvent], detected: [GaitEvent], side: Side?) -> EventMatching {
        func selected(_ event: GaitEvent) -> Bool { event.kind == kind && (side == nil || event.side == side) }
        let truthIndices = truth.indices.filter { selected(truth[$0]) }
        let detectedIndices = detected.indices.filter { selected(detected[$0]) }
        let raw = EventMatcher.match(
            truth: truthIndices.map { truth[$0].time },
            detected: detectedIndices.map { detected[$0].time },
            tolerance: options.tolerance)
        let pairs = raw.pairs.map {
            EventPair(
                truthIndex: truthIndices[$0.truthIndex], detectedIndex: detectedIndices[$0.detectedIndex],
                truthTime: $0.truthTime, detectedTime: $0.detectedTime)
        }
        return EventMatching(
            tolerance: raw.tolerance,
            pairs: pairs.filter { isScored($0.truthTime) },
            unmatchedTruth: raw.unmatchedTruth.map { truthIndices[$0] }.filter { isScored(truth[$0].time) },
            unmatchedDetected: raw.unmatchedDetected.map { detectedIndices[$0] }.filter { isScored(detected[$0].time) })
    }

    private func isScored(_ time: Double) -> Bool {
        options.scoringWindow?.contains(time) ?? true
    }

    private func scoredTimes(_ events: [GaitEvent], kind: GaitEventKind) -> [Double] {
        events.filter { $0.kind == kind && isScored($0.time) }.map(\.time)
    }

    /// Unites disjoint matchings (one per side) into one, pairs in truth-time order.
    private static func merge(_ parts: [EventMatching], tolerance: Double) -> EventMatching {
        EventMatching(
            tolerance: tolerance,
            pairs: parts.flatMap(\.pairs).sorted { ($0.truthTime, $0.truthIndex) < ($1.truthTime, $1.truthIndex) },
            unmatchedTruth: parts.flatMap(\.unmatchedTruth).sorted(),
            unmatchedDetected: parts.flatMap(\.unmatchedDetected).sorted())
    }
}
