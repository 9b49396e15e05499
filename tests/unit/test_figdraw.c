/* Drawing figures through curses, headless (output to /dev/null): the
 * picture's cells land on the screen in the colours figure chose, markers
 * show their numbers where a touch finds them, each terminal gets what it
 * can show, and terminals without colour get no picture. */
#include "testutil.h"

#include "figdraw.h"

#include <curses.h>
#include <wchar.h>

static struct content_figure_label labels[] = {
	{ .number = 1, .x = 0.67, .y = 0.2, .text = "Bones of the lower back" },
	{ .number = 2, .x = 0.66, .y = 0.33, .text = "[[Psoas|psoas]]" },
	{ .number = 12, .x = 0.38, .y = 0.67, .text = "[[Bursa|bursa]]" },
};
static const struct content_figure hip = {
	.image = "hip-front.png", .path = "content/figures/hip-front.png",
	.usable = true, .width = 600, .height = 600, .alt = "The hip.",
	.labels = labels, .label_count = 3,
};

struct screen_under_test {
	SCREEN *screen;
	FILE *out, *in;
	struct figdraw draw;
};

static void start(struct screen_under_test *s, const char *term, bool colour)
{
	setlocale(LC_ALL, "C.UTF-8");
	s->out = fopen("/dev/null", "w");
	s->in = fopen("/dev/null", "r");
	s->screen = newterm(term, s->out, s->in);
	assert_non_null(s->screen);
	resizeterm(60, 200);
	if (has_colors()) {
		start_color();
		use_default_colors();
	}
	s->draw = (struct figdraw)FIGDRAW_INIT;
	figdraw_init(&s->draw, colour);
}

static void stop(struct screen_under_test *s)
{
	figdraw_free(&s->draw);
	endwin();
	delscreen(s->screen);
	fclose(s->out);
	fclose(s->in);
}

/* An area at (y, x) that may use every row of the 200x60 screen. */
#define AREA(top, left, height, width) \
	(&(struct figdraw_area){ .y = (top), .x = (left), .rows = (height), \
				 .cols = (width), .first_row = 0, .last_row = 59 })

/* The character, attribute and colours of a screen cell. */
static void cell_at(int y, int x, wchar_t *ch, attr_t *attr, int *fg, int *bg)
{
	cchar_t cell;
	wchar_t text[CCHARW_MAX + 1];
	short short_pair;
	int pair = 0;

	assert_int_equal(mvin_wch(y, x, &cell), OK);
	assert_int_equal(getcchar(&cell, text, attr, &short_pair, &pair), OK);
	*ch = text[0];
	assert_int_equal(extended_pair_content(pair, fg, bg), OK);
}

static void test_figdraw_puts_the_cells_on_the_screen_in_their_colours(void **state)
{
	struct screen_under_test s;
	struct figdraw_placed placed;
	struct image img;
	struct figure_picture pic;
	char why[IMAGE_WHY_MAX];
	(void)state;

	start(&s, "xterm-256color", true);
	assert_true(figdraw_can_draw(&s.draw));
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(2, 3, 24, 80), 0, &placed));
	assert_int_equal(placed.rows, 24);
	assert_int_equal(placed.cols, 48);
	assert_true(image_load(hip.path, &img, why, sizeof why));
	assert_true(figure_picture_make(&img, FIGURE_256, 80, 24, &pic));
	for (int r = 0; r < pic.rows; r++)
		for (int c = 0; c < pic.cols; c++) {
			const struct figure_cell *want = &pic.cells[r * pic.cols + c];
			wchar_t ch;
			attr_t attr;
			int fg, bg;

			if (figdraw_marker_at(&placed, 2 + r, 3 + c) >= 0)
				continue;
			cell_at(2 + r, 3 + c, &ch, &attr, &fg, &bg);
			assert_int_equal((uint32_t)ch, want->cp);
			assert_int_equal(fg, want->fg);
			assert_int_equal(bg, want->bg);
		}
	figure_picture_free(&pic);
	image_free(&img);
	stop(&s);
}

static void test_figdraw_markers_show_their_numbers_where_touches_find_them(void **state)
{
	struct screen_under_test s;
	struct figdraw_placed placed;
	(void)state;

	start(&s, "xterm-256color", true);
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(1, 0, 58, 200), 12, &placed));
	assert_int_equal(placed.marker_count, 3);
	for (size_t i = 0; i < placed.marker_count; i++) {
		const struct figure_marker *m = &placed.markers[i];
		wchar_t ch;
		attr_t attr;
		int fg, bg;

		cell_at(1 + m->row, m->col, &ch, &attr, &fg, &bg);
		assert_int_equal(ch, m->number >= 10 ? L'1' : L'0' + (wchar_t)m->number);
		assert_int_equal(fg, m->fg);
		assert_int_equal(bg, m->bg);
		assert_true(attr & A_BOLD);
		/* The chosen label is reversed. */
		assert_int_equal(!!(attr & A_REVERSE), m->number == 12);
		assert_int_equal(figdraw_marker_at(&placed, 1 + m->row, m->col + m->width - 1),
				 (int)m->label);
	}
	assert_int_equal(figdraw_marker_at(&placed, 0, 0), -1);
	stop(&s);
}

