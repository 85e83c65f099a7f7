// Biquad recursions over buffers of four-lane Float samples, in 256-bit AVX registers when the
// processor has them (checked at run time; the package itself is built for the baseline target).
// GaitDSP's `TriaxialZeroPhaseFiltering.swift` holds the portable Swift version of the same arithmetic
// and uses these kernels only where `lane_kernels_available()` says so.
//
// Header-only: static inline functions, compiled into GaitDSP by the Swift compiler's Clang importer
// with the Swift code's own settings (a C target's object file would carry clang's default DWARF 5
// debug information, which valgrind 3.19, the CI's instruction counter, cannot read). Every multiply,
// add and divide is rounded on its own, in the order the Swift code performs them: AVX without FMA,
// contraction off. SwiftPM does not see these headers as inputs of GaitDSP: after editing one, touch
// the GaitDSP file that uses it (or build clean) before testing.
#ifndef RETROGAIT_LANE_KERNELS_H
#define RETROGAIT_LANE_KERNELS_H

#include <stdint.h>

/// One second-order section (transposed direct form II) with its state, one value per lane.
typedef struct {
    double b0, b1, b2, a1, a2;
    double s0[4];
    double s1[4];
} lane_section;

/// One pass: `section_count` (1 or 2) sections run in one loop, the second taking the first's output
/// before it is rounded to Float.
typedef struct {
    int32_t section_count;
    lane_section sections[2];
} lane_stage;

#if defined(__x86_64__)
#include <immintrin.h>

#define RETROGAIT_AVX __attribute__((target("avx")))
#define RETROGAIT_INLINE static inline __attribute__((always_inline))

/// Whether this processor and system run the kernels below (x86-64 with AVX); 0 elsewhere.
static inline int lane_kernels_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") ? 1 : 0;
}

typedef struct {
    __m256d b0, b1, b2, a1, a2, s0, s1;
} lk_section_lanes;

typedef struct {
    lk_section_lanes first, second;
} lk_stage_lanes;

RETROGAIT_INLINE RETROGAIT_AVX lk_section_lanes lk_load_section(const lane_section *s) {
    lk_section_lanes v;
    v.b0 = _mm256_set1_pd(s->b0);
    v.b1 = _mm256_set1_pd(s->b1);
    v.b2 = _mm256_set1_pd(s->b2);
    v.a1 = _mm256_set1_pd(s->a1);
    v.a2 = _mm256_set1_pd(s->a2);
    v.s0 = _mm256_loadu_pd(s->s0);
    v.s1 = _mm256_loadu_pd(s->s1);
    return v;
}

RETROGAIT_INLINE RETROGAIT_AVX lk_stage_lanes lk_load_stage(const lane_stage *stage) {
    lk_stage_lanes v;
    v.first = lk_load_section(&stage->sections[0]);
    v.second = stage->section_count > 1 ? lk_load_section(&stage->sections[1]) : v.first;
    return v;
}

// y = b0·x + s0; s0 = b1·x − a1·y + s1; s1 = b2·x − a2·y (Swift: `LaneSection.advance`).
RETROGAIT_INLINE RETROGAIT_AVX __m256d lk_advance(lk_section_lanes *s, __m256d x) {
#pragma clang fp contract(off)
    __m256d y = _mm256_add_pd(_mm256_mul_pd(s->b0, x), s->s0);
    s->s0 = _mm256_add_pd(_mm256_sub_pd(_mm256_mul_pd(s->b1, x), _mm256_mul_pd(s->a1, y)), s->s1);
    s->s1 = _mm256_sub_pd(_mm256_mul_pd(s->b2, x), _mm256_mul_pd(s->a2, y));
    return y;
}

RETROGAIT_INLINE RETROGAIT_AVX void lk_step(lk_stage_lanes *stage, int pair, float *sample) {
    __m256d value = _mm256_cvtps_pd(_mm_loadu_ps(sample));
    value = lk_advance(&stage->first, value);
    if (pair) value = lk_advance(&stage->second, value);
    _mm_storeu_ps(sample, _mm256_cvtpd_ps(value));
}

RETROGAIT_INLINE RETROGAIT_AVX void lk_run(lk_stage_lanes *stage, int pair, float *buffer, intptr_t count, int backward) {
    if (backward) {
        for (intptr_t index = count - 1; index >= 0; index--) lk_step(stage, pair, buffer + 4 * index);
    } else {
        for (intptr_t index = 0; index < count; index++) lk_step(stage, pair, buffer + 4 * index);
    }
}

