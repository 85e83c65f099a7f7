import GaitDSP

/// The analysis's fast path through stretches that cannot hold a step: a day is mostly sitting, standing
/// and lying, and filtering those stretches at the full rate (the zero-phase sweep, about two thirds of
/// a still day's cost) finds nothing in them.
///
/// **Why a quiet stretch holds no step.** Steps are looked for only inside rhythm segments, and a
/// segment is made of rhythm windows (5 s) whose signal (the smoothed vertical or magnitude) has a
/// standard deviation of at least ``RhythmEstimator/minimumVariation`` (0.04 g). Both signals are
/// 1-Lipschitz in the smoothed acceleration vector `s`, so their deviation over a window `W` is at most
/// the root-mean-square distance of `s` from any fixed vector `c` over `W` (plus, for the vertical, the
/// second-order effect of its gravity direction wandering, under 0.001 g here). `s` is the raw vector
/// `x` through the zero-phase noise filter, whose gain is `|H(f)|²` ≤ `G²` at every frequency (`G` = 1
/// for a Butterworth low-pass: its gain is 1 at 0 Hz and falls from there). Cut `x − c` to the window
/// and the filter's reach `L` on both sides (the noise filter's response is below 10⁻⁶ after a second):
/// filtering that cut signal gives `s − c` on `W`, and by Parseval its energy is at most `G⁴` times the
/// cut signal's, so `RMS_W(s − c) ≤ G² · √(|W ± L| / |W|) · RMS_{W±L}(x − c)`. ``QuietStretches``
/// finds where every window of `K` one-second blocks has `RMS(x − mean) ≤ q`; any span of `K − 1`
/// seconds inside such a stretch lies in one of them, so with `K = 8` the 5 s window and a second on
/// either side do. With `q = 0.9 · 0.04 g / (G² · √(8/5))` (0.028 g) no rhythm window in a quiet
/// stretch can reach the bar, whatever the signals there are computed from.
///
/// **What is skipped.** Each quiet stretch less ``marginSeconds`` at both ends, when at least
/// ``minimumSkipSeconds`` remain. The margins are there because a segment reaches past its gait windows (to
/// their centres, 1.5 periods more, and the detectors search a stride beyond: up to about 9.5 s into a
/// quiet stretch; real walkers' lift-offs from standing lie up to 0.34 s inside one), and so that each
/// piece's filters, restarted in its margin, have settled below `Float` resolution (the 0.3 Hz gravity
/// filter's start fades by e⁻¹⁴ in the ten seconds left) before any sample a step is taken from. The filters
/// run over the pieces between; in a skipped stretch the magnitude and the vertical are the raw
/// acceleration's length (what a still body measures: gravity) and the jerk is zero. The rhythm, the
/// detectors and the classifiers then run on the whole window as before, so every rule that looks across a
/// window (the standing posture, the grouping of bouts by direction) still sees all of it; the standing
/// posture's quiet samples in a skipped stretch are judged on the raw length instead of the smoothed one.
enum QuietStretchSkipping {
    /// Quiet seconds kept, and filtered, on each side of a skipped stretch.
    static let marginSeconds = 20.0
    /// The shortest stretch worth skipping, in seconds.
    static let minimumSkipSeconds = 20.0
    /// One-second blocks per quiet window: a 5 s rhythm window and the noise filter's second of reach on
    /// either side fit in seven (see the type's documentation).
    static let windowBlocks = 8
    /// The share of the rhythm's variation bar the filtered signal's bound may take; the rest covers the
    /// vertical's gravity direction and the noise filter's response beyond a second.
    static let barShare = 0.9

    /// The ranges of `recording` (sample positions) whose motion signals need not be filtered.
    static func skippedRanges(_ recording: Recording, noiseFilter: ButterworthFilter) -> [Range<Int>] {
        let rate = recording.sampleRate
        let margin = Int((marginSeconds * rate).rounded())
        let shortest = Int((minimumSkipSeconds * rate).rounded())
        guard recording.count >= 2 * margin + shortest else { return [] }
        return quietStretches(recording, noiseFilter: noiseFilter).compactMap { stretch in
            let skipped = (stretch.lowerBound + margin)..<max(stretch.lowerBound + margin, stretch.upperBound - margin)
            return skipped.count >= shortest ? skipped : nil
        }
    }

    /// The stretches of `recording` (sample positions) in which no rhythm window can be gait, margins and all.
    static func quietStretches(_ recording: Recording, noiseFilter: ButterworthFilter) -> [Range<Int>] {
        let rate = recording.sampleRate
        let blockLength = Int(rate.rounded())
        guard blockLength >= 1 else { return [] }
        let acc = recording.acceleration
        return acc.x.withUnsafeBufferPointer { x in
            acc.y.withUnsafeBufferPointer { y in
                acc.z.withUnsafeBufferPointer { z in
                    QuietStretches(
                        x, y, z, blockLength: blockLength, windowBlocks: windowBlocks,
                        maximumDeviation: maximumDeviation(noiseFilter: noiseFilter, sampleRate: rate)).stretches
                }
            }
        }
    }

