#ifndef RETROGAIT_CFFTW_SHIM_H
#define RETROGAIT_CFFTW_SHIM_H
#include <fftw3.h>
#endif
