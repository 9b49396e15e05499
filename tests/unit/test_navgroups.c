/* The menu's groups in the navigation core: a generated library of 60
 * topics in six groups (tests/tools/groups-library.sh), at 80x24 and 40x12,
 * by keys and by touch. */
#include "testutil.h"

#include "nav.h"
#include "navgroups.h"
#include "navmenu.h"

static char dir[64];
static struct content_library *lib;

static int setup(void **state)
{
	char cmd[160];
	struct diag diag = DIAG_INIT;

	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	if (test_make_dir(dir, sizeof dir, "navgroups") != 0)
		return -1;
	snprintf(cmd, sizeof cmd, "tests/tools/groups-library.sh %s 60", dir);
	if (system(cmd) != 0)
		return -1;
	lib = content_library_load(dir, &diag);
	diag_clear(&diag);
	return lib->groups && lib->topic_count == 60 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	content_library_free(lib);
	return test_remove_dir(dir);
}

static void start_at(struct nav *nav, int rows, int cols)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = true, .language = "en", .bullet = "*",
	};
	nav_init(nav, &cfg, lib, rows, cols, 0);
	nav_key(nav, KEYC_ENTER, 0);
}

static void test_many_topics_show_the_groups_first_in_the_order_written(void **state)
{
	struct nav nav;

	(void)state;
	start_at(&nav, 24, 80);
	assert_int_equal(nav.screen, NAV_GROUPS);
	assert_int_equal(nav.group_count, 7);
	assert_string_equal(nav.groups[0].title, "Hip and groin");
	assert_string_equal(nav.groups[5].title, "Injections and procedures");
	assert_null(nav.groups[6].title);	/* "Other topics" */
	assert_int_equal(nav.groups[6].count, 2);
	nav_free(&nav);
}

static void test_a_number_opens_a_group_with_its_topics_in_the_listed_order(void **state)
{
	struct nav nav;

	(void)state;
	start_at(&nav, 24, 80);
	nav_key(&nav, '2', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(nav.menu_group, 1);
	assert_int_equal(nav.menu_count, 9);
	assert_string_equal(nav.menu[0]->id, "topic-18");
	assert_string_equal(nav.menu[8]->id, "topic-10");
	nav_key(&nav, '1', 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_string_equal(nav.topic->id, "topic-18");
	nav_free(&nav);
}

static void test_back_from_a_group_shows_the_groups_with_it_highlighted(void **state)
{
	struct nav nav;

	(void)state;
	start_at(&nav, 24, 80);
	nav_key(&nav, KEYC_DOWN, 0);
	nav_key(&nav, KEYC_DOWN, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_string_equal(nav.groups[nav.menu_group].title, "Back and neck");
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_GROUPS);
	assert_int_equal(nav.menu_group, -1);
	assert_int_equal(nav.groups_selected, 2);
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_free(&nav);
}

static void test_home_from_a_topic_returns_to_its_group(void **state)
{
	struct nav nav;

	(void)state;
	start_at(&nav, 24, 80);
	nav_key(&nav, '3', 0);
	nav_key(&nav, '2', 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	nav_key(&nav, 'h', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(nav.menu_group, 2);
	assert_int_equal(nav.menu_selected, 1);
	nav_free(&nav);
}

static void test_a_touch_opens_the_group_drawn_there(void **state)
{
	struct nav nav;
	struct nav_geometry g;

	(void)state;
	start_at(&nav, 24, 80);
	g = navcore_geometry(&nav);
	/* Either row of a group's two opens it. */
	nav_click(&nav, g.body_top + 3 * NAV_GROUP_ITEM_ROWS + 1, 10, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_string_equal(nav.groups[nav.menu_group].title, "Shoulder and arm");
	nav_free(&nav);
}

static void test_a_small_screen_scrolls_the_groups_by_touch(void **state)
{
	struct nav nav;
	struct nav_geometry g;

	(void)state;
	start_at(&nav, 12, 40);
	g = navcore_geometry(&nav);
	assert_int_equal(navgroups_visible(&nav), 3);
	nav_click(&nav, g.indicator_row, 10, 0);
	assert_int_equal(nav.groups_top, 3);
	nav_click(&nav, g.body_top, 10, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_string_equal(nav.groups[nav.menu_group].title, "Shoulder and arm");
	nav_free(&nav);
}

static void test_a_screen_that_holds_every_topic_shows_one_list(void **state)
{
	struct nav nav;

	(void)state;
	start_at(&nav, 300, 80);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(nav.menu_group, -1);
	assert_int_equal(nav.menu_count, 60);
	/* The one list keeps the groups' order. */
	assert_string_equal(nav.menu[0]->id, "topic-09");
	assert_string_equal(nav.menu[59]->id, "topic-60");
	nav_free(&nav);
}

static void test_a_resize_keeps_the_topic_highlighted(void **state)
{
	struct nav nav;

	(void)state;
	start_at(&nav, 24, 80);
	nav_key(&nav, '2', 0);
	nav_key(&nav, KEYC_DOWN, 0);
	assert_string_equal(nav.menu[nav.menu_selected]->id, "topic-17");
	nav_resize(&nav, 300, 80);
	assert_int_equal(nav.menu_group, -1);
	assert_string_equal(nav.menu[nav.menu_selected]->id, "topic-17");
	nav_resize(&nav, 24, 80);
	assert_int_equal(nav.screen, NAV_GROUPS);
	nav_free(&nav);
}

static void test_new_content_keeps_the_group_being_read(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *again = content_library_load(dir, &diag);
	struct nav nav;

	(void)state;
	start_at(&nav, 24, 80);
	nav_key(&nav, '4', 0);
	nav_set_library(&nav, again);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_string_equal(nav.groups[nav.menu_group].title, "Shoulder and arm");
	nav_set_library(&nav, lib);
	nav_free(&nav);
	content_library_free(again);
	diag_clear(&diag);
}

static void test_few_topics_stay_one_list(void **state)
{
	struct content_library *bundled = test_load_bundled();
	struct nav_config cfg = { .idle_timeout_ms = 60000, .language = "en" };
	struct nav nav;

	(void)state;
	assert_non_null(bundled);
	assert_non_null(bundled->groups);
	/* Two groups of one topic each would only add a touch. */
	nav_init(&nav, &cfg, bundled, 12, 40, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(nav.menu_count, 2);
	assert_string_equal(nav.menu[0]->id, "iliopsoas-tendinopathy-bursitis");
	nav_free(&nav);
	content_library_free(bundled);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_many_topics_show_the_groups_first_in_the_order_written),
		cmocka_unit_test(test_a_number_opens_a_group_with_its_topics_in_the_listed_order),
		cmocka_unit_test(test_back_from_a_group_shows_the_groups_with_it_highlighted),
		cmocka_unit_test(test_home_from_a_topic_returns_to_its_group),
		cmocka_unit_test(test_a_touch_opens_the_group_drawn_there),
		cmocka_unit_test(test_a_small_screen_scrolls_the_groups_by_touch),
		cmocka_unit_test(test_a_screen_that_holds_every_topic_shows_one_list),
		cmocka_unit_test(test_a_resize_keeps_the_topic_highlighted),
		cmocka_unit_test(test_new_content_keeps_the_group_being_read),
		cmocka_unit_test(test_few_topics_stay_one_list),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