RETROGAIT_INLINE RETROGAIT_AVX void lk_run_together(
    lk_stage_lanes *a, int pair_a, float *buffer_a, intptr_t count_a,
    lk_stage_lanes *b, int pair_b, float *buffer_b, intptr_t count_b, int backward) {
    intptr_t shared = count_a < count_b ? count_a : count_b;
    if (backward) {
        intptr_t last_a = count_a - 1, last_b = count_b - 1;
        for (intptr_t index = 0; index < shared; index++) {
            lk_step(a, pair_a, buffer_a + 4 * (last_a - index));
            lk_step(b, pair_b, buffer_b + 4 * (last_b - index));
        }
        lk_run(a, pair_a, buffer_a, count_a - shared, 1);
        lk_run(b, pair_b, buffer_b, count_b - shared, 1);
    } else {
        for (intptr_t index = 0; index < shared; index++) {
            lk_step(a, pair_a, buffer_a + 4 * index);
            lk_step(b, pair_b, buffer_b + 4 * index);
        }
        lk_run(a, pair_a, buffer_a + 4 * shared, count_a - shared, 0);
        lk_run(b, pair_b, buffer_b + 4 * shared, count_b - shared, 0);
    }
}

/// Runs `stage` in place over `count` four-lane samples (`4 * count` floats), from the start or
/// (`backward` non-zero) from the end. Call only when `lane_kernels_available()`.
static inline RETROGAIT_AVX void lane_kernels_run(lane_stage stage, float *buffer, intptr_t count, int backward) {
    lk_stage_lanes lanes = lk_load_stage(&stage);
    if (stage.section_count > 1) {
        if (backward) lk_run(&lanes, 1, buffer, count, 1); else lk_run(&lanes, 1, buffer, count, 0);
    } else {
        if (backward) lk_run(&lanes, 0, buffer, count, 1); else lk_run(&lanes, 0, buffer, count, 0);
    }
}

// One specialised loop per (pair, pair, direction): the constants fold into straight-line code.
#define LK_TOGETHER(PA, PB, BACK) lk_run_together(&la, PA, buffer_a, count_a, &lb, PB, buffer_b, count_b, BACK)

/// Runs `a` over `buffer_a` and `b` over `buffer_b` in one loop over the shorter length (each buffer
/// walked from its own start, or end when `backward`), then the longer buffer's rest alone. Call only
/// when `lane_kernels_available()`.
static inline RETROGAIT_AVX void lane_kernels_run_together(
    lane_stage a, float *buffer_a, intptr_t count_a, lane_stage b, float *buffer_b, intptr_t count_b,
    int backward) {
    lk_stage_lanes la = lk_load_stage(&a), lb = lk_load_stage(&b);
    int pair_a = a.section_count > 1, pair_b = b.section_count > 1;
    if (backward) {
        if (pair_a && pair_b) LK_TOGETHER(1, 1, 1);
        else if (pair_a) LK_TOGETHER(1, 0, 1);
        else if (pair_b) LK_TOGETHER(0, 1, 1);
        else LK_TOGETHER(0, 0, 1);
    } else {
        if (pair_a && pair_b) LK_TOGETHER(1, 1, 0);
        else if (pair_a) LK_TOGETHER(1, 0, 0);
        else if (pair_b) LK_TOGETHER(0, 1, 0);
        else LK_TOGETHER(0, 0, 0);
    }
}

#else

/// Whether this processor and system run the kernels below (x86-64 with AVX); 0 elsewhere.
static inline int lane_kernels_available(void) { return 0; }

/// Runs `stage` in place over `count` four-lane samples (`4 * count` floats), from the start or
/// (`backward` non-zero) from the end. Call only when `lane_kernels_available()`.
static inline void lane_kernels_run(lane_stage stage, float *buffer, intptr_t count, int backward) {
    (void)stage; (void)buffer; (void)count; (void)backward;
}

/// Runs `a` over `buffer_a` and `b` over `buffer_b` in one loop over the shorter length (each buffer
/// walked from its own start, or end when `backward`), then the longer buffer's rest alone. Call only
/// when `lane_kernels_available()`.
static inline void lane_kernels_run_together(
    lane_stage a, float *buffer_a, intptr_t count_a, lane_stage b, float *buffer_b, intptr_t count_b,
    int backward) {
    (void)a; (void)buffer_a; (void)count_a; (void)b; (void)buffer_b; (void)count_b; (void)backward;
}

#endif

#endif
