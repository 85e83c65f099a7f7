// Records the FFTW wisdom GaitDSP ships (Sources/GaitDSP/FFT/FFTWisdom.swift) on this machine:
//   cc -O2 scripts/record-fftw-wisdom.c -o /tmp/record-fftw-wisdom -lfftw3 -lfftw3f && /tmp/record-fftw-wisdom
// prints the double wisdom, a line "----", then the single wisdom. Plans are made as FFTPlanCache makes
// them (real, out of place, on fftw_alloc'd arrays): the autocorrelation's 768 points forward and
// inverse with FFTW_PATIENT, its other lengths (3·2^k and 2^k from 192 to 8192 points, forward and
// inverse) and the spectral cadence's powers of two (2^8 to 2^22 points, forward) with FFTW_ESTIMATE,
// so that importing them reproduces exactly the plans FFTW_ESTIMATE makes, without its search. The
// autocorrelation runs in single precision; the double plans are kept for RealFFT<Double>'s users.
#include <fftw3.h>
#include <stdio.h>

static void plan_double(int n, unsigned flags) {
    double *real = fftw_alloc_real(n);
    fftw_complex *complex = fftw_alloc_complex(n / 2 + 1);
    fftw_destroy_plan(fftw_plan_dft_r2c_1d(n, real, complex, flags));
    fftw_destroy_plan(fftw_plan_dft_c2r_1d(n, complex, real, flags));
    fftw_free(real);
    fftw_free(complex);
}

static void plan_single(int n, unsigned flags, int inverse) {
    float *real = fftwf_alloc_real(n);
    fftwf_complex *complex = fftwf_alloc_complex(n / 2 + 1);
    fftwf_destroy_plan(fftwf_plan_dft_r2c_1d(n, real, complex, flags));
    if (inverse) fftwf_destroy_plan(fftwf_plan_dft_c2r_1d(n, complex, real, flags));
    fftwf_free(real);
    fftwf_free(complex);
}

int main(void) {
    for (int n = 128; n <= 8192; n *= 2) {
        if (3 * n / 2 != 768) plan_double(3 * n / 2, FFTW_ESTIMATE);
        if (n >= 256) plan_double(n, FFTW_ESTIMATE);
    }
    plan_double(768, FFTW_PATIENT);  // last: the estimated plans above must not build on it
    for (int n = 1 << 8; n <= 1 << 22; n *= 2) plan_single(n, FFTW_ESTIMATE, 0);
    for (int n = 128; n <= 8192; n *= 2) {
        if (3 * n / 2 != 768) plan_single(3 * n / 2, FFTW_ESTIMATE, 1);
        if (n >= 256) plan_single(n, FFTW_ESTIMATE, 1);
    }
    plan_single(768, FFTW_PATIENT, 1);  // last, as above
    char *wisdom = fftw_export_wisdom_to_string();
    char *single = fftwf_export_wisdom_to_string();
    printf("%s----\n%s", wisdom, single);
    fftw_free(wisdom);
    fftwf_free(single);
    return 0;
}
