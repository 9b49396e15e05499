/* Pictures as cells: the mode each terminal gets, fitting a picture into
 * any space in its own shape, the cells libchafa gives for each mode, and
 * label markers that keep their place and stay readable at every size. */
#include "testutil.h"

#include "figure.h"

#include <math.h>

static struct content_figure_label labels[] = {
	{ .number = 1, .x = 0.67, .y = 0.2 }, { .number = 2, .x = 0.66, .y = 0.33 },
	{ .number = 3, .x = 0.42, .y = 0.38 }, { .number = 4, .x = 0.7, .y = 0.73 },
	{ .number = 5, .x = 0.28, .y = 0.67 }, { .number = 6, .x = 0.38, .y = 0.67 },
	{ .number = 7, .x = 0.44, .y = 0.74 }, { .number = 8, .x = 0.47, .y = 0.82 },
	{ .number = 9, .x = 0.3, .y = 0.9 }, { .number = 10, .x = 1, .y = 1 },
	{ .number = 11, .x = 0, .y = 0 }, { .number = 12, .x = 0.995, .y = 0 },
	/* Two labels almost on one spot: they must not hide each other. */
	{ .number = 13, .x = 0.5, .y = 0.5 }, { .number = 14, .x = 0.51, .y = 0.5 },
};
static const struct content_figure hip = {
	.image = "hip-front.png", .path = "content/figures/hip-front.png",
	.usable = true, .width = 600, .height = 600, .alt = "The hip.",
	.labels = labels, .label_count = sizeof labels / sizeof *labels,
};

static void test_figure_mode_follows_the_terminal(void **state)
{
	(void)state;
	assert_int_equal(figure_mode_for("xterm-256color", 256, true, false), FIGURE_256);
	assert_int_equal(figure_mode_for("xterm-direct", 0x1000000, true, false), FIGURE_DIRECT);
	assert_int_equal(figure_mode_for("linux", 8, true, false), FIGURE_CONSOLE);
	assert_int_equal(figure_mode_for("linux-16color", 16, true, false), FIGURE_CONSOLE);
	assert_int_equal(figure_mode_for("xterm", 8, true, false), FIGURE_CONSOLE);
	assert_int_equal(figure_mode_for("vt100", -1, true, false), FIGURE_NONE);
	assert_int_equal(figure_mode_for("xterm-mono", 0, true, false), FIGURE_NONE);
	assert_int_equal(figure_mode_for("xterm-256color", 256, true, true), FIGURE_NONE);
	assert_int_equal(figure_mode_for("xterm-256color", 256, false, false), FIGURE_NONE);
	assert_int_equal(figure_mode_for(NULL, 256, true, false), FIGURE_NONE);
}

static void test_figure_fits_any_space_in_its_own_shape(void **state)
{
	static const unsigned shapes[][2] = {
		{ 600, 600 }, { 1200, 300 }, { 300, 1200 }, { 4000, 1 }, { 1, 4000 },
		{ 599, 601 },
	};
	(void)state;

	for (size_t s = 0; s < sizeof shapes / sizeof *shapes; s++)
		for (int max_cols = 0; max_cols <= 420; max_cols += 7)
			for (int max_rows = 0; max_rows <= 210; max_rows += 3) {
				unsigned w = shapes[s][0], h = shapes[s][1];
				int cols, rows;
				double want;

				if (!figure_fit(w, h, max_cols, max_rows, &cols, &rows)) {
					assert_int_equal(cols, 0);
					continue;
				}
				assert_true(cols >= FIGURE_MIN_COLS && rows >= FIGURE_MIN_ROWS);
				assert_true(cols <= max_cols && cols <= FIGURE_MAX_COLS);
				assert_true(rows <= max_rows && rows <= FIGURE_MAX_ROWS);
				/* One side fills its space (or the hard limit). */
				assert_true(cols == max_cols || rows == max_rows ||
					    cols == FIGURE_MAX_COLS || rows == FIGURE_MAX_ROWS);
				/* The shape is kept to within a cell. */
				want = (double)w / h;
				assert_true(fabs(cols - want * 2 * rows) <= 1.0 ||
					    fabs(rows - cols / (2 * want)) <= 1.0);
			}
}

