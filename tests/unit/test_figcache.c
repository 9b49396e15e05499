/* The figure cache: a picture is made once per file, mode and space, made
 * again when its file changes, its markers placed once per set of labels,
 * and never more than FIGCACHE_MAX are kept. */
#include "testutil.h"

#include "figcache.h"

#include <unistd.h>

static struct content_figure figure_of(const char *path)
{
	struct content_figure f = {
		.image = "x.png", .path = path, .usable = true, .alt = "A picture.",
	};
	return f;
}

static void test_figcache_draws_again_from_the_cache(void **state)
{
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of("content/figures/hip-front.png");
	const struct figure_picture *first, *again;
	(void)state;

	first = figcache_get(&c, &f, FIGURE_256, 80, 24);
	assert_non_null(first);
	again = figcache_get(&c, &f, FIGURE_256, 80, 24);
	assert_ptr_equal(first, again);
	assert_int_equal(c.made, 1);
	assert_int_equal(c.hits, 1);
	assert_non_null(figcache_get(&c, &f, FIGURE_CONSOLE, 80, 24));
	assert_int_equal(c.made, 2);
	figcache_clear(&c);
}

static void test_figcache_markers_follow_the_labels(void **state)
{
	struct content_figure_label labels[] = {
		{ .number = 1, .x = 0.2, .y = 0.2, .text = "One" },
		{ .number = 2, .x = 0.8, .y = 0.8, .text = "Two" },
	};
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of("content/figures/hip-front.png");
	struct figure_marker cached[CONTENT_FIGURE_MAX_LABELS];
	struct figure_marker fresh[CONTENT_FIGURE_MAX_LABELS];
	const struct figure_picture *pic;
	(void)state;

	f.labels = labels;
	f.label_count = 2;
	pic = figcache_get(&c, &f, FIGURE_256, 80, 24);
	assert_non_null(pic);
	assert_int_equal(figcache_markers(&c, &f, pic, cached), 2);
	assert_int_equal(figure_markers(&f, pic, fresh), 2);
	assert_memory_equal(cached, fresh, 2 * sizeof *cached);
	/* Staff move a label and take the other away: the markers move too. */
	labels[0].x = 0.6;
	f.label_count = 1;
	assert_int_equal(figcache_markers(&c, &f, pic, cached), 1);
	assert_int_equal(figure_markers(&f, pic, fresh), 1);
	assert_int_equal(cached[0].col, fresh[0].col);
	assert_int_equal(cached[0].row, fresh[0].row);
	figcache_clear(&c);
}

static void test_figcache_keeps_at_most_its_limit(void **state)
{
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of("content/figures/body-outlines.png");
	size_t biggest = 0;
	(void)state;

	for (int cols = 20; cols < 20 + 3 * FIGCACHE_MAX; cols++) {
		assert_non_null(figcache_get(&c, &f, FIGURE_256, cols, 30));
		if (figcache_bytes(&c) > biggest)
			biggest = figcache_bytes(&c);
	}
	assert_int_equal(c.made, 3 * FIGCACHE_MAX);
	/* Eight pictures of at most 43 x 22 cells, and the cache itself. */
	assert_true(biggest <= sizeof c + FIGCACHE_MAX *
		    (64 + sizeof(struct figure_picture) + 43 * 22 * sizeof(struct figure_cell)));
	/* The newest are kept: asking again makes nothing. */
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 20 + 3 * FIGCACHE_MAX - 1, 30));
	assert_int_equal(c.made, 3 * FIGCACHE_MAX);
	figcache_clear(&c);
	assert_int_equal(figcache_bytes(&c), sizeof c);
}

static void test_figcache_makes_a_changed_file_again(void **state)
{
	const char *path = "build/test-figcache.png";
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of(path);
	(void)state;

	test_copy_file("content/figures/hip-front.png", path, 1000000);
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	test_copy_file("tests/fixtures/png/text.png", path, 2000000);
	assert_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	/* A broken file is not read again on every frame. */
	assert_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	assert_int_equal(c.made, 2);
	test_copy_file("content/figures/hip-front.png", path, 3000000);
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	assert_int_equal(c.made, 3);
	figcache_clear(&c);
	unlink(path);
}

