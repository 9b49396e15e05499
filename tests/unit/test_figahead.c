/* Pictures made ahead on a worker: made as figure_picture_load makes them,
 * in the order planned, handed over once, never for a file changed since,
 * let go when no longer planned, and the worker stops with work queued. */
#include "testutil.h"

#include "figahead.h"

#include <sys/stat.h>
#include <unistd.h>

static struct figahead_want want_of(const char *path, int cols, int rows)
{
	struct figahead_want w = {
		.path = path, .mode = FIGURE_256, .max_cols = cols, .max_rows = rows,
	};
	return w;
}

static void identity(const char *path, long long *mtime_ns, off_t *size)
{
	struct stat st;

	assert_int_equal(stat(path, &st), 0);
	*mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
	*size = st.st_size;
}

static void test_figahead_hands_over_the_picture_it_made(void **state)
{
	const char *path = "content/figures/hip-front.png";
	struct figahead *a = figahead_open();
	struct figahead_want w = want_of(path, 80, 24);
	struct figure_picture made, fresh;
	long long mtime;
	off_t size;
	(void)state;

	assert_non_null(a);
	figahead_plan(a, &w, 1);
	figahead_wait(a);
	assert_int_equal(figahead_made(a), 1);
	identity(path, &mtime, &size);
	assert_true(figahead_take(a, &w, mtime, size, &made));
	assert_true(figure_picture_load(path, FIGURE_256, 80, 24, &fresh));
	assert_int_equal(made.cols, fresh.cols);
	assert_int_equal(made.rows, fresh.rows);
	assert_memory_equal(made.cells, fresh.cells,
			    (size_t)made.cols * made.rows * sizeof *made.cells);
	figure_picture_free(&fresh);
	/* Handed over once: the next page to draw it makes it. */
	assert_false(figahead_take(a, &w, mtime, size, &fresh));
	assert_null(fresh.cells);
	figure_picture_free(&made);
	figahead_close(a);
}

static void test_figahead_waits_for_the_picture_being_made(void **state)
{
	const char *path = "content/figures/hip-front.png";
	struct figahead *a = figahead_open();
	struct figahead_want w = want_of(path, 200, 60);
	struct figure_picture made;
	long long mtime;
	off_t size;
	(void)state;

	identity(path, &mtime, &size);
	figahead_plan(a, &w, 1);
	/* Taken at once: ready, waited for, or left to the caller when the
	 * worker had not started it; never half made. */
	if (figahead_take(a, &w, mtime, size, &made)) {
		assert_int_equal(made.cols, 120);
		assert_int_equal(made.rows, 60);
		figure_picture_free(&made);
	} else {
		assert_null(made.cells);
	}
	figahead_close(a);
}

static void test_figahead_never_hands_over_a_changed_file(void **state)
{
	const char *path = "build/test-figahead.png";
	struct figahead *a = figahead_open();
	struct figahead_want w = want_of(path, 80, 24);
	struct figure_picture made;
	long long mtime;
	off_t size;
	(void)state;

	test_copy_file("content/figures/hip-front.png", path, 1000000);
	figahead_plan(a, &w, 1);
	figahead_wait(a);
	/* Staff replace the picture after the worker made it. */
	test_copy_file("content/figures/body-outlines.png", path, 2000000);
	identity(path, &mtime, &size);
	assert_false(figahead_take(a, &w, mtime, size, &made));
	assert_null(made.cells);
	/* Planned again, it is made from the new file. */
	figahead_plan(a, &w, 1);
	figahead_wait(a);
	assert_true(figahead_take(a, &w, mtime, size, &made));
	figure_picture_free(&made);
	figahead_close(a);
	unlink(path);
}

static void test_figahead_lets_go_of_what_is_no_longer_planned(void **state)
{
	const char *path = "content/figures/hip-front.png";
	struct figahead *a = figahead_open();
	struct figahead_want small = want_of(path, 80, 24), big = want_of(path, 120, 40);
	struct figure_picture made;
	long long mtime;
	off_t size;
	(void)state;

	identity(path, &mtime, &size);
	figahead_plan(a, &small, 1);
	figahead_wait(a);
	/* The screen was resized: the small picture is not wanted now. */
	figahead_plan(a, &big, 1);
	figahead_wait(a);
	assert_false(figahead_take(a, &small, mtime, size, &made));
	/* Planning what is planned and made costs nothing more. */
	figahead_plan(a, &big, 1);
	figahead_wait(a);
	assert_int_equal(figahead_made(a), 2);
	assert_true(figahead_take(a, &big, mtime, size, &made));
	figure_picture_free(&made);
	/* The topic was closed: nothing is planned, nothing kept. */
	figahead_plan(a, NULL, 0);
	figahead_wait(a);
	assert_false(figahead_take(a, &big, mtime, size, &made));
	figahead_close(a);
}

static void test_figahead_stops_with_work_queued(void **state)
{
	struct figahead_want wants[FIGAHEAD_MAX + 2];
	struct figahead *a = figahead_open();
	(void)state;

	for (int i = 0; i < FIGAHEAD_MAX + 2; i++)
		wants[i] = want_of("content/figures/body-outlines.png", 20 + i, 30);
	figahead_plan(a, wants, FIGAHEAD_MAX + 2);
	figahead_close(a);
	figahead_close(NULL);
}

static void test_figahead_reports_a_picture_it_cannot_make(void **state)
{
	const char *path = "tests/fixtures/png/text.png";
	struct figahead *a = figahead_open();
	struct figahead_want w = want_of(path, 80, 24);
	struct figure_picture made;
	long long mtime;
	off_t size;
	(void)state;

	identity(path, &mtime, &size);
	figahead_plan(a, &w, 1);
	figahead_wait(a);
	assert_false(figahead_take(a, &w, mtime, size, &made));
	assert_null(made.cells);
	figahead_close(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figahead_hands_over_the_picture_it_made),
		cmocka_unit_test(test_figahead_waits_for_the_picture_being_made),
		cmocka_unit_test(test_figahead_never_hands_over_a_changed_file),
		cmocka_unit_test(test_figahead_lets_go_of_what_is_no_longer_planned),
		cmocka_unit_test(test_figahead_stops_with_work_queued),
		cmocka_unit_test(test_figahead_reports_a_picture_it_cannot_make),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
