import Foundation
import GaitDSP
import Testing

/// `scipy.signal.sosfilt(butter(4, 10, 'low', fs=100, output='sos'), x)` for a unit impulse and a unit
/// step of 20 samples (SciPy 1.17.1, float64).
private let scipyImpulse: [Double] = [
    0.004824343357716228, 0.03072871776808578, 0.09059468195488288, 0.1679448218447372, 0.22464127134402812,
    0.23345718786760047, 0.19351255216280516, 0.1237652435710151, 0.049603603138057735, -0.008509051874917444,
    -0.04067383501780632, -0.047563197946968144, -0.03685173382239202, -0.01856283852435069, -0.0012522191268337628,
    0.010033162852733899, 0.013999005984516567, 0.012111827232711554, 0.007121864463785949, 0.0017329809547911071,
]
private let scipyStep: [Double] = [
    0.004824343357716228, 0.035553061125802005, 0.12614774308068488, 0.2940925649254221, 0.5187338362694502,
    0.7521910241370507, 0.945703576299856, 1.069468819870871, 1.1190724230089286, 1.1105633711340113,
    1.069889536116205, 1.022326338169237, 0.985474604346845, 0.9669117658224944, 0.9656595466956606,
    0.9756927095483942, 0.9896917155329104, 1.0018035427656218, 1.0089254072294076, 1.0106583881841986,
]

/// Input: `(sin(2π·1.3·n/100) + 0.5·cos(2π·17·n/100) + 0.02·n).astype(float32)` for n = 0..<40.
/// Output: `sosfiltfilt(butter(4, 5, 'low', fs=100, output='sos'), x)` in float64 (SciPy 1.17.1,
/// default padtype 'odd', padlen 15).
private let filtfiltInput: [Float] = [
    0.5, 0.34246745705604553, -0.06527623534202576, -0.19641412794589996, 0.18805396556854248, 0.7910405397415161,
    1.086761236190796, 0.8651835322380066, 0.4492183029651642, 0.35954195261001587, 0.7744601368904114,
    1.3446643352508545, 1.5548875331878662, 1.257607340812683, 0.8256216645240784, 0.7653524875640869,
    1.1916910409927368, 1.7087018489837646, 1.8198392391204834, 1.4424890279769897, 0.9935182332992554,
    0.957162618637085, 1.3831316232681274, 1.8351433277130127, 1.8432306051254272, 1.3910064697265625,
    0.9328411221504211, 0.9231439232826233, 1.345646619796753, 1.730578899383545, 1.641932487487793,
    1.129765510559082, 0.6787349581718445, 0.7061994075775146, 1.130102515220642, 1.4545193910598755,
    1.2841943502426147, 0.7347522377967834, 0.3133985996246338, 0.3937583267688751,
]
private let filtfiltOutput: [Double] = [
    0.4931802194057128, 0.4970956823859731, 0.5033607226087784, 0.5152347314787494, 0.5353667294406325,
    0.5655208394542582, 0.6064496006896151, 0.6579014241636458, 0.7187271673197901, 0.7870515271574866,
    0.8604871562897213, 0.9363760943899304, 1.0120372100368784, 1.0849888374128838, 1.15311727625671,
    1.2147784584934886, 1.2688405146473498, 1.3146835475899075, 1.3521655609636936, 1.381551728011071,
    1.403403166077168, 1.4184342067624212, 1.4273617723452279, 1.4307722917442272, 1.4290187072360232,
    1.422145362924768, 1.4098362167344405, 1.391392800920952, 1.3657592206289464, 1.3316082877451143,
    1.2874856279819258, 1.231991228487997, 1.1639739899602315, 1.0827237857815024, 0.9881535244212256,
    0.8809586536996843, 0.7627262613087037, 0.6359560739906553, 0.503964417921355, 0.3706675624333532,
]

