/* Helpers the benchmark programs share: a clock and percentiles. */
#ifndef KIOSK_BENCHUTIL_H
#define KIOSK_BENCHUTIL_H

#include <stdlib.h>
#include <time.h>

static inline double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static inline int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* The p-th fraction (0 to 1) of v's n values; sorts v. */
static inline double percentile(double *v, size_t n, double p)
{
	qsort(v, n, sizeof *v, by_value);
	return v[(size_t)((double)(n - 1) * p + 0.5)];
}

#endif