static void test_figdraw_legend_gives_each_label_a_line(void **state)
{
	struct screen_under_test s;
	struct figdraw_placed placed;
	char line[64];
	(void)state;

	start(&s, "xterm-256color", true);
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 24, 80), 0, &placed));
	assert_int_equal(figdraw_legend(&s.draw, stdscr, &hip, &placed, AREA(0, 50, 10, 20), 0), 3);
	mvinnstr(0, 50, line, 20);
	assert_string_equal(line, " 1 Bones of the lowe");
	mvinnstr(1, 50, line, 8);
	assert_string_equal(line, " 2 Psoas");
	mvinnstr(2, 50, line, 8);
	assert_string_equal(line, "12 Bursa");
	assert_int_equal(figdraw_legend(&s.draw, stdscr, &hip, NULL, AREA(5, 50, 2, 20), 0), 2);
	stop(&s);
}

static void test_figdraw_writes_only_the_rows_in_sight(void **state)
{
	struct screen_under_test s;
	struct figdraw_placed placed;
	struct figdraw_area scrolled = { .y = -5, .x = 0, .rows = 24, .cols = 80,
					 .first_row = 2, .last_row = 9 };
	char line[8];
	(void)state;

	start(&s, "xterm-256color", true);
	mvaddstr(0, 0, "above");
	mvaddstr(10, 0, "below");
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, &scrolled, 0, &placed));
	assert_int_equal(placed.y, -5);
	mvinnstr(0, 0, line, 5);
	assert_string_equal(line, "above");
	mvinnstr(10, 0, line, 5);
	assert_string_equal(line, "below");
	/* Rows 2 to 9 hold picture rows 7 to 14. */
	for (int r = 2; r <= 9; r++) {
		wchar_t ch;
		attr_t attr;
		int fg, bg;

		cell_at(r, 1, &ch, &attr, &fg, &bg);
		assert_true(fg != -1 || bg != -1);
	}
	assert_int_equal(figdraw_legend(&s.draw, stdscr, &hip, &placed,
					&(struct figdraw_area){ .y = 8, .x = 100, .rows = 10,
								.cols = 20, .first_row = 2,
								.last_row = 9 }, 0), 3);
	mvinnstr(8, 100, line, 3);
	assert_string_equal(line, " 1 ");
	mvinnstr(10, 100, line, 3);
	assert_string_equal(line, "   ");
	stop(&s);
}

static void test_figdraw_after_the_theme_changes_pairs_are_asked_for_again(void **state)
{
	struct screen_under_test s;
	struct figdraw_placed placed;
	wchar_t ch;
	attr_t attr;
	int fg, bg, pair;
	short short_pair;
	cchar_t cell;
	wchar_t text[CCHARW_MAX + 1];
	(void)state;

	start(&s, "xterm-256color", true);
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 24, 80), 0, &placed));
	mvin_wch(0, 0, &cell);
	pair = 0;
	getcchar(&cell, text, &attr, &short_pair, &pair);
	extended_pair_content(pair, &fg, &bg);
	/* A new theme gives the pair new colours, then sets figdraw up again
	 * as its contract asks. */
	init_extended_pair(pair, fg == 1 ? 2 : 1, bg == 3 ? 4 : 3);
	figdraw_init(&s.draw, true);
	erase();
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 24, 80), 0, &placed));
	cell_at(0, 0, &ch, &attr, &fg, &bg);
	{
		struct image img;
		struct figure_picture pic;
		char why[IMAGE_WHY_MAX];

		assert_true(image_load(hip.path, &img, why, sizeof why));
		assert_true(figure_picture_make(&img, FIGURE_256, 80, 24, &pic));
		assert_int_equal(fg, pic.cells[0].fg);
		assert_int_equal(bg, pic.cells[0].bg);
		figure_picture_free(&pic);
		image_free(&img);
	}
	stop(&s);
}

