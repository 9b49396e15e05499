/* figbench: speed and memory figures for drawing a figure.
 *
 * Usage: figbench [PNG]  (default: the bundled hip picture)
 * Prints, at 80x24 and 200x60 in 256 colours, medians of several runs:
 * - the first render made on demand: the PNG decoded, turned into cells by
 *   libchafa, markers placed, all while the patient waits (a picture on
 *   the first page a topic shows);
 * - a render made on demand after a resize, the PNG decoded for the size
 *   before and kept (imgcache): libchafa's work and the markers only;
 * - the first showing of a picture made ahead: the worker (figahead) made
 *   it when its topic opened, and the page showing it is turned to once it
 *   is ready (a picture on any later page); also how long the worker took,
 *   and the wait when the page is turned at once, before the worker is
 *   done;
 * - a redraw from the cache (finding the cells again and placing the
 *   markers), and the memory one cached render holds.
 * Then, with the bundled content at 80x24: a whole frame of the anatomy
 * page with its picture in sight, drawn from the cache, against a frame of
 * a page of text only (goal: no slower).  Figures, not pass or fail. */
#include "benchutil.h"
#include "diag.h"
#include "figcache.h"
#include "figdraw.h"
#include "nav.h"
#include "screen.h"

#include <locale.h>
#include <stdio.h>

enum { FIRST_RUNS = 9, CACHED_RUNS = 2000 };

/* The median of FIRST_RUNS renders of f made on demand through images
 * (NULL: none, every render decodes the file), in ms. */
static double on_demand_ms(const struct content_figure *f, int cols, int rows,
			   struct imgcache *images)
{
	double times[FIRST_RUNS];
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
	struct figcache cache = FIGCACHE_INIT;

	cache.images = images;
	for (int i = 0; i < FIRST_RUNS; i++) {
		const struct figure_picture *pic;
		double t = now_us();

		pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
		if (pic)
			figcache_markers(&cache, f, pic, markers);
		times[i] = now_us() - t;
		figcache_clear(&cache);
	}
	return percentile(times, FIRST_RUNS, 0.5) / 1e3;
}

/* The median of FIRST_RUNS renders of f made on demand after a resize,
 * in ms: its file was decoded for the size before and kept (imgcache), so
 * only libchafa's work and the markers are left. */
static double resized_ms(const struct content_figure *f, int cols, int rows)
{
	struct imgcache *images = imgcache_new(FIGDRAW_IMAGES_BYTES);
	struct figcache before = FIGCACHE_INIT;
	double ms;

	before.images = images;
	figcache_get(&before, f, FIGURE_256, cols / 2, rows / 2);
	figcache_clear(&before);
	ms = on_demand_ms(f, cols, rows, images);
	imgcache_free(images);
	return ms;
}

/* Medians of FIRST_RUNS showings of f made ahead on a worker: the wait
 * when its page is turned to once the worker is done (*ready_us), how
 * long the worker took (*worker_ms), and the wait when the page is turned
 * at once (*at_once_ms).  False when no worker could be started. */
static bool ahead(const struct content_figure *f, int cols, int rows,
		  double *ready_us, double *worker_ms, double *at_once_ms)
{
	double ready[FIRST_RUNS], worker[FIRST_RUNS], at_once[FIRST_RUNS];
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
	struct figcache cache = FIGCACHE_INIT;
	struct figahead_want want = { .path = f->path, .mode = FIGURE_256,
				      .max_cols = cols, .max_rows = rows };

	cache.ahead = figahead_open(NULL);
	if (!cache.ahead || !figahead_note_file(&want)) {
		figahead_close(cache.ahead);
		return false;
	}
	for (int i = 0; i < FIRST_RUNS; i++) {
		const struct figure_picture *pic;
		double t = now_us();

		figahead_plan(cache.ahead, &want, 1);
		figahead_wait(cache.ahead);
		worker[i] = now_us() - t;
		t = now_us();
		pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
		if (pic)
			figcache_markers(&cache, f, pic, markers);
		ready[i] = now_us() - t;
		figcache_clear(&cache);
		t = now_us();
		figahead_plan(cache.ahead, &want, 1);
		pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
		if (pic)
			figcache_markers(&cache, f, pic, markers);
		at_once[i] = now_us() - t;
		figcache_clear(&cache);
	}
	figahead_close(cache.ahead);
	*ready_us = percentile(ready, FIRST_RUNS, 0.5);
	*worker_ms = percentile(worker, FIRST_RUNS, 0.5) / 1e3;
	*at_once_ms = percentile(at_once, FIRST_RUNS, 0.5) / 1e3;
	return true;
}

