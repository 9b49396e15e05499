/* rtl: what right-to-left text adds to laying out a page.
 *
 * Usage: rtl [DIR]  (default: content)
 * Lays out every page of the Arabic injection topic at 80 columns as if it
 * ran left to right, then as the kiosk does for a right-to-left language:
 * the same layout and then layoutrtl_visual (each line reordered, shaped
 * and aligned right, once per layout), first with an empty line cache,
 * then with the lines cached.  The three are timed in turn within each
 * run, their order rotating from run to run, so a busy spell on a shared
 * machine slows all three alike.  Prints the medians and their ratios to
 * the first; the goal is at most 2.  A figure, not pass or fail. */
#include "content.h"
#include "layout.h"
#include "layoutrtl.h"
#include "benchutil.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RUNS = 300, WIDTH = 80 };

/* Left to right; right to left with every line new to the cache (a
 * page's first showing); right to left again (the cache holds the lines,
 * as when a patient goes back or the next patient reads the topic). */
enum direction { LEFT_TO_RIGHT, RTL_FIRST, RTL_AGAIN, DIRECTIONS };

/* The time to lay out every page of t once. */
static double layout_once(const struct content_topic *t, enum direction d,
			  struct layout *l, struct layoutrtl_cache *cache)
{
	const struct layout_options opt = { .bullet = "*" };
	double start;

	if (d == RTL_FIRST)
		layoutrtl_cache_free(cache);
	start = now_us();
	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++) {
			layout_page(l, &t->sections[s].pages[p], NULL, 0, WIDTH, &opt);
			if (d != LEFT_TO_RIGHT)
				layoutrtl_visual(l, cache);
		}
	return now_us() - start;
}

int main(int argc, char **argv)
{
	static double times[DIRECTIONS][RUNS];
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	const struct content_topic *t;
	struct layout l = { 0 };
	struct layoutrtl_cache first = { 0 }, again = { 0 };
	double median[DIRECTIONS];

	setlocale(LC_ALL, "C.UTF-8");
	lib = content_library_load(argc > 1 ? argv[1] : "content", &diag);
	diag_clear(&diag);
	t = content_find_topic(lib, "hip-steroid-injection", "ar");
	if (!t) {
		fprintf(stderr, "rtl: no Arabic hip-steroid-injection topic\n");
		content_library_free(lib);
		return 1;
	}
	layout_once(t, RTL_AGAIN, &l, &again);
	for (int r = 0; r < RUNS; r++)
		for (int k = 0; k < DIRECTIONS; k++) {
			enum direction d = (enum direction)((r + k) % DIRECTIONS);

			times[d][r] = layout_once(t, d, &l, d == RTL_AGAIN ? &again : &first);
		}
	for (int d = 0; d < DIRECTIONS; d++)
		median[d] = percentile(times[d], RUNS, 0.5);
	printf("== right-to-left layout (the Arabic injection topic, every page, %d columns)\n",
	       WIDTH);
	printf("  as left to right       %9.1f us  (median of %d, the three in turn)\n",
	       median[LEFT_TO_RIGHT], RUNS);
	printf("  right to left, first   %9.1f us  ratio %.2f (lines new to the cache; goal: at most 2)\n",
	       median[RTL_FIRST], median[RTL_FIRST] / median[LEFT_TO_RIGHT]);
	printf("  right to left, again   %9.1f us  ratio %.2f (lines cached)\n",
	       median[RTL_AGAIN], median[RTL_AGAIN] / median[LEFT_TO_RIGHT]);
	layoutrtl_cache_free(&first);
	layoutrtl_cache_free(&again);
	layout_free(&l);
	content_library_free(lib);
	return 0;
}
