/* The body map as the navigation core sees it: touches, arrows, a region
 * without topics, the plain list, and leaving it. */
#include "testutil.h"

#include "bodymap.h"
#include "nav.h"
#include "navbodymap.h"
#include "view_bodymap.h"

static struct content_library *lib;

static int setup(void **state)
{
	(void)state;
	lib = test_load_bundled();
	return lib ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	content_library_free(lib);
	return 0;
}

static void start(struct nav *nav, bool pictures)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.language = "en", .bullet = "*", .pictures = pictures,
	};
	nav_init(nav, &cfg, lib, 24, 80, 0);
	nav_key(nav, 'w', 1);
	assert_int_equal(nav->screen, NAV_BODYMAP);
}

/* Touches the picture at (xfrac, yfrac) of its width and height. */
static void touch_picture(struct nav *nav, double xfrac, double yfrac)
{
	int y, x, rows, cols;

	navbodymap_picture_area(nav, &y, &x, &rows, &cols);
	assert_true(rows > 0);
	nav_click(nav, y + (int)(yfrac * rows), x + (int)(xfrac * cols), 2);
}

static void test_navbodymap_touching_the_hip_lists_its_topics_and_opens_one(void **state)
{
	struct nav nav;
	const struct content_topic *topics[4];
	int top;

	(void)state;
	start(&nav, true);
	top = navcore_geometry(&nav).body_top + 1;
	touch_picture(&nav, 150.0 / 600, 305.0 / 600);
	assert_int_equal(nav.bodymap_region, REGION_HIP_AND_GROIN);
	assert_int_equal(navbodymap_topics(&nav, topics, 4), 2);
	nav_click(&nav, top + 1, 10, 3);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_ptr_equal(nav.topic, topics[1]);
	nav_free(&nav);
}

static void test_navbodymap_a_touch_on_the_back_figure_finds_the_lower_back(void **state)
{
	struct nav nav;

	(void)state;
	start(&nav, true);
	touch_picture(&nav, 450.0 / 600, 250.0 / 600);
	assert_int_equal(nav.bodymap_region, -1);
	assert_int_equal(nav.bodymap_empty, REGION_LOWER_BACK);
	touch_picture(&nav, 0.01, 0.01);	/* outside every region: nothing */
	assert_int_equal(nav.bodymap_empty, REGION_LOWER_BACK);
	nav_free(&nav);
}

static void test_navbodymap_arrows_move_between_regions_and_enter_chooses(void **state)
{
	struct nav nav;
	size_t count;
	const struct bodymap_spot *spots = bodymap_spots(&count);

	(void)state;
	start(&nav, true);
	assert_int_equal(navbodymap_highlighted(&nav), REGION_HEAD_AND_NECK);
	nav_key(&nav, KEYC_UP, 2);	/* already at the first: stays */
	assert_int_equal(nav.bodymap_spot, 0);
	for (int i = 0; i < 5; i++)
		nav_key(&nav, KEYC_RIGHT, 3);
	assert_int_equal(navbodymap_highlighted(&nav), spots[5].region);
	assert_int_equal(spots[5].region, REGION_HIP_AND_GROIN);
	nav_key(&nav, KEYC_LEFT, 4);
	assert_int_equal(nav.bodymap_spot, 4);
	nav_key(&nav, KEYC_DOWN, 5);
	nav_key(&nav, KEYC_ENTER, 6);
	assert_int_equal(nav.bodymap_region, REGION_HIP_AND_GROIN);
	nav_key(&nav, KEYC_DOWN, 7);
	assert_int_equal(nav.bodymap_topic, 1);
	nav_key(&nav, KEYC_BACKSPACE, 8);	/* back to the map */
	assert_int_equal(nav.bodymap_region, -1);
	assert_int_equal(nav.screen, NAV_BODYMAP);
	nav_free(&nav);
}

static void test_navbodymap_a_region_without_topics_says_so(void **state)
{
	struct nav nav;

	(void)state;
	start(&nav, true);
	touch_picture(&nav, 118.0 / 600, 445.0 / 600);	/* a knee */
	assert_int_equal(nav.screen, NAV_BODYMAP);
	assert_int_equal(nav.bodymap_region, -1);
	assert_int_equal(nav.bodymap_empty, REGION_KNEE);
	nav_key(&nav, KEYC_DOWN, 3);	/* moving on clears the message */
	assert_int_equal(nav.bodymap_empty, -1);
	nav_free(&nav);
}

static void test_navbodymap_without_pictures_a_numbered_list_works(void **state)
{
	struct nav nav;
	int top;

	(void)state;
	start(&nav, false);
	assert_false(navbodymap_pictures(&nav));
	top = navcore_geometry(&nav).body_top + 1;
	nav_key(&nav, '8', 2);			/* 8. knee */
	assert_int_equal(nav.bodymap_empty, REGION_KNEE);
	nav_click(&nav, top + REGION_HIP_AND_GROIN, 5, 3);
	assert_int_equal(nav.bodymap_region, REGION_HIP_AND_GROIN);
	nav_key(&nav, '1', 4);
	assert_int_equal(nav.screen, NAV_PAGE);
	nav_free(&nav);
}

static void test_navbodymap_back_home_and_the_idle_reset_leave_it(void **state)
{
	struct nav nav;

	(void)state;
	start(&nav, true);
	nav_key(&nav, 'b', 2);
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_key(&nav, 'w', 3);
	nav_key(&nav, 'h', 4);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_key(&nav, 'b', 5);
	nav_click(&nav, navbodymap_welcome_row(&nav), 40, 6);
	assert_int_equal(nav.screen, NAV_BODYMAP);
	nav_key(&nav, KEYC_ENTER, 7);
	nav_tick(&nav, 7 + 60000);
	nav_tick(&nav, 7 + 70000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_int_equal(nav.bodymap_empty, -1);
	assert_int_equal(nav.bodymap_region, -1);
	nav_free(&nav);
}

static void test_navbodymap_picture_is_made_ahead_from_the_welcome_screen(void **state)
{
	struct draw_context ctx = { .content_dir = "content" };
	struct figahead_want want;
	char path[256];
	struct nav nav;
	int y, x, rows, cols;
	(void)state;

	start(&nav, true);
	navbodymap_picture_area(&nav, &y, &x, &rows, &cols);
	assert_false(view_bodymap_ahead(&nav, &ctx, path, sizeof path, &want));
	nav_key(&nav, KEYC_ESCAPE, 2);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_true(view_bodymap_ahead(&nav, &ctx, path, sizeof path, &want));
	assert_string_equal(want.path, "content/figures/" BODYMAP_PICTURE);
	assert_int_equal(want.max_rows, rows);
	assert_int_equal(want.max_cols, cols);
	nav_free(&nav);
	/* The plain list needs no picture. */
	start(&nav, false);
	nav_key(&nav, KEYC_ESCAPE, 2);
	assert_false(view_bodymap_ahead(&nav, &ctx, path, sizeof path, &want));
	nav_free(&nav);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_navbodymap_picture_is_made_ahead_from_the_welcome_screen),
		cmocka_unit_test(test_navbodymap_touching_the_hip_lists_its_topics_and_opens_one),
		cmocka_unit_test(test_navbodymap_a_touch_on_the_back_figure_finds_the_lower_back),
		cmocka_unit_test(test_navbodymap_arrows_move_between_regions_and_enter_chooses),
		cmocka_unit_test(test_navbodymap_a_region_without_topics_says_so),
		cmocka_unit_test(test_navbodymap_without_pictures_a_numbered_list_works),
		cmocka_unit_test(test_navbodymap_back_home_and_the_idle_reset_leave_it),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
