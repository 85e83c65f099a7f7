internal import CFFTW

/// Direction of a real transform.
enum FFTDirection: Hashable, Sendable {
    /// Real signal → half complex spectrum (r2c).
    case forward
    /// Half complex spectrum → real signal (c2r).
    case inverse
}

/// Identifies one cached FFTW plan.
struct FFTPlanKey: Hashable, Sendable {
    let length: Int
    let direction: FFTDirection
    let precision: FFTPrecision
}

/// An FFTW plan (`fftw_plan` or `fftwf_plan`, both opaque pointers).
///
/// Plans are immutable once created and executing them through the new-array interface
/// (`fftw_execute_dft_r2c` & co.) is thread-safe, so the handle may cross concurrency domains.
struct FFTPlanHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Process-wide cache of FFTW plans, one per (length, direction, precision).
///
/// FFTW's planner is not thread-safe, so every lookup and every plan creation happens under one global
/// lock. Plans live for the lifetime of the process (they are never destroyed, so no plan can be
/// freed while another task executes it). Plans are made with `FFTW_ESTIMATE` on SIMD-aligned,
/// out-of-place scratch arrays; callers must execute them on arrays with the same alignment
/// (see ``RealFFT``).
final class FFTPlanCache: @unchecked Sendable {
    static let shared = FFTPlanCache()

    private let lock = PlannerLock()
    private var plans: [FFTPlanKey: FFTPlanHandle] = [:]

    /// Returns the cached plan for `key`, creating it on first use. O(1) amortised after the first call.
    func plan(for key: FFTPlanKey) -> FFTPlanHandle {
        lock.withLock {
            if let existing = plans[key] { return existing }
            let created = Self.makePlan(for: key)
            plans[key] = created
            return created
        }
    }

    /// Creates a plan. Must be called with the lock held.
    private static func makePlan(for key: FFTPlanKey) -> FFTPlanHandle {
        let n = key.length
        let bins = n / 2 + 1
        let flags = UInt32(FFTW_ESTIMATE)
        let planned: OpaquePointer?
        switch key.precision {
        case .double:
            let real = fftw_alloc_real(n)
            let complex = fftw_alloc_complex(bins)
            defer {
                fftw_free(real)
                fftw_free(complex)
            }
            switch key.direction {
            case .forward: planned = fftw_plan_dft_r2c_1d(Int32(n), real, complex, flags)
            case .inverse: planned = fftw_plan_dft_c2r_1d(Int32(n), complex, real, flags)
            }
        case .single:
            let real = fftwf_alloc_real(n)
            let complex = fftwf_alloc_complex(bins)
            defer {
                fftwf_free(real)
                fftwf_free(complex)
            }
            switch key.direction {
            case .forward: planned = fftwf_plan_dft_r2c_1d(Int32(n), real, complex, flags)
            case .inverse: planned = fftwf_plan_dft_c2r_1d(Int32(n), complex, real, flags)
            }
        }
        guard let planned else {
            fatalError("FFTW could not create a \(key.direction) plan of length \(n)")
        }
        return FFTPlanHandle(pointer: planned)
    }
}
