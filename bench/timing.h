/* timing: the clock and the medians the benchmark programs share. */
#ifndef KIOSK_BENCH_TIMING_H
#define KIOSK_BENCH_TIMING_H

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

/* The p-th fraction (0.5: the median) of v[0..n), which it sorts. */
static inline double percentile(double *v, size_t n, double p)
{
	qsort(v, n, sizeof *v, by_value);
	return v[(size_t)((double)(n - 1) * p + 0.5)];
}

#endif
