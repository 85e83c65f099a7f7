/// The floating-point precision an FFT runs in.
public enum FFTPrecision: Sendable, Equatable {
    /// 32-bit IEEE 754 (`Float`), executed by `fftwf_*`.
    case single
    /// 64-bit IEEE 754 (`Double`), executed by `fftw_*`.
    case double
}

/// A scalar type that ``RealFFT`` can transform: `Float` or `Double`.
///
/// Do not conform other types; the FFT reinterprets buffers of `Self` as the matching C type, which is
/// checked with a precondition on the scalar's size.
public protocol RealFFTScalar: BinaryFloatingPoint, Sendable {
    /// The precision whose FFTW library executes transforms of this scalar.
    static var fftPrecision: FFTPrecision { get }
}

extension Float: RealFFTScalar {
    /// `.single`: transformed by FFTW's single-precision library.
    public static var fftPrecision: FFTPrecision { .single }
}

extension Double: RealFFTScalar {
    /// `.double`: transformed by FFTW's double-precision library.
    public static var fftPrecision: FFTPrecision { .double }
}
