/* figbench: speed and memory figures for drawing a figure.
 *
 * Usage: figbench [PNG]  (default: the bundled hip picture)
 * Prints, at 80x24 and 200x60 in 256 colours: the first render (the PNG
 * decoded, turned into cells by libchafa, markers placed: what a patient
 * waits for the first time a page with a picture opens at that size), a
 * redraw from the cache (finding the cells again and placing the markers),
 * and the memory one cached render holds.  Figures, not pass or fail. */
#include "benchutil.h"
#include "figcache.h"

#include <stdio.h>

enum { FIRST_RUNS = 7, CACHED_RUNS = 2000 };

static void measure(const struct content_figure *f, int cols, int rows)
{
	static double times[CACHED_RUNS];
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
	struct figcache cache = FIGCACHE_INIT;
	const struct figure_picture *pic = NULL;
	double first, cached, t;

	for (int i = 0; i < FIRST_RUNS; i++) {
		figcache_clear(&cache);
		t = now_us();
		pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
		if (pic)
			figure_markers(f, pic, markers);
		times[i] = now_us() - t;
	}
	if (!pic) {
		printf("  %dx%d: the picture cannot be drawn\n", cols, rows);
		return;
	}
	first = percentile(times, FIRST_RUNS, 0.5);
	for (int i = 0; i < CACHED_RUNS; i++) {
		t = now_us();
		pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
		figure_markers(f, pic, markers);
		times[i] = now_us() - t;
	}
	cached = percentile(times, CACHED_RUNS, 0.5);
	printf("  figure at %3dx%-3d      first render %6.1f ms%s, cached redraw "
	       "%5.1f us, %dx%d cells, %.0f KB cached\n", cols, rows, first / 1e3,
	       cols > 100 ? " (goal: under 20)" : "", cached, pic->cols, pic->rows,
	       (double)figure_picture_bytes(pic) / 1024);
	figcache_clear(&cache);
}

int main(int argc, char **argv)
{
	static struct content_figure_label labels[] = {
		{ .number = 1, .x = 0.67, .y = 0.2 }, { .number = 2, .x = 0.66, .y = 0.33 },
		{ .number = 3, .x = 0.42, .y = 0.38 }, { .number = 4, .x = 0.7, .y = 0.73 },
		{ .number = 5, .x = 0.28, .y = 0.67 }, { .number = 6, .x = 0.38, .y = 0.67 },
		{ .number = 7, .x = 0.44, .y = 0.74 }, { .number = 8, .x = 0.47, .y = 0.82 },
		{ .number = 9, .x = 0.3, .y = 0.9 },
	};
	struct content_figure f = {
		.path = argc > 1 ? argv[1] : "content/figures/hip-front.png",
		.usable = true, .labels = labels,
		.label_count = sizeof labels / sizeof *labels,
	};

	measure(&f, 80, 24);
	measure(&f, 200, 60);
	return 0;
}