@Suite("Butterworth filtering")
struct ButterworthFilteringTests {
    @Test("Impulse and step responses match SciPy's sosfilt")
    func impulseAndStep() throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 10), order: 4, sampleRate: 100)
        var impulse = [Float](repeating: 0, count: 20)
        impulse[0] = 1
        // Float samples: agreement to a few float ulps of the O(1) response.
        #expect(maxAbsDifference(filter.filtered(impulse).map(Double.init), scipyImpulse) < 1e-6)
        let step = filter.filtered([Float](repeating: 1, count: 20))
        #expect(maxAbsDifference(step.map(Double.init), scipyStep) < 1e-6)
    }

    @Test("Causal filtering of an empty signal is empty")
    func emptySignal() throws {
        let filter = try ButterworthFilter(.highPass(cutoff: 1), order: 2, sampleRate: 50)
        #expect(filter.filtered([]).isEmpty)
        #expect(filter.filteredZeroPhase([]).isEmpty)
    }

    @Test("filteredZeroPhase matches SciPy's sosfiltfilt within 1e-5")
    func matchesSosfiltfilt() throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 5), order: 4, sampleRate: 100)
        #expect(filter.zeroPhasePadLength(forCount: 40) == 15)
        let output = filter.filteredZeroPhase(filtfiltInput)
        #expect(maxAbsDifference(output.map(Double.init), filtfiltOutput) < 1e-5)
        var inPlace = filtfiltInput
        filter.applyZeroPhase(to: &inPlace)
        #expect(inPlace == output)
    }

    @Test("Zero-phase filtering of a passband sinusoid keeps its phase and amplitude")
    func zeroPhaseHasNoShift() throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 10), order: 4, sampleRate: 100)
        let input = cosine(frequency: 2, sampleRate: 100, count: 1000, phase: 0.3).map(Float.init)
        let zeroPhase = filter.filteredZeroPhase(input)
        // Gain at 2 Hz is |H|² ≈ 1 − 2.6e-6 and the phase is zero, so away from the ends the output
        // equals the input (SciPy's sosfiltfilt: 2.0e-6 on samples 50..<950).
        #expect(maxAbsDifference(Array(zeroPhase[50..<950]), Array(input[50..<950])) < 1e-5)
        // The odd-reflection padding keeps the end transient small (SciPy: 0.0095 at sample 2).
        #expect(maxAbsDifference(zeroPhase, input) < 0.01)
        // The causal filter, by contrast, delays the signal noticeably.
        let causal = filter.filtered(input)
        #expect(maxAbsDifference(Array(causal[200..<800]), Array(input[200..<800])) > 0.1)
    }

    @Test("Zero-phase high-pass removes a constant offset from end to end")
    func zeroPhaseHighPassRemovesOffset() throws {
        let filter = try ButterworthFilter(.highPass(cutoff: 0.5), order: 2, sampleRate: 100)
        let output = filter.filteredZeroPhase([Float](repeating: 9.81, count: 500))
        #expect(output.allSatisfy { abs($0) < 1e-4 })
    }

    @Test("Zero-phase band-pass keeps an in-band tone and rejects out-of-band tones")
    func bandPassSeparatesTones() throws {
        let filter = try ButterworthFilter(.bandPass(low: 1, high: 5), order: 3, sampleRate: 100)
        let tone = cosine(frequency: 2.5, sampleRate: 100, count: 2000)
        let mixture = zip(tone, cosine(frequency: 25, sampleRate: 100, count: 2000)).map { Float($0 + $1 + 0.7) }
        let output = filter.filteredZeroPhase(mixture)
        // Away from the ends (the 1 Hz edge rings for ~3 s); SciPy's sosfiltfilt gives 0.0011 here.
        #expect(maxAbsDifference(Array(output[300..<1700]), Array(tone[300..<1700]).map(Float.init)) < 0.002)
    }

    @Test("Very short signals are handled with a clamped pad length")
    func shortSignals() throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 5), order: 4, sampleRate: 100)
        #expect(filter.zeroPhasePadLength(forCount: 3) == 2)
        #expect(filter.filteredZeroPhase([2]) == [2])
        let constant = filter.filteredZeroPhase([1, 1, 1])
        #expect(constant.allSatisfy { abs($0 - 1) < 1e-6 })
    }
}

@Suite("Three-channel zero-phase filtering")
struct TriaxialZeroPhaseTests {
    @Test("Three channels at once equal three single-channel filterings bit for bit", arguments: [1, 2, 3, 5])
    func matchesSingleChannel(order: Int) throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 7), order: order, sampleRate: 100)
        for count in [1, 2, 17, 1000] {
            let x = (0..<count).map { Float(sin(0.13 * Double($0)) + 0.01 * Double($0)) }
            let y = (0..<count).map { Float(cos(0.71 * Double($0))) - 1 }
            let z = (0..<count).map { Float(($0 * 7919) % 101) / 50 }
            let filtered = filter.filteredZeroPhase(x, y, z)
            #expect(filtered.x == filter.filteredZeroPhase(x))
            #expect(filtered.y == filter.filteredZeroPhase(y))
            #expect(filtered.z == filter.filteredZeroPhase(z))
        }
        let empty = filter.filteredZeroPhase([], [], [])
        #expect(empty.x.isEmpty && empty.y.isEmpty && empty.z.isEmpty)
    }

    @Test("Two filters in one sweep equal each filter's own three-channel filtering bit for bit",
          arguments: [(4, 2), (2, 4), (1, 3), (2, 2), (5, 1)])
    func twoFiltersMatchEachAlone(orders: (Int, Int)) throws {
        let first = try ButterworthFilter(.lowPass(cutoff: 20), order: orders.0, sampleRate: 100)
        let second = try ButterworthFilter(.lowPass(cutoff: 0.3), order: orders.1, sampleRate: 100)
        for count in [1, 2, 17, 1000] {
            let x = (0..<count).map { Float(sin(0.13 * Double($0)) + 0.01 * Double($0)) }
            let y = (0..<count).map { Float(cos(0.71 * Double($0))) - 1 }
            let z = (0..<count).map { Float(($0 * 7919) % 101) / 50 }
            let lanes = ButterworthFilter.filteredZeroPhase(x, y, z, by: first, and: second) { a, b in
                (a.map { [$0[0], $0[1], $0[2], $0[3]] }, b.map { [$0[0], $0[1], $0[2], $0[3]] })
            }
            for (filter, filtered) in [(first, lanes.0), (second, lanes.1)] {
                let alone = filter.filteredZeroPhase(x, y, z)
                #expect(filtered.count == count)
                #expect(filtered.map { $0[0] } == alone.x)
                #expect(filtered.map { $0[1] } == alone.y)
                #expect(filtered.map { $0[2] } == alone.z)
                #expect(filtered.allSatisfy { $0[3] == 0 })
            }
        }
        let empty = ButterworthFilter.filteredZeroPhase([], [], [], by: first, and: second) { $0.count + $1.count }
        #expect(empty == 0)
    }
}