static void test_figure_fit_refuses_too_little_space(void **state)
{
	int cols, rows;
	(void)state;

	assert_false(figure_fit(600, 600, 7, 100, &cols, &rows));
	assert_false(figure_fit(600, 600, 100, 3, &cols, &rows));
	assert_false(figure_fit(4000, 1, 300, 100, &cols, &rows));
	assert_false(figure_fit(0, 10, 80, 24, &cols, &rows));
	assert_true(figure_fit(600, 600, 80, 24, &cols, &rows));
	assert_int_equal(cols, 48);
	assert_int_equal(rows, 24);
}

static void test_figure_markers_keep_their_place_at_every_size(void **state)
{
	(void)state;

	for (int cols = FIGURE_MIN_COLS; cols <= 300; cols += 3)
		for (int rows = FIGURE_MIN_ROWS; rows <= 120; rows += 2) {
			struct figure_marker m[CONTENT_FIGURE_MAX_LABELS];
			size_t n = figure_place_markers(&hip, cols, rows, m);

			assert_int_equal(n, hip.label_count);
			for (size_t i = 0; i < n; i++) {
				const struct content_figure_label *l = &labels[m[i].label];

				assert_int_equal(m[i].number, l->number);
				assert_true(m[i].row >= 0 && m[i].row < rows);
				assert_true(m[i].col >= 0 && m[i].col + m[i].width <= cols);
				/* Near its fractions: a few cells at most. */
				assert_true(fabs(m[i].col - l->x * cols) <= 4.0);
				assert_true(fabs(m[i].row - l->y * rows) <= 2.5);
				if (cols < 24 || rows < 12)
					continue;
				/* With room, no marker covers another. */
				for (size_t k = 0; k < i; k++)
					assert_false(m[k].row == m[i].row &&
						     m[k].col < m[i].col + m[i].width &&
						     m[i].col < m[k].col + m[k].width);
			}
		}
}

static void test_figure_markers_sit_at_exact_fractions_when_free(void **state)
{
	struct content_figure_label one = { .number = 3, .x = 0.5, .y = 0.25 };
	struct content_figure f = { .labels = &one, .label_count = 1 };
	struct figure_marker m[1];
	(void)state;

	assert_int_equal(figure_place_markers(&f, 40, 20, m), 1);
	assert_int_equal(m[0].col, 20);
	assert_int_equal(m[0].row, 5);
	assert_int_equal(figure_place_markers(&f, 200, 60, m), 1);
	assert_int_equal(m[0].col, 100);
	assert_int_equal(m[0].row, 15);
}

static void make_picture(enum figure_mode mode, int cols, int rows,
			 struct figure_picture *pic)
{
	struct image img;
	char why[IMAGE_WHY_MAX];

	assert_true(image_load(hip.path, &img, why, sizeof why));
	assert_true(figure_picture_make(&img, mode, cols, rows, pic));
	image_free(&img);
}

static bool console_glyph(uint32_t cp)
{
	return cp == ' ' || cp == 0x2580 || cp == 0x2584 || cp == 0x2588 ||
	       cp == 0x258C || cp == 0x2590;
}

static void test_figure_console_uses_its_glyphs_and_16_colours(void **state)
{
	struct figure_picture pic;
	bool colours[16] = { false };
	int distinct = 0;
	(void)state;

	make_picture(FIGURE_CONSOLE, 80, 24, &pic);
	assert_int_equal(pic.cols, 48);
	assert_int_equal(pic.rows, 24);
	for (int i = 0; i < pic.cols * pic.rows; i++) {
		const struct figure_cell *c = &pic.cells[i];

		assert_true(console_glyph(c->cp));
		assert_in_range(c->fg, 0, 15);
		assert_in_range(c->bg, 0, 7);
		colours[c->fg] = true;
	}
	for (int i = 0; i < 16; i++)
		distinct += colours[i];
	assert_true(distinct >= 4);
	figure_picture_free(&pic);
}

