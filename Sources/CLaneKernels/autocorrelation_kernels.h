// The loops around the FFTs of GaitDSP's `Autocorrelation` in 256-bit AVX registers (see
// lane_kernels.h for when they may be called). The same values, bit for bit, as the portable Swift loops.
#ifndef RETROGAIT_AUTOCORRELATION_KERNELS_H
#define RETROGAIT_AUTOCORRELATION_KERNELS_H

#include <stdint.h>
#include "lane_kernels.h"

#if defined(__x86_64__)
// The sum of `count` floats in double, in order.
static inline double lane_kernels_sum_in_order(const float *signal, intptr_t count) {
    double sum = 0;
    for (intptr_t index = 0; index < count; index++) sum += (double)signal[index];
    return sum;
}

/// The autocorrelation's input (GaitDSP's `Autocorrelation`): writes `padded[i] = (float)((double)signal[i]
/// − mean)` for `i < count` and zeros up to `length`, where `mean` is the sum of the samples in order, in
/// double, divided by `count`. When every partial sum is exact in double (all samples are multiples of
/// the smallest sample's quantum and `count · max|x|` stays below 2⁵² of it) the sum is taken in
/// eight lanes, which then gives the in-order sum bit for bit; otherwise in order. Returns the mean.
/// `count ≥ 1`, `length ≥ count`. Call only when `lane_kernels_available()`.
static inline RETROGAIT_AVX double lane_kernels_centered(const float *signal, intptr_t count, float *padded, intptr_t length) {
    // Smallest nonzero and largest magnitude, eight floats at a time (a NaN or an infinity fails the
    // exactness test below or makes the lane sum non-finite; either way the sum is taken in order).
    const __m256 sign = _mm256_set1_ps(-0.0f), infinity = _mm256_set1_ps(__builtin_inff());
    __m256 smallest = infinity, largest = _mm256_setzero_ps();
    __m256d sum0 = _mm256_setzero_pd(), sum1 = _mm256_setzero_pd();
    intptr_t index = 0;
    for (; index + 8 <= count; index += 8) {
        __m256 value = _mm256_loadu_ps(signal + index);
        __m256 magnitude = _mm256_andnot_ps(sign, value);
        __m256 nonzero = _mm256_blendv_ps(magnitude, infinity, _mm256_cmp_ps(magnitude, _mm256_setzero_ps(), _CMP_EQ_OQ));
        smallest = _mm256_min_ps(smallest, nonzero);
        largest = _mm256_max_ps(largest, magnitude);
        sum0 = _mm256_add_pd(sum0, _mm256_cvtps_pd(_mm256_castps256_ps128(value)));
        sum1 = _mm256_add_pd(sum1, _mm256_cvtps_pd(_mm256_extractf128_ps(value, 1)));
    }
    float lanes[8], tops[8];
    _mm256_storeu_ps(lanes, smallest);
    _mm256_storeu_ps(tops, largest);
    float least = __builtin_inff(), most = 0;
    for (int lane = 0; lane < 8; lane++) {
        if (lanes[lane] < least) least = lanes[lane];
        if (tops[lane] > most) most = tops[lane];
    }
    double partial[4];
    _mm256_storeu_pd(partial, _mm256_add_pd(sum0, sum1));
    double sum = (partial[0] + partial[1]) + (partial[2] + partial[3]);
    for (; index < count; index++) {
        float value = signal[index];
        float magnitude = __builtin_fabsf(value);
        if (magnitude != 0 && magnitude < least) least = magnitude;
        if (!(magnitude <= most)) most = magnitude;  // also takes a NaN, which fails the test below
        sum += (double)value;
    }
    // Every sample is a multiple of the smallest one's quantum: 2^(exponent − 23) for a normal float,
    // 2^−149 for a subnormal. If count · max|x| ≤ 2⁵² quanta, every partial sum in any order is an exact
    // double, so the lanes' sum is the in-order sum.
    int exact = 0;
    if (least == __builtin_inff()) {
        exact = most == 0;  // all zeros
    } else if (most <= 3.4e38f) {
        int exponent = least >= 1.17549435e-38f ? __builtin_ilogbf(least) - 23 : -149;
        exact = (double)count * (double)most <= __builtin_ldexp(1.0, 52 + exponent);
    }
    if (!exact || !__builtin_isfinite(sum)) sum = lane_kernels_sum_in_order(signal, count);
    double mean = sum / (double)count;
    const __m256d center = _mm256_set1_pd(mean);
    for (index = 0; index + 4 <= count; index += 4) {
        __m256d centred = _mm256_sub_pd(_mm256_cvtps_pd(_mm_loadu_ps(signal + index)), center);
        _mm_storeu_ps(padded + index, _mm256_cvtpd_ps(centred));
    }
    for (; index < count; index++) padded[index] = (float)((double)signal[index] - mean);
    for (; index < length; index++) padded[index] = 0;
    return mean;
}

