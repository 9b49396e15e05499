/* The More box: where Listen, Take home and Print do not fit beside the
 * buttons that move about, one More button lists them, and each row works
 * by touch, by its number and by Enter. */
#include "navtest.h"

#include "navmore.h"

/* A kiosk set up for the extras (see start_with_extras) on the first page
 * of the first topic at rows x cols. */
static void start_on_page(struct nav *nav, int rows, int cols, bool print_only)
{
	start_with_extras(nav, rows, cols, print_only);
	open_topic(nav, 1);
}

static const struct nav_button *find_button(struct nav *nav, enum nav_action action,
					    struct nav_button b[NAV_MAX_BUTTONS])
{
	size_t n = navcore_buttons(nav, b);

	for (size_t i = 0; i < n; i++)
		if (b[i].action == action)
			return &b[i];
	return NULL;
}

/* Touches the middle of the button for action. */
static void touch_button(struct nav *nav, enum nav_action action)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	const struct nav_button *button = find_button(nav, action, b);

	assert_non_null(button);
	nav_click(nav, button->row, button->col + button->width / 2, 0);
}

/* Touches row i of the open More box, on its last screen row. */
static void touch_row(struct nav *nav, size_t i)
{
	struct navmore_box box = navmore_geometry(nav);

	assert_true(i < box.count);
	nav_click(nav, box.first_row + (int)i * box.row_height + box.row_height - 1,
		  box.left + box.cols / 2, 0);
}

static void test_navmore_a_more_button_stands_for_the_extras_where_they_do_not_fit(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	(void)state;

	start_on_page(&nav, 24, 80, false);
	assert_non_null(find_button(&nav, ACT_LISTEN, b));
	assert_null(find_button(&nav, ACT_MORE, b));
	assert_buttons_apart_and_touchable(&nav);
	nav_resize(&nav, 12, 40);
	assert_null(find_button(&nav, ACT_LISTEN, b));
	assert_null(find_button(&nav, ACT_PRINT, b));
	assert_int_equal(navcore_buttons(&nav, b), 5);
	assert_int_equal(b[3].action, ACT_MORE);
	assert_int_equal(b[4].action, ACT_NEXT);
	assert_buttons_apart_and_touchable(&nav);
	/* Tighter labels, on every page. */
	assert_string_equal(b[0].label, "Back");
	navcore_show_last_page(&nav);
	while (nav.screen == NAV_PAGE && navcore_more_below(&nav))
		nav_key(&nav, KEYC_DOWN, 0);
	assert_buttons_apart_and_touchable(&nav);
	nav_free(&nav);

	/* A kiosk with none of them set up has no More button. */
	start(&nav, true);
	nav_resize(&nav, 12, 40);
	open_topic(&nav, 1);
	assert_null(find_button(&nav, ACT_MORE, b));
	nav_free(&nav);
}

static void test_navmore_lists_only_what_the_clinic_set_up_then_the_steps(void **state)
{
	struct nav nav;
	struct navmore_box box;
	(void)state;

	start_on_page(&nav, 12, 40, false);
	touch_button(&nav, ACT_MORE);
	assert_int_equal(nav.overlay, OVERLAY_MORE);
	box = navmore_geometry(&nav);
	assert_int_equal(box.count, 4);
	assert_int_equal(box.actions[0], ACT_LISTEN);
	assert_int_equal(box.actions[1], ACT_TAKE_HOME);
	assert_int_equal(box.actions[2], ACT_PRINT);
	assert_int_equal(box.actions[3], ACT_STEPS);
	/* Big rows, and the whole box on the screen. */
	assert_true(box.row_height >= 2);
	assert_true(box.top >= 0 && box.top + box.rows <= 12);
	assert_true(box.left >= 0 && box.left + box.cols <= 40);
	assert_true(box.close_row < box.top + box.rows - 1);
	nav_free(&nav);

	start_on_page(&nav, 12, 40, true);
	nav_key(&nav, 'm', 0);
	box = navmore_geometry(&nav);
	assert_int_equal(box.count, 2);
	assert_int_equal(box.actions[0], ACT_PRINT);
	assert_int_equal(box.actions[1], ACT_STEPS);
	nav_free(&nav);
}

