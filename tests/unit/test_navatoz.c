/* The A to Z list (navatoz): every title and other name in order, jumping
 * by letter, opening the topic. */
#include "navtest.h"

#include "navatoz.h"

static bool always_ready(void *ctx)
{
	(void)ctx;
	return true;
}

static size_t no_hits(void *ctx, const char *language, const char *text,
		      struct search_hit *hits, size_t max)
{
	(void)ctx;
	(void)language;
	(void)text;
	(void)hits;
	(void)max;
	return 0;
}

static bool no_suggestion(void *ctx, const char *text, char *out, size_t outsz)
{
	(void)ctx;
	(void)text;
	(void)out;
	(void)outsz;
	return false;
}

static const struct finder_engine engine = {
	.ready = always_ready, .query = no_hits, .suggest = no_suggestion,
};

/* A kiosk with search at rows x cols, on the A to Z list (F2 from the
 * welcome screen). */
static void start_a_to_z(struct nav *nav, int rows, int cols)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000, .lock = true,
		.language = "en", .bullet = "*", .search = &engine,
	};

	nav_init(nav, &cfg, lib, rows, cols, 0);
	nav_key(nav, KEYC_F1 + 1, 0);
	assert_int_equal(nav->screen, NAV_A_TO_Z);
}

static const char *selected_name(const struct nav *nav)
{
	return nav->search.a_to_z[nav->search.a_to_z_selected].name;
}

static void test_every_title_and_other_name_is_listed_in_order(void **state)
{
	struct nav nav;
	size_t names = 0;
	(void)state;

	start_a_to_z(&nav, 24, 80);
	for (size_t i = 0; i < nav.menu_count; i++)
		names += 1 + nav.menu[i]->other_names.count;
	assert_int_equal(nav.search.a_to_z_count, names);
	for (size_t i = 1; i < nav.search.a_to_z_count; i++)
		assert_true(strcasecmp(nav.search.a_to_z[i - 1].name,
				       nav.search.a_to_z[i].name) <= 0);
	assert_string_equal(selected_name(&nav), "Cortisone injection");
	assert_true(nav.search.a_to_z[0].other_name);
	nav_free(&nav);
}

static void test_a_letter_key_jumps_to_the_first_name_under_it(void **state)
{
	struct nav nav;
	(void)state;

	start_a_to_z(&nav, 24, 80);
	nav_key(&nav, 'p', 0);
	assert_string_equal(selected_name(&nav), "Pain at the front of the hip "
			    "(iliopsoas tendinopathy and bursitis)");
	assert_int_equal(nav.search.a_to_z_top, nav.search.a_to_z_selected);
	nav_key(&nav, 'I', 0);
	assert_string_equal(selected_name(&nav), "Iliopsoas bursitis");
	/* No name starts with J: the next letter that has one. */
	nav_key(&nav, 'j', 0);
	assert_string_equal(selected_name(&nav), "Pain at the front of the hip "
			    "(iliopsoas tendinopathy and bursitis)");
	nav_free(&nav);
}

static void test_touching_a_letter_jumps_and_touching_a_name_opens_its_topic(void **state)
{
	struct nav nav;
	struct navatoz_geometry ag;
	(void)state;

	start_a_to_z(&nav, 24, 80);
	navatoz_geometry(&nav, &ag);
	assert_int_equal(ag.letters.count, NAVKEYBOARD_LETTERS);
	const struct navkeyboard_key *s = &ag.letters.keys['s' - 'a'];
	nav_click(&nav, s->row, s->col, 0);
	assert_string_equal(selected_name(&nav), "Steroid injection in the hip, "
			    "guided by ultrasound");
	nav_click(&nav, ag.list_top, 10, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_string_equal(nav.topic->id, "hip-steroid-injection");
	nav_free(&nav);
}

static void test_enter_opens_the_topic_of_an_other_name_and_back_returns(void **state)
{
	struct nav nav;
	(void)state;

	start_a_to_z(&nav, 12, 40);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_string_equal(nav.topic->id, "hip-steroid-injection");
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_A_TO_Z);
	nav_key(&nav, KEYC_HOME, 0);
	nav_key(&nav, '/', 0);
	nav_key(&nav, KEYC_F1 + 1, 0);
	assert_int_equal(nav.screen, NAV_A_TO_Z);
	nav_key(&nav, KEYC_ESCAPE, 0);
	assert_int_equal(nav.screen, NAV_SEARCH);
	nav_free(&nav);
}

static void test_the_letters_and_list_fit_apart_at_every_size(void **state)
{
	static const int sizes[][2] = { { 12, 40 }, { 24, 80 }, { 60, 200 } };
	(void)state;

	for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
		struct nav nav;
		struct navatoz_geometry ag;
		struct nav_button b[NAV_MAX_BUTTONS];

		start_a_to_z(&nav, sizes[s][0], sizes[s][1]);
		navatoz_geometry(&nav, &ag);
		navcore_buttons(&nav, b);
		assert_int_equal(ag.letters.count, NAVKEYBOARD_LETTERS);
		assert_true(ag.letters.top > NAV_STEP_ROW);
		assert_true(ag.list_top >= ag.letters.top + ag.letters.rows);
		assert_true(ag.list_rows >= 4);
		assert_true(ag.list_top + ag.list_rows <= b[0].row);
		assert_true(ag.letters.left + ag.letters.width <= nav.cols);
		nav_free(&nav);
	}
}

static void test_new_content_rebuilds_the_list(void **state)
{
	struct nav nav;
	(void)state;

	start_a_to_z(&nav, 24, 80);
	nav_key(&nav, 's', 0);
	nav_set_library(&nav, lib);
	assert_string_equal(selected_name(&nav), "Steroid injection in the hip, "
			    "guided by ultrasound");
	nav_free(&nav);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_title_and_other_name_is_listed_in_order),
		cmocka_unit_test(test_a_letter_key_jumps_to_the_first_name_under_it),
		cmocka_unit_test(test_touching_a_letter_jumps_and_touching_a_name_opens_its_topic),
		cmocka_unit_test(test_enter_opens_the_topic_of_an_other_name_and_back_returns),
		cmocka_unit_test(test_the_letters_and_list_fit_apart_at_every_size),
		cmocka_unit_test(test_new_content_rebuilds_the_list),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
