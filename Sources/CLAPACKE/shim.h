#ifndef RETROGAIT_CLAPACKE_SHIM_H
#define RETROGAIT_CLAPACKE_SHIM_H
#include <lapacke.h>
#endif
