/* rtl: what right-to-left text adds to laying out a page.
 *
 * Usage: rtl [DIR]  (default: content)
 * Lays out every page of the Arabic injection topic at 80 columns as if it
 * ran left to right, then as the kiosk does for a right-to-left language:
 * the same layout and then layoutrtl_visual (each line reordered, shaped
 * and aligned right, once per layout), first with an empty line cache,
 * then with the lines cached.  Prints the medians and their ratios to the
 * first; the goal is at most 2.  A figure, not pass or fail. */
#include "content.h"
#include "layout.h"
#include "layoutrtl.h"
#include "benchutil.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RUNS = 200, WIDTH = 80 };

/* Left to right; right to left with every line new to the cache (a
 * page's first showing); right to left again (the cache holds the lines,
 * as when a patient goes back or the next patient reads the topic). */
enum direction { LEFT_TO_RIGHT, RTL_FIRST, RTL_AGAIN };

/* The median time to lay out every page of t. */
static double layout_us(const struct content_topic *t, enum direction d)
{
	const struct layout_options opt = { .bullet = "*" };
	struct layout l = { 0 };
	struct layoutrtl_cache cache = { 0 };
	double times[RUNS];

	for (int r = 0; r < RUNS; r++) {
		double start;

		if (d == RTL_FIRST)
			layoutrtl_cache_free(&cache);
		start = now_us();
		for (size_t s = 0; s < t->section_count; s++)
			for (size_t p = 0; p < t->sections[s].page_count; p++) {
				layout_page(&l, &t->sections[s].pages[p], NULL, 0,
					    WIDTH, &opt);
				if (d != LEFT_TO_RIGHT)
					layoutrtl_visual(&l, &cache);
			}
		times[r] = now_us() - start;
	}
	layoutrtl_cache_free(&cache);
	layout_free(&l);
	return percentile(times, RUNS, 0.5);
}

int main(int argc, char **argv)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	const struct content_topic *t;
	double ltr, first, again;

	setlocale(LC_ALL, "C.UTF-8");
	lib = content_library_load(argc > 1 ? argv[1] : "content", &diag);
	diag_clear(&diag);
	t = content_find_topic(lib, "hip-steroid-injection", "ar");
	if (!t) {
		fprintf(stderr, "rtl: no Arabic hip-steroid-injection topic\n");
		content_library_free(lib);
		return 1;
	}
	ltr = layout_us(t, LEFT_TO_RIGHT);
	first = layout_us(t, RTL_FIRST);
	again = layout_us(t, RTL_AGAIN);
	printf("== right-to-left layout (the Arabic injection topic, every page, %d columns)\n",
	       WIDTH);
	printf("  as left to right       %9.1f us  (median of %d)\n", ltr, RUNS);
	printf("  right to left, first   %9.1f us  ratio %.2f (lines new to the cache)\n",
	       first, first / ltr);
	printf("  right to left, again   %9.1f us  ratio %.2f (goal: at most 2)\n",
	       again, again / ltr);
	content_library_free(lib);
	return 0;
}