static void test_figure_xterm_uses_blocks_sextants_and_240_colours(void **state)
{
	struct figure_picture pic;
	int sextants = 0;
	(void)state;

	make_picture(FIGURE_256, 200, 60, &pic);
	assert_int_equal(pic.cols, 120);
	assert_int_equal(pic.rows, 60);
	for (int i = 0; i < pic.cols * pic.rows; i++) {
		const struct figure_cell *c = &pic.cells[i];

		assert_true(c->cp == ' ' || (c->cp >= 0x2580 && c->cp <= 0x259F) ||
			    (c->cp >= 0x1FB00 && c->cp <= 0x1FBFF));
		sextants += c->cp >= 0x1FB00 && c->cp <= 0x1FB3B;
		assert_in_range(c->fg, 16, 255);
		assert_in_range(c->bg, 16, 255);
	}
	assert_true(sextants > 0);
	/* The top left is the white background. */
	assert_int_equal(figure_rgb(FIGURE_256, pic.cells[0].bg), 0xFFFFFF);
	assert_true(figure_picture_bytes(&pic) >= 120 * 60 * sizeof(struct figure_cell));
	figure_picture_free(&pic);
}

static void test_figure_has_no_picture_without_colour(void **state)
{
	struct image img;
	struct figure_picture pic;
	char why[IMAGE_WHY_MAX];
	(void)state;

	assert_true(image_load(hip.path, &img, why, sizeof why));
	assert_false(figure_picture_make(&img, FIGURE_NONE, 80, 24, &pic));
	assert_null(pic.cells);
	assert_false(figure_picture_make(&img, FIGURE_256, 6, 24, &pic));
	image_free(&img);
}

static void test_figure_markers_are_readable_in_every_mode(void **state)
{
	static const enum figure_mode modes[] = {
		FIGURE_CONSOLE, FIGURE_256, FIGURE_DIRECT,
	};
	static const int sizes[][2] = { { 40, 20 }, { 80, 24 }, { 200, 60 } };
	(void)state;

	for (size_t m = 0; m < 3; m++)
		for (size_t s = 0; s < 3; s++) {
			struct figure_picture pic;
			struct figure_marker mk[CONTENT_FIGURE_MAX_LABELS];
			size_t n;

			make_picture(modes[m], sizes[s][0], sizes[s][1], &pic);
			n = figure_markers(&hip, &pic, mk);
			assert_int_equal(n, hip.label_count);
			for (size_t i = 0; i < n; i++) {
				assert_true(mk[i].contrast >= 4.5);
				assert_true(mk[i].fg != mk[i].bg);
			}
			figure_picture_free(&pic);
		}
}

static void test_figure_contrast_and_palettes_match_the_standards(void **state)
{
	(void)state;
	assert_float_equal(figure_contrast(0x000000, 0xFFFFFF), 21.0, 0.01);
	assert_float_equal(figure_contrast(0x777777, 0x777777), 1.0, 0.0001);
	assert_float_equal(figure_contrast(0x767676, 0xFFFFFF), 4.54, 0.01);
	assert_int_equal(figure_rgb(FIGURE_256, 196), 0xFF0000);
	assert_int_equal(figure_rgb(FIGURE_256, 231), 0xFFFFFF);
	assert_int_equal(figure_rgb(FIGURE_256, 232), 0x080808);
	assert_int_equal(figure_rgb(FIGURE_256, 4), 0x0000EE);
	assert_int_equal(figure_rgb(FIGURE_CONSOLE, 3), 0xAA5500);
	assert_int_equal(figure_rgb(FIGURE_DIRECT, 0x123456), 0x123456);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figure_mode_follows_the_terminal),
		cmocka_unit_test(test_figure_fits_any_space_in_its_own_shape),
		cmocka_unit_test(test_figure_fit_refuses_too_little_space),
		cmocka_unit_test(test_figure_markers_keep_their_place_at_every_size),
		cmocka_unit_test(test_figure_markers_sit_at_exact_fractions_when_free),
		cmocka_unit_test(test_figure_console_uses_its_glyphs_and_16_colours),
		cmocka_unit_test(test_figure_xterm_uses_blocks_sextants_and_240_colours),
		cmocka_unit_test(test_figure_has_no_picture_without_colour),
		cmocka_unit_test(test_figure_markers_are_readable_in_every_mode),
		cmocka_unit_test(test_figure_contrast_and_palettes_match_the_standards),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