static void test_navmore_rows_work_by_touch_by_number_and_by_enter(void **state)
{
	struct nav nav;
	(void)state;

	start_on_page(&nav, 12, 40, false);
	/* Touch: Listen is asked for and the box closes. */
	touch_button(&nav, ACT_MORE);
	touch_row(&nav, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.request, ACT_LISTEN);
	nav.request = ACT_NONE;
	/* Number: 2 is Take home. */
	touch_button(&nav, ACT_MORE);
	nav_key(&nav, '2', 0);
	assert_int_equal(nav.overlay, OVERLAY_TAKE_HOME);
	nav_key(&nav, KEYC_ESCAPE, 0);
	/* Enter on the highlighted row: down twice is Print. */
	touch_button(&nav, ACT_MORE);
	nav_key(&nav, KEYC_DOWN, 0);
	nav_key(&nav, KEYC_DOWN, 0);
	assert_int_equal(nav.more_selected, 2);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.request, ACT_PRINT);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav.request = ACT_NONE;
	/* The last row is the steps screen. */
	touch_button(&nav, ACT_MORE);
	touch_row(&nav, 3);
	assert_int_equal(nav.screen, NAV_STEPS);
	nav_free(&nav);
}

static void test_navmore_esc_back_and_a_touch_outside_close_it_doing_nothing(void **state)
{
	static const int closers[] = { KEYC_ESCAPE, KEYC_LEFT, 'x' };
	struct nav nav;
	struct navmore_box box;
	(void)state;

	start_on_page(&nav, 12, 40, false);
	for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
		nav_key(&nav, 'M', 0);
		assert_int_equal(nav.overlay, OVERLAY_MORE);
		nav_key(&nav, closers[i], 0);
		assert_int_equal(nav.overlay, OVERLAY_NONE);
		assert_int_equal(nav.screen, NAV_PAGE);
		assert_int_equal(nav.page, 0);
		assert_int_equal(nav.request, ACT_NONE);
	}
	touch_button(&nav, ACT_MORE);
	box = navmore_geometry(&nav);
	nav_click(&nav, box.close_row, box.left + 4, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	touch_button(&nav, ACT_MORE);
	nav_click(&nav, 0, 0, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.request, ACT_NONE);
	/* New content closes it (the page under it may have gone), and so
	 * does the idle reset. */
	touch_button(&nav, ACT_MORE);
	nav_set_library(&nav, lib);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	touch_button(&nav, ACT_MORE);
	nav_tick(&nav, 60000);
	nav_tick(&nav, 70000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_free(&nav);
}

static void test_navmore_on_my_questions_lists_print_and_the_steps(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	struct navmore_box box;
	(void)state;

	start_on_page(&nav, 24, 80, false);
	navcore_show_questions(&nav);
	assert_non_null(find_button(&nav, ACT_PRINT, b));
	assert_buttons_apart_and_touchable(&nav);
	nav_resize(&nav, 12, 40);
	assert_null(find_button(&nav, ACT_PRINT, b));
	assert_buttons_apart_and_touchable(&nav);
	touch_button(&nav, ACT_MORE);
	box = navmore_geometry(&nav);
	assert_int_equal(box.count, 2);
	assert_int_equal(box.actions[0], ACT_PRINT);
	nav_key(&nav, '1', 0);
	assert_int_equal(nav.request, ACT_PRINT);
	assert_int_equal(nav.screen, NAV_QUESTIONS);
	nav_free(&nav);
}

static void test_navmore_tab_reaches_the_more_button(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	int more;
	(void)state;

	start_on_page(&nav, 12, 40, false);
	navcore_buttons(&nav, b);
	more = (int)nav.layout.item_count + 3;
	assert_int_equal(b[3].action, ACT_MORE);
	while (nav.focus != more)
		nav_key(&nav, KEYC_TAB, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.overlay, OVERLAY_MORE);
	nav_free(&nav);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_navmore_a_more_button_stands_for_the_extras_where_they_do_not_fit),
		cmocka_unit_test(test_navmore_lists_only_what_the_clinic_set_up_then_the_steps),
		cmocka_unit_test(test_navmore_rows_work_by_touch_by_number_and_by_enter),
		cmocka_unit_test(test_navmore_esc_back_and_a_touch_outside_close_it_doing_nothing),
		cmocka_unit_test(test_navmore_on_my_questions_lists_print_and_the_steps),
		cmocka_unit_test(test_navmore_tab_reaches_the_more_button),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
