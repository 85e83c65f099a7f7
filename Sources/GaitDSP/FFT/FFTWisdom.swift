internal import CFFTW

/// Measured FFTW plans that ship with the library, so that the transforms it uses most run as fast as
/// `FFTW_PATIENT` planning would make them without anyone paying for that planning, and the same way
/// in every run (a plan measured at run time could differ from run to run, and with it the last bits of
/// every transform).
///
/// The wisdom holds the real forward and inverse transforms of 768 points (out of place, SIMD-aligned,
/// as ``FFTPlanCache`` plans them): the rhythm search's autocorrelation windows at 100 Hz (5 s, lags up
/// to 2.4 s). It was recorded with `FFTW_PATIENT` by FFTW 3.3.10 on an x86-64 processor with AVX, and
/// names AVX codelets. It is imported (under the planner lock, before the first `Double` plan) only
/// where the processor has AVX; where FFTW's version differs the import is refused and planning goes
/// on with `FFTW_ESTIMATE` alone, as before. Timed in C (r2c, power, c2r; best of 7 × 4 000): 1.09 μs
/// with it against 1.67 μs for `FFTW_ESTIMATE`'s plan of the same length and 1.66 μs for 750 points.
enum FFTWisdom {
    /// FFTW's exported wisdom text.
    static let recorded = """
(fftw-3.3.10 fftw_wisdom #x458a31c8 #x92381c4c #x4f974889 #xcd46f97e
  (fftw_codelet_hc2cbdftv_2_avx 0 #x10048 #x10048 #x0 #xafcf27ce #xdd8676eb #x22c5fe0b #xddd9a408)
  (fftw_codelet_r2cfII_2 2 #x11048 #x11048 #x0 #x20056cb4 #xbfba75f2 #xfd4d0fce #x3ac08c73)
  (fftw_codelet_r2cbIII_2 2 #x10048 #x10048 #x0 #xb7a3ace3 #x2864be6d #x75bae379 #x6d7b07db)
  (fftw_codelet_n2bv_12_avx 0 #x10048 #x10048 #x0 #xfaa8f822 #xe2fc9d43 #xf82ad387 #x4cb98934)
  (fftw_codelet_n2fv_12_avx 0 #x11048 #x11048 #x0 #xf18ac3d3 #xb1892971 #x3ea419d5 #x8824033c)
  (fftw_codelet_hc2cfdftv_2_avx 0 #x11048 #x11048 #x0 #xc73e3fac #x25766c01 #xfaafd293 #x177178ca)
  (fftw_codelet_r2cb_2 2 #x10048 #x10048 #x0 #x4c6652c8 #x811ba179 #xf0299799 #x1795e425)
  (fftw_codelet_r2cf_2 2 #x11048 #x11048 #x0 #xa2d3515c #xbe3a6a33 #xc320b21c #x7b6cda42)
  (fftw_codelet_t2fv_32_avx 0 #x11048 #x11048 #x0 #x25a1cbf9 #x8c8679ea #xa5b170c4 #xff7dc78f)
  (fftw_codelet_t2bv_32_avx 0 #x10048 #x10048 #x0 #x03b92f1f #xe63d8acc #xc58e3d65 #x6d167ffd)
)
"""

    /// The FFTW release the wisdom was recorded with (FFTW refuses it from any other).
    static let recordedVersion = "fftw-3.3.10"

    /// The FFTW release this process runs with (`fftw_version`, e.g. "fftw-3.3.10-sse2-avx").
    static var libraryVersion: String { String(cString: retrogait_fftw_version()) }

    /// Whether the import was attempted (guarded by `FFTPlanCache.plannerLock`).
    nonisolated(unsafe) private static var attempted = false
    /// Whether FFTW took the wisdom (guarded by `FFTPlanCache.plannerLock`).
    nonisolated(unsafe) private(set) static var imported = false

    /// Imports ``recorded`` into FFTW's double-precision planner once per process, where the processor
    /// has AVX. Must be called with `FFTPlanCache.plannerLock` held.
    static func importOnce() {
        guard !attempted else { return }
        attempted = true
        guard LaneKernels.isAvailable else { return }
        imported = fftw_import_wisdom_from_string(recorded) != 0
    }
}
