// Per-sample geometry of four-lane Float samples (x, y, z, ·) in 256-bit AVX registers, eight samples
// at a time (see lane_kernels.h for when they may be called). GaitDSP's `LaneGeometry` holds the portable
// Swift loop; the same operations in the same order, so the same floats bit for bit.
#ifndef RETROGAIT_GEOMETRY_KERNELS_H
#define RETROGAIT_GEOMETRY_KERNELS_H

#include <stdint.h>
#include "lane_kernels.h"

#if defined(__x86_64__)

// Samples i … i + 7 of `samples` as three vectors of eight x, y and z values.
RETROGAIT_INLINE RETROGAIT_AVX void lk_components(const float *samples, __m256 *x, __m256 *y, __m256 *z) {
    __m256 r0 = _mm256_insertf128_ps(_mm256_castps128_ps256(_mm_loadu_ps(samples)), _mm_loadu_ps(samples + 16), 1);
    __m256 r1 = _mm256_insertf128_ps(_mm256_castps128_ps256(_mm_loadu_ps(samples + 4)), _mm_loadu_ps(samples + 20), 1);
    __m256 r2 = _mm256_insertf128_ps(_mm256_castps128_ps256(_mm_loadu_ps(samples + 8)), _mm_loadu_ps(samples + 24), 1);
    __m256 r3 = _mm256_insertf128_ps(_mm256_castps128_ps256(_mm_loadu_ps(samples + 12)), _mm_loadu_ps(samples + 28), 1);
    __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpacklo_ps(r2, r3);
    __m256 t2 = _mm256_unpackhi_ps(r0, r1), t3 = _mm256_unpackhi_ps(r2, r3);
    *x = _mm256_shuffle_ps(t0, t1, 0x44);
    *y = _mm256_shuffle_ps(t0, t1, 0xEE);
    *z = _mm256_shuffle_ps(t2, t3, 0x44);
}

// (x·x + y·y) + z·z, rounded after every operation.
RETROGAIT_INLINE RETROGAIT_AVX __m256 lk_dot(__m256 ax, __m256 ay, __m256 az, __m256 bx, __m256 by, __m256 bz) {
#pragma clang fp contract(off)
    return _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(ax, bx), _mm256_mul_ps(ay, by)), _mm256_mul_ps(az, bz));
}

/// For samples `first ..< count` of `a` and `b` (four floats a sample, the fourth ignored):
/// `norm[i] = |a[i]|`, `along[i] = a[i]·b[i] / |b[i]|` where `|b[i]| > 1e-3` (else `|a[i]|`), and, for
/// `i ≥ 1`, `change[i] = |a[i] − a[i − 1]| · rate`; every sum as `(x·x + y·y) + z·z`. Returns the first
/// sample not done (the caller finishes the last few). Call only when `lane_kernels_available()`.
static inline RETROGAIT_AVX intptr_t lane_kernels_geometry(
    const float *a, const float *b, intptr_t first, intptr_t count, float rate, float *norm, float *along, float *change) {
#pragma clang fp contract(off)
    const __m256 floor = _mm256_set1_ps(1e-3f), scale = _mm256_set1_ps(rate);
    intptr_t index = first < 1 ? 1 : first;
    for (; index + 8 <= count; index += 8) {
        __m256 x, y, z, gx, gy, gz, px, py, pz;
        lk_components(a + 4 * index, &x, &y, &z);
        lk_components(b + 4 * index, &gx, &gy, &gz);
        lk_components(a + 4 * (index - 1), &px, &py, &pz);
        __m256 magnitude = _mm256_sqrt_ps(lk_dot(x, y, z, x, y, z));
        __m256 length = _mm256_sqrt_ps(lk_dot(gx, gy, gz, gx, gy, gz));
        __m256 projected = _mm256_div_ps(lk_dot(x, y, z, gx, gy, gz), length);
        __m256 vertical = _mm256_blendv_ps(magnitude, projected, _mm256_cmp_ps(length, floor, _CMP_GT_OQ));
        __m256 dx = _mm256_sub_ps(x, px), dy = _mm256_sub_ps(y, py), dz = _mm256_sub_ps(z, pz);
        __m256 jerk = _mm256_mul_ps(_mm256_sqrt_ps(lk_dot(dx, dy, dz, dx, dy, dz)), scale);
        _mm256_storeu_ps(norm + index, magnitude);
        _mm256_storeu_ps(along + index, vertical);
        _mm256_storeu_ps(change + index, jerk);
    }
    return index;
}

#else

static inline intptr_t lane_kernels_geometry(
    const float *a, const float *b, intptr_t first, intptr_t count, float rate, float *norm, float *along, float *change) {
    (void)a; (void)b; (void)count; (void)rate; (void)norm; (void)along; (void)change;
    return first;
}

#endif

#endif