static void test_figcache_gives_nothing_without_a_picture(void **state)
{
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of("content/figures/hip-front.png");
	struct content_figure missing = figure_of("content/figures/none.png");
	(void)state;

	assert_null(figcache_get(&c, &f, FIGURE_NONE, 80, 24));
	assert_null(figcache_get(&c, &f, FIGURE_256, 4, 2));
	assert_null(figcache_get(&c, &missing, FIGURE_256, 80, 24));
	f.usable = false;
	assert_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	figcache_clear(&c);
}

static void test_figcache_takes_a_picture_made_ahead(void **state)
{
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of("content/figures/hip-front.png");
	struct figahead_want want = { .path = f.path, .mode = FIGURE_256,
				      .max_cols = 80, .max_rows = 24 };
	(void)state;

	c.ahead = figahead_open(NULL);
	assert_non_null(c.ahead);
	assert_true(figahead_note_file(&want));
	assert_false(figcache_holds(&c, &want));
	figahead_plan(c.ahead, &want, 1);
	figahead_wait(c.ahead);
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	assert_int_equal(c.made, 1);
	assert_int_equal(c.taken, 1);
	assert_true(figcache_holds(&c, &want));
	/* The same picture of a file changed since is not held. */
	want.size++;
	assert_false(figcache_holds(&c, &want));
	/* Not planned: made on the spot. */
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 60, 20));
	assert_int_equal(c.made, 2);
	assert_int_equal(c.taken, 1);
	figcache_clear(&c);
	figahead_close(c.ahead);
}

static void test_figcache_makes_a_second_size_without_decoding_again(void **state)
{
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of("content/figures/hip-front.png");
	const struct figure_picture *pic;
	struct figure_picture fresh;
	(void)state;

	c.images = imgcache_new(8 * 1024 * 1024);
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	/* The window grows: the same file at a new size, decoded once. */
	pic = figcache_get(&c, &f, FIGURE_256, 200, 60);
	assert_non_null(pic);
	assert_int_equal(c.made, 2);
	assert_int_equal(imgcache_decodes(c.images), 1);
	/* The cells are those of a picture made from the file afresh. */
	assert_true(figure_picture_load(f.path, FIGURE_256, 200, 60, &fresh));
	assert_int_equal(pic->cols, fresh.cols);
	assert_int_equal(pic->rows, fresh.rows);
	assert_memory_equal(pic->cells, fresh.cells,
			    (size_t)fresh.cols * fresh.rows * sizeof *fresh.cells);
	figure_picture_free(&fresh);
	figcache_clear(&c);
	imgcache_free(c.images);
}

static void test_figcache_decodes_a_changed_file_again_for_a_new_size(void **state)
{
	const char *path = "build/test-figcache-images.png";
	struct figcache c = FIGCACHE_INIT;
	struct content_figure f = figure_of(path);
	(void)state;

	c.images = imgcache_new(8 * 1024 * 1024);
	test_copy_file("content/figures/hip-front.png", path, 1000000);
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 80, 24));
	/* A reload brings a new drawing, then the window is resized. */
	test_copy_file("content/figures/body-outlines.png", path, 2000000);
	assert_non_null(figcache_get(&c, &f, FIGURE_256, 120, 40));
	assert_int_equal(imgcache_decodes(c.images), 2);
	/* Only the drawing as it is now is kept. */
	assert_true(imgcache_bytes(c.images) < 2 * 600 * 600 * 4);
	figcache_clear(&c);
	imgcache_free(c.images);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figcache_draws_again_from_the_cache),
		cmocka_unit_test(test_figcache_markers_follow_the_labels),
		cmocka_unit_test(test_figcache_keeps_at_most_its_limit),
		cmocka_unit_test(test_figcache_makes_a_changed_file_again),
		cmocka_unit_test(test_figcache_makes_a_second_size_without_decoding_again),
		cmocka_unit_test(test_figcache_decodes_a_changed_file_again_for_a_new_size),
		cmocka_unit_test(test_figcache_gives_nothing_without_a_picture),
		cmocka_unit_test(test_figcache_takes_a_picture_made_ahead),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