static void measure(const struct content_figure *f, int cols, int rows)
{
	static double times[CACHED_RUNS];
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
	struct figcache cache = FIGCACHE_INIT;
	const struct figure_picture *pic;
	double demand, ready, worker, at_once, cached;
	const char *goal = cols > 100 ? " (goal: under 20)" : "";

	pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
	if (!pic) {
		printf("  %dx%d: the picture cannot be drawn\n", cols, rows);
		return;
	}
	for (int i = 0; i < CACHED_RUNS; i++) {
		double t = now_us();

		pic = figcache_get(&cache, f, FIGURE_256, cols, rows);
		figcache_markers(&cache, f, pic, markers);
		times[i] = now_us() - t;
	}
	cached = percentile(times, CACHED_RUNS, 0.5);
	demand = on_demand_ms(f, cols, rows, NULL);
	printf("  figure at %3dx%-3d  %dx%d cells, %.0f KB cached, medians of %d runs:\n",
	       cols, rows, pic->cols, pic->rows,
	       (double)figure_picture_bytes(pic) / 1024, FIRST_RUNS);
	printf("    first render made on demand (decode, libchafa, markers) %8.2f ms%s\n",
	       demand, goal);
	printf("    made on demand after a resize (decoded file kept)       %8.2f ms%s\n",
	       resized_ms(f, cols, rows), goal);
	if (ahead(f, cols, rows, &ready, &worker, &at_once))
		printf("    first showing of a picture made ahead as its topic opened "
		       "%6.2f ms%s\n"
		       "      (the worker took %.1f ms; the page turned to at once: %.1f ms)\n",
		       ready / 1e3, goal, worker, at_once);
	printf("    redraw from the cache %42.1f us\n", cached);
	figcache_clear(&cache);
}

/* The median time to draw the current screen of nav and update the
 * terminal. */
static double frame_us(const struct nav *nav, const struct draw_context *ctx)
{
	enum { FRAMES = 2000 };
	static double times[FRAMES];

	for (int i = 0; i < FRAMES; i++) {
		double t = now_us();

		screen_draw(nav, ctx);
		doupdate();
		times[i] = now_us() - t;
	}
	return percentile(times, FRAMES, 0.5);
}

/* A frame of the anatomy page (its picture in sight, from the cache)
 * against a frame of the first page, which is text only. */
static void page_frames(void)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load("content", &diag);
	struct figdraw figures = FIGDRAW_INIT;
	struct draw_context ctx = { .clinic_name = "Bench Clinic", .utf8 = true,
				    .figures = &figures };
	struct nav_config cfg = { .idle_timeout_ms = 1L << 40, .idle_countdown_ms = 1000,
				  .lock = true, .language = "en", .bullet = "*" };
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *screen = out && in ? newterm("xterm-256color", out, in) : NULL;
	double text, picture;
	struct nav nav;

	if (!screen || lib->topic_count == 0) {
		printf("  page frames: no terminal or no bundled content\n");
		goto done;
	}
	resizeterm(24, 80);
	theme_init(&ctx.theme, THEME_STANDARD);
	figdraw_init(&figures, ctx.theme.colour);
	cfg.pictures = figdraw_can_draw(&figures);
	nav_init(&nav, &cfg, lib, LINES, COLS, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	nav_key(&nav, '1', 0);
	text = frame_us(&nav, &ctx);
	nav_key(&nav, '2', 0);
	if (nav.layout.figure_count)
		navcore_scroll_by(&nav, (int)nav.layout.figures[0].line);
	picture = frame_us(&nav, &ctx);
	printf("  page frame at 80x24    with a picture %6.1f us, text only %6.1f us: "
	       "ratio %.2f (goal: about 1 or less)%s\n", picture, text, picture / text,
	       nav.layout.figure_count ? "" : " (no picture was laid out)");
	nav_free(&nav);
	figdraw_free(&figures);
	endwin();
	delscreen(screen);
done:
	if (out)
		fclose(out);
	if (in)
		fclose(in);
	content_library_free(lib);
	diag_clear(&diag);
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
	setlocale(LC_ALL, "C.UTF-8");
	page_frames();
	return 0;
}
