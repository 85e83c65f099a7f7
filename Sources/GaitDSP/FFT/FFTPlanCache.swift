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

/// An FFTW plan (`fftw_plan` or `fftwf_plan`, both opaque pointers), destroyed when the last transform
/// holding it and the cache have let go of it.
///
/// Plans are immutable once created and executing them through the new-array interface
/// (`fftw_execute_dft_r2c` & co.) is thread-safe, so the handle may cross concurrency domains. Destroying
/// a plan is a planner call, so it takes the planner lock; no handle is ever released while that lock is
/// held (see ``FFTPlanCache/plan(for:)``).
final class FFTPlanHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    let precision: FFTPrecision

    init(pointer: OpaquePointer, precision: FFTPrecision) {
        self.pointer = pointer
        self.precision = precision
    }

    deinit {
        FFTPlanCache.plannerLock.withLock {
            switch precision {
            case .double: fftw_destroy_plan(pointer)
            case .single: fftwf_destroy_plan(pointer)
            }
        }
    }
}

/// Process-wide cache of FFTW plans, one per (length, direction, precision), holding at most
/// `capacity` plans (16 for ``shared``): the least recently requested is let go first (and destroyed once no transform
/// uses it any more), so a long batch over recordings of ever new lengths does not accumulate plans.
///
/// FFTW's planner is not thread-safe, so every lookup, plan creation and plan destruction happens under
/// one global lock. Plans are made with `FFTW_ESTIMATE` (after importing ``FFTWisdom``) on SIMD-aligned,
/// out-of-place scratch arrays; callers must execute them on arrays with the same alignment (see ``RealFFT``).
final class FFTPlanCache: @unchecked Sendable {
    static let shared = FFTPlanCache()
    /// Serialises every call into FFTW's planner (creating and destroying plans).
    static let plannerLock = PlannerLock()
    /// Most plans kept at once. A recording's analysis uses a handful of lengths (autocorrelation
    /// windows, the spectral cadence of its longest segment); a plan of 2.6·10⁵ points holds megabytes.
    let capacity: Int

    init(capacity: Int = 16) {
        precondition(capacity >= 1, "the cache must hold at least one plan")
        self.capacity = capacity
    }

    /// A cached plan and when it was last requested. A class, so that a lookup updates `lastUse`
    /// through the reference it read (a dictionary's in-place `modify` allocates each time).
    private final class Entry {
        let plan: FFTPlanHandle
        var lastUse: UInt64

        init(plan: FFTPlanHandle, lastUse: UInt64) {
            self.plan = plan
            self.lastUse = lastUse
        }
    }

    private var plans: [FFTPlanKey: Entry] = [:]
    private var uses: UInt64 = 0
    /// Plans created since the process started (for tests of reuse).
    private(set) var created = 0

    /// Returns the cached plan for `key`, creating it on first use. O(1) amortised after the first call;
    /// O(`capacity`) when a plan has to be let go.
    func plan(for key: FFTPlanKey) -> FFTPlanHandle {
        // A plan let go of here is released after the lock is given back, because destroying it takes the lock.
        let (plan, released) = Self.plannerLock.withLock { () -> (FFTPlanHandle, FFTPlanHandle?) in
            uses += 1
            if let existing = plans[key] {
                existing.lastUse = uses
                return (existing.plan, nil)
            }
            var released: FFTPlanHandle?
            if plans.count >= capacity, let oldest = plans.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                released = plans.removeValue(forKey: oldest.key)?.plan
            }
            let created = Self.makePlan(for: key)
            self.created += 1
            plans[key] = Entry(plan: created, lastUse: uses)
            return (created, released)
        }
        withExtendedLifetime(released) {}
        return plan
    }

    /// Number of plans created so far and whether `key` is cached now (for tests).
    func state(of key: FFTPlanKey) -> (created: Int, cached: Bool) {
        Self.plannerLock.withLock { (created, plans[key] != nil) }
    }

    /// Creates a plan. Must be called with the lock held.
    private static func makePlan(for key: FFTPlanKey) -> FFTPlanHandle {
        let n = key.length
        let bins = n / 2 + 1
        let flags = UInt32(FFTW_ESTIMATE)
        let planned: OpaquePointer?
        switch key.precision {
        case .double:
            FFTWisdom.importOnce(.double)
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
            FFTWisdom.importOnce(.single)
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
        return FFTPlanHandle(pointer: planned, precision: key.precision)
    }
}
