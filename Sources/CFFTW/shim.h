#ifndef RETROGAIT_CFFTW_SHIM_H
#define RETROGAIT_CFFTW_SHIM_H
#include <fftw3.h>

/// FFTW's release string (`fftw_version`, an array of unknown size, which Swift cannot import).
static inline const char *retrogait_fftw_version(void) { return fftw_version; }
#endif