    /// `q`: the largest root-mean-square deviation of the raw vector over a quiet window that keeps every
    /// rhythm window in it below the rhythm's variation bar.
    static func maximumDeviation(noiseFilter: ButterworthFilter, sampleRate: Double) -> Double {
        let rhythm = RhythmEstimator(unit: .step)
        let gain = largestGain(noiseFilter, sampleRate: sampleRate)
        return barShare * Double(rhythm.minimumVariation)
            / (gain * gain * (Double(windowBlocks) / rhythm.windowSeconds).squareRoot())
    }

    /// The filter's largest gain `G` over 0 Hz to the Nyquist frequency (1 for a Butterworth low-pass),
    /// on a grid of 128 frequencies and never below 1.
    static func largestGain(_ filter: ButterworthFilter, sampleRate: Double) -> Double {
        (0...128).reduce(1) { largest, step in
            max(largest, filter.magnitude(at: 0.5 * sampleRate * Double(step) / 128))
        }
    }
}

extension MotionSignals {
    /// The motion signals of `recording`, the quiet stretches skipped (see ``QuietStretchSkipping``) when
    /// `skippingQuietStretches` and there are any; else the same as ``init(_:)``.
    init(_ recording: Recording, skippingQuietStretches: Bool) throws {
        let rate = recording.sampleRate
        let skipped = skippingQuietStretches
            ? QuietStretchSkipping.skippedRanges(recording, noiseFilter: try Self.noiseFilter(sampleRate: rate))
            : []
        guard !skipped.isEmpty else {
            try self.init(recording)
            return
        }
        let n = recording.count
        let acc = recording.acceleration
        // The pieces between the skipped stretches, each filtered as a recording of its own.
        var pieces: [(range: Range<Int>, signals: MotionSignals)] = []
        var pieceStart = 0
        for range in skipped + [n..<n] {
            if range.lowerBound > pieceStart {
                let piece = pieceStart..<range.lowerBound
                pieces.append((piece, try MotionSignals(Recording(
                    sampleRate: rate, startTime: recording.startTime + Double(pieceStart) / rate,
                    acceleration: TriaxialSignal(x: Array(acc.x[piece]), y: Array(acc.y[piece]), z: Array(acc.z[piece])),
                    placement: recording.placement))))
            }
            pieceStart = range.upperBound
        }
        /// `signal` of every piece in place, and `skippedValue` over every skipped stretch.
        func joined(_ signal: KeyPath<MotionSignals, [Float]>, skippedValue: (Range<Int>, UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
            [Float](unsafeUninitializedCapacity: n) { output, initialized in
                for piece in pieces {
                    piece.signals[keyPath: signal].withUnsafeBufferPointer { values in
                        _ = UnsafeMutableBufferPointer(rebasing: output[piece.range]).initialize(from: values)
                    }
                }
                for range in skipped { skippedValue(range, UnsafeMutableBufferPointer(rebasing: output[range])) }
                initialized = n
            }
        }
        let magnitude = joined(\.magnitude) { range, output in
            acc.x.withUnsafeBufferPointer { x in
                acc.y.withUnsafeBufferPointer { y in
                    acc.z.withUnsafeBufferPointer { z in
                        Self.lengths(x, y, z, range, into: output)
                    }
                }
            }
        }
        let vertical = joined(\.vertical) { range, output in
            magnitude.withUnsafeBufferPointer { _ = output.initialize(from: UnsafeBufferPointer(rebasing: $0[range])) }
        }
        let jerk = joined(\.jerk) { _, output in output.initialize(repeating: 0) }
        self.init(
            sampleRate: rate, magnitude: magnitude, vertical: vertical, jerk: jerk,
            angularSpeed: recording.angularVelocity.map { $0.magnitude() }, angularVelocity: recording.angularVelocity,
            acceleration: acc)
    }

    /// The length of each vector (x, y, z) in `range`, written to `output` (as long as `range`).
    private static func lengths(
        _ x: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, _ z: UnsafeBufferPointer<Float>, _ range: Range<Int>,
        into output: UnsafeMutableBufferPointer<Float>
    ) {
        let start = range.lowerBound
        let vectors = range.count / 8
        let (rx, ry, rz) = (UnsafeRawPointer(x.baseAddress! + start), UnsafeRawPointer(y.baseAddress! + start),
                            UnsafeRawPointer(z.baseAddress! + start))
        let destination = UnsafeMutableRawPointer(output.baseAddress!)
        for vector in 0..<vectors {
            let offset = vector * 32
            let a = rx.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            let b = ry.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            let c = rz.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            destination.storeBytes(of: (a * a + b * b + c * c).squareRoot(), toByteOffset: offset, as: SIMD8<Float>.self)
        }
        for index in (vectors * 8)..<range.count {
            let (a, b, c) = (x[start + index], y[start + index], z[start + index])
            output[index] = (a * a + b * b + c * c).squareRoot()
        }
    }
}
