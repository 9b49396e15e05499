/* Treatment choices side by side: whether the grid fits and where its
 * columns go, at the widths kiosks have (80, 100, 132 and 200 columns). */
#include "testutil.h"

#include "optgrid.h"

/* Every column starts after the one before it ends, and the last ends
 * within the width. */
static void assert_columns_fit(const struct optgrid_shape *g, int width)
{
	int end = g->label_cols;

	for (size_t i = 0; i < g->options; i++) {
		assert_true(g->option_col[i] >= end + 1);
		assert_true(g->option_cols >= OPTGRID_MIN_OPTION_COLS);
		end = g->option_col[i] + g->option_cols;
	}
	assert_true(end <= width);
}

static void test_grid_is_not_used_at_80_columns(void **state)
{
	struct optgrid_shape g;
	(void)state;

	assert_false(optgrid_shape(80, 2, &g));
	assert_false(optgrid_shape(80, 5, &g));
}

static void test_grid_at_100_columns_fits_two_choices_but_not_five(void **state)
{
	struct optgrid_shape g;
	(void)state;

	assert_true(optgrid_shape(100, 2, &g));
	assert_columns_fit(&g, 100);
	assert_false(optgrid_shape(100, 5, &g));
}

static void test_grid_at_132_columns_fits_five_choices(void **state)
{
	struct optgrid_shape g;
	(void)state;

	assert_true(optgrid_shape(132, 5, &g));
	assert_int_equal(g.options, 5);
	assert_columns_fit(&g, 132);
}

static void test_grid_at_200_columns_gives_the_row_headings_at_most_24(void **state)
{
	struct optgrid_shape g;
	(void)state;

	assert_true(optgrid_shape(200, 5, &g));
	assert_int_equal(g.label_cols, 24);
	assert_columns_fit(&g, 200);
	assert_true(optgrid_shape(200, 2, &g));
	assert_columns_fit(&g, 200);
}

static void test_grid_needs_two_to_eight_choices(void **state)
{
	struct optgrid_shape g;
	(void)state;

	assert_false(optgrid_shape(200, 1, &g));
	assert_false(optgrid_shape(200, OPTGRID_MAX_OPTIONS + 1, &g));
}

static void test_grid_finds_the_column_under_a_touch(void **state)
{
	struct optgrid_shape g;
	(void)state;

	assert_true(optgrid_shape(132, 5, &g));
	assert_int_equal(optgrid_column_at(&g, 0), -1);
	assert_int_equal(optgrid_column_at(&g, g.option_col[0]), 0);
	assert_int_equal(optgrid_column_at(&g, g.option_col[2] + 1), 2);
	assert_int_equal(optgrid_column_at(&g, g.option_col[4] + g.option_cols - 1), 4);
	assert_int_equal(optgrid_column_at(&g, g.option_col[4] + g.option_cols), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grid_is_not_used_at_80_columns),
		cmocka_unit_test(test_grid_at_100_columns_fits_two_choices_but_not_five),
		cmocka_unit_test(test_grid_at_132_columns_fits_five_choices),
		cmocka_unit_test(test_grid_at_200_columns_gives_the_row_headings_at_most_24),
		cmocka_unit_test(test_grid_needs_two_to_eight_choices),
		cmocka_unit_test(test_grid_finds_the_column_under_a_touch),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
