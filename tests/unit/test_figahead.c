/* Pictures made ahead on a worker: made as figure_picture_load makes them,
 * handed over once, waited for while being made, never for a file changed
 * since, let go when no longer planned, and the worker stops with work
 * queued. */
#include "testutil.h"

#include "figahead.h"

#include <unistd.h>

/* A worker asked for one picture. */
struct run {
	struct figahead *ahead;
	struct figahead_want want;
	struct figure_picture made;
};

/* Starts a worker and plans path, as the file is now, at cols x rows in
 * 256 colours. */
static void plan_one(struct run *r, const char *path, int cols, int rows)
{
	memset(r, 0, sizeof *r);
	r->ahead = figahead_open(NULL);
	assert_non_null(r->ahead);
	r->want = (struct figahead_want){ .path = path, .mode = FIGURE_256,
					  .max_cols = cols, .max_rows = rows };
	assert_true(figahead_note_file(&r->want));
	figahead_plan(r->ahead, &r->want, 1);
}

static bool take(struct run *r)
{
	return figahead_take(r->ahead, &r->want, &r->made);
}

static void finish(struct run *r)
{
	figure_picture_free(&r->made);
	figahead_close(r->ahead);
}

static void test_figahead_hands_over_the_picture_it_made(void **state)
{
	struct figure_picture fresh;
	struct run r;
	(void)state;

	plan_one(&r, "content/figures/hip-front.png", 80, 24);
	figahead_wait(r.ahead);
	assert_int_equal(figahead_made(r.ahead), 1);
	assert_true(take(&r));
	assert_true(figure_picture_load(r.want.path, FIGURE_256, 80, 24, &fresh));
	assert_int_equal(r.made.cols, fresh.cols);
	assert_int_equal(r.made.rows, fresh.rows);
	assert_memory_equal(r.made.cells, fresh.cells,
			    (size_t)fresh.cols * fresh.rows * sizeof *fresh.cells);
	figure_picture_free(&fresh);
	figure_picture_free(&r.made);
	/* Handed over once: the next page to draw it makes it. */
	assert_false(take(&r));
	assert_null(r.made.cells);
	finish(&r);
}

static void test_figahead_waits_for_the_picture_being_made(void **state)
{
	struct run r;
	(void)state;

	plan_one(&r, "content/figures/hip-front.png", 200, 60);
	/* Taken at once: ready, waited for, or left to the caller when the
	 * worker had not started it; never half made. */
	if (take(&r)) {
		assert_int_equal(r.made.cols, 120);
		assert_int_equal(r.made.rows, 60);
	} else {
		assert_null(r.made.cells);
	}
	finish(&r);
}

static void test_figahead_never_hands_over_a_changed_file(void **state)
{
	const char *path = "build/test-figahead.png";
	struct run r;
	(void)state;

	test_copy_file("content/figures/hip-front.png", path, 1000000);
	plan_one(&r, path, 80, 24);
	figahead_wait(r.ahead);
	/* Staff replace the picture after the worker made it. */
	test_copy_file("content/figures/body-outlines.png", path, 2000000);
	assert_true(figahead_note_file(&r.want));
	assert_false(take(&r));
	assert_null(r.made.cells);
	/* Planned again, it is made from the new file. */
	figahead_plan(r.ahead, &r.want, 1);
	figahead_wait(r.ahead);
	assert_true(take(&r));
	finish(&r);
	unlink(path);
}

static void test_figahead_makes_nothing_from_a_file_changed_since_planned(void **state)
{
	const char *path = "build/test-figahead-planned.png";
	struct run r;
	(void)state;

	test_copy_file("content/figures/hip-front.png", path, 1000000);
	memset(&r, 0, sizeof r);
	r.ahead = figahead_open(NULL);
	r.want = (struct figahead_want){ .path = path, .mode = FIGURE_256,
					 .max_cols = 80, .max_rows = 24 };
	assert_true(figahead_note_file(&r.want));
	test_copy_file("content/figures/body-outlines.png", path, 2000000);
	figahead_plan(r.ahead, &r.want, 1);
	figahead_wait(r.ahead);
	assert_false(take(&r));
	finish(&r);
	unlink(path);
}

static void test_figahead_lets_go_of_what_is_no_longer_planned(void **state)
{
	struct figahead_want small;
	struct run r;
	(void)state;

	plan_one(&r, "content/figures/hip-front.png", 80, 24);
	small = r.want;
	figahead_wait(r.ahead);
	/* The screen was resized: the small picture is not wanted now. */
	r.want.max_cols = 120;
	r.want.max_rows = 40;
	figahead_plan(r.ahead, &r.want, 1);
	figahead_wait(r.ahead);
	assert_false(figahead_take(r.ahead, &small, &r.made));
	/* Planning what is planned and made costs nothing more. */
	figahead_plan(r.ahead, &r.want, 1);
	figahead_wait(r.ahead);
	assert_int_equal(figahead_made(r.ahead), 2);
	assert_true(take(&r));
	figure_picture_free(&r.made);
	/* The topic was closed: nothing is planned, nothing kept. */
	figahead_plan(r.ahead, NULL, 0);
	figahead_wait(r.ahead);
	assert_false(take(&r));
	finish(&r);
}

static void test_figahead_stops_with_work_queued(void **state)
{
	struct figahead_want wants[FIGAHEAD_MAX + 2];
	struct figahead *a = figahead_open(NULL);
	(void)state;

	for (int i = 0; i < FIGAHEAD_MAX + 2; i++)
		wants[i] = (struct figahead_want){
			.path = "content/figures/body-outlines.png",
			.mode = FIGURE_256, .max_cols = 20 + i, .max_rows = 30,
		};
	figahead_plan(a, wants, FIGAHEAD_MAX + 2);
	figahead_close(a);
	figahead_close(NULL);
}

static void test_figahead_reports_a_picture_it_cannot_make(void **state)
{
	struct run r;
	(void)state;

	plan_one(&r, "tests/fixtures/png/text.png", 80, 24);
	figahead_wait(r.ahead);
	assert_false(take(&r));
	assert_null(r.made.cells);
	finish(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figahead_hands_over_the_picture_it_made),
		cmocka_unit_test(test_figahead_waits_for_the_picture_being_made),
		cmocka_unit_test(test_figahead_never_hands_over_a_changed_file),
		cmocka_unit_test(test_figahead_makes_nothing_from_a_file_changed_since_planned),
		cmocka_unit_test(test_figahead_lets_go_of_what_is_no_longer_planned),
		cmocka_unit_test(test_figahead_stops_with_work_queued),
		cmocka_unit_test(test_figahead_reports_a_picture_it_cannot_make),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