/// Replaces `bins` interleaved complex values by (re·re + im·im, 0). Call only when
/// `lane_kernels_available()`.
static inline RETROGAIT_AVX void lane_kernels_power(float *spectrum, intptr_t bins) {
#pragma clang fp contract(off)
    intptr_t bin = 0;
    const __m256 zero = _mm256_setzero_ps();
    for (; bin + 4 <= bins; bin += 4) {
        __m256 pairs = _mm256_loadu_ps(spectrum + 2 * bin);            // re0 im0 re1 im1 … re3 im3
        __m256 squares = _mm256_mul_ps(pairs, pairs);
        __m256 swapped = _mm256_permute_ps(squares, 0xB1);          // im0² re0² im1² re1² …
        __m256 power = _mm256_blend_ps(_mm256_add_ps(squares, swapped), zero, 0xAA);  // re²+im², 0, …
        _mm256_storeu_ps(spectrum + 2 * bin, power);
    }
    for (; bin < bins; bin++) {
        float re = spectrum[2 * bin], im = spectrum[2 * bin + 1];
        spectrum[2 * bin] = re * re + im * im;
        spectrum[2 * bin + 1] = 0;
    }
}

/// `result[k] = (float)((double)covariance[k] · inverse_zero_lag)` for `k < count`, where
/// `inverse_zero_lag` is 1 / the covariance at lag 0 (in double). Call only when `lane_kernels_available()`.
static inline RETROGAIT_AVX void lane_kernels_normalised(const float *covariance, intptr_t count, double inverse_zero_lag, float *result) {
#pragma clang fp contract(off)
    const __m256d inverse = _mm256_set1_pd(inverse_zero_lag);
    intptr_t index = 0;
    for (; index + 4 <= count; index += 4) {
        __m256d value = _mm256_mul_pd(_mm256_cvtps_pd(_mm_loadu_ps(covariance + index)), inverse);
        _mm_storeu_ps(result + index, _mm256_cvtpd_ps(value));
    }
    for (; index < count; index++) result[index] = (float)((double)covariance[index] * inverse_zero_lag);
}

#else

/// The autocorrelation's input (GaitDSP's `Autocorrelation`): writes `padded[i] = (float)((double)signal[i]
/// − mean)` for `i < count` and zeros up to `length`, where `mean` is the sum of the samples in order, in
/// double, divided by `count`. When every partial sum is exact in double (all samples are multiples of
/// the smallest sample's quantum and `count · max|x|` stays below 2⁵² of it) the sum is taken in
/// eight lanes, which then gives the in-order sum bit for bit; otherwise in order. Returns the mean.
/// `count ≥ 1`, `length ≥ count`. Call only when `lane_kernels_available()`.
static inline double lane_kernels_centered(const float *signal, intptr_t count, float *padded, intptr_t length) {
    (void)signal; (void)count; (void)padded; (void)length;
    return 0;
}

/// Replaces `bins` interleaved complex values by (re·re + im·im, 0). Call only when
/// `lane_kernels_available()`.
static inline void lane_kernels_power(float *spectrum, intptr_t bins) { (void)spectrum; (void)bins; }

/// `result[k] = (float)((double)covariance[k] · inverse_zero_lag)` for `k < count`, where
/// `inverse_zero_lag` is 1 / the covariance at lag 0 (in double). Call only when `lane_kernels_available()`.
static inline void lane_kernels_normalised(const float *covariance, intptr_t count, double inverse_zero_lag, float *result) {
    (void)covariance; (void)count; (void)inverse_zero_lag; (void)result;
}

#endif

#endif