static void test_figdraw_console_keeps_to_8_colours_and_its_glyphs(void **state)
{
	struct screen_under_test s;
	struct figdraw_placed placed;
	(void)state;

	start(&s, "linux", true);
	assert_int_equal(s.draw.mode, FIGURE_CONSOLE);
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 24, 80), 0, &placed));
	for (int r = 0; r < placed.rows; r++)
		for (int c = 0; c < placed.cols; c++) {
			wchar_t ch;
			attr_t attr;
			int fg, bg;

			cell_at(r, c, &ch, &attr, &fg, &bg);
			assert_in_range(fg, 0, 7);
			assert_in_range(bg, 0, 7);
			if (figdraw_marker_at(&placed, r, c) < 0)
				assert_true(ch == L' ' || ch == 0x2580 || ch == 0x2584 ||
					    ch == 0x2588 || ch == 0x258C || ch == 0x2590);
		}
	/* The legend's numbers too, bright colours drawn bold. */
	assert_int_equal(figdraw_legend(&s.draw, stdscr, &hip, &placed, AREA(0, 50, 3, 20), 0), 3);
	for (int r = 0; r < 3; r++) {
		wchar_t ch;
		attr_t attr;
		int fg, bg;

		cell_at(r, 51, &ch, &attr, &fg, &bg);
		assert_in_range(fg, 0, 7);
		assert_in_range(bg, 0, 7);
		assert_true(attr & A_BOLD);
	}
	stop(&s);
}

static void test_figdraw_draws_no_picture_without_colour(void **state)
{
	static const char *const terms[] = { "vt100", "xterm-256color" };
	(void)state;

	for (size_t i = 0; i < 2; i++) {
		struct screen_under_test s;
		struct figdraw_placed placed;

		start(&s, terms[i], i == 0);
		assert_false(figdraw_can_draw(&s.draw));
		assert_false(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 24, 80), 0, &placed));
		assert_int_equal(placed.rows, 0);
		stop(&s);
	}
}

static void test_figdraw_draws_a_picture_made_ahead_without_making_it(void **state)
{
	struct figahead_want want = { .path = hip.path, .max_cols = 120, .max_rows = 50 };
	struct screen_under_test s;
	struct figdraw_placed placed;
	(void)state;

	start(&s, "xterm-256color", true);
	assert_non_null(s.draw.ahead);
	figdraw_ahead(&s.draw, &want, 1);
	figahead_wait(s.draw.ahead);
	assert_int_equal(figahead_made(s.draw.ahead), 1);
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 50, 120), 0, &placed));
	assert_int_equal(s.draw.cache.taken, 1);
	/* Asked again after the frame: the cache has it, the worker makes
	 * nothing more. */
	figdraw_ahead(&s.draw, &want, 1);
	figahead_wait(s.draw.ahead);
	assert_int_equal(figahead_made(s.draw.ahead), 1);
	stop(&s);
	/* A terminal without pictures has no worker. */
	start(&s, "vt100", true);
	assert_null(s.draw.ahead);
	figdraw_ahead(&s.draw, &want, 1);
	stop(&s);
}

static void test_figdraw_decodes_a_file_once_for_every_size(void **state)
{
	struct figahead_want want = { .path = hip.path, .max_cols = 120, .max_rows = 50 };
	struct screen_under_test s;
	struct figdraw_placed placed;
	(void)state;

	start(&s, "xterm-256color", true);
	assert_non_null(s.draw.images);
	/* The worker decodes the file for the picture it makes ahead ... */
	figdraw_ahead(&s.draw, &want, 1);
	figahead_wait(s.draw.ahead);
	assert_int_equal(imgcache_decodes(s.draw.images), 1);
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 50, 120), 0, &placed));
	/* ... and the window is resized twice: the picture is made again at
	 * each size without decoding the file again. */
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 24, 80), 0, &placed));
	assert_true(figdraw_picture(&s.draw, stdscr, &hip, AREA(0, 0, 58, 200), 0, &placed));
	assert_int_equal(s.draw.cache.made, 3);
	assert_int_equal(imgcache_decodes(s.draw.images), 1);
	stop(&s);
	/* A terminal without pictures keeps no decoded files. */
	start(&s, "vt100", true);
	assert_null(s.draw.images);
	stop(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figdraw_puts_the_cells_on_the_screen_in_their_colours),
		cmocka_unit_test(test_figdraw_markers_show_their_numbers_where_touches_find_them),
		cmocka_unit_test(test_figdraw_legend_gives_each_label_a_line),
		cmocka_unit_test(test_figdraw_writes_only_the_rows_in_sight),
		cmocka_unit_test(test_figdraw_after_the_theme_changes_pairs_are_asked_for_again),
		cmocka_unit_test(test_figdraw_console_keeps_to_8_colours_and_its_glyphs),
		cmocka_unit_test(test_figdraw_draws_no_picture_without_colour),
		cmocka_unit_test(test_figdraw_draws_a_picture_made_ahead_without_making_it),
		cmocka_unit_test(test_figdraw_decodes_a_file_once_for_every_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
