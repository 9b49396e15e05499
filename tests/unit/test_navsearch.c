/* The search screen and its on-screen keyboard (navsearch, navkeyboard),
 * on the bundled content indexed by the real search engine. */
#include "navtest.h"

#include "navsearch.h"

static struct search *index_of_bundled;
static bool index_ready = true;

static bool fake_ready(void *ctx)
{
	(void)ctx;
	return index_ready;
}

static size_t real_query(void *ctx, const char *language, const char *text,
			 struct search_hit *hits, size_t max)
{
	return search_query(ctx, language, text, hits, max);
}

static bool real_suggest(void *ctx, const char *text, char *out, size_t outsz)
{
	return search_suggest(ctx, text, out, outsz);
}

static struct finder_engine engine = {
	.ready = fake_ready, .query = real_query, .suggest = real_suggest,
};

static int setup_index(void **state)
{
	if (setup(state))
		return -1;
	index_of_bundled = search_new();
	for (size_t i = 0; index_of_bundled && i < lib->topic_count; i++)
		if (!search_update_topic(index_of_bundled, lib->topics[i]))
			return -1;
	engine.ctx = index_of_bundled;
	return index_of_bundled ? 0 : -1;
}

static int teardown_index(void **state)
{
	search_free(index_of_bundled);
	return teardown(state);
}

/* A kiosk with search, at rows x cols, on the search screen. */
static void start_search(struct nav *nav, int rows, int cols)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000, .lock = true,
		.language = "en", .bullet = "*", .search = &engine,
	};

	index_ready = true;
	nav_init(nav, &cfg, lib, rows, cols, 0);
	nav_key(nav, '/', 0);
	assert_int_equal(nav->screen, NAV_SEARCH);
}

static void type(struct nav *nav, const char *text)
{
	for (const char *c = text; *c; c++)
		nav_key(nav, (unsigned char)*c, 0);
}

static const char *first_hit_id(const struct nav *nav)
{
	const struct content_topic *t = navsearch_hit_topic(nav, 0);

	assert_non_null(t);
	return t->id;
}

/* Touches the middle of the on-screen key with this code. */
static void touch_key(struct nav *nav, int code)
{
	struct navsearch_geometry sg;

	navsearch_geometry(nav, &sg);
	for (size_t i = 0; i < sg.keyboard.count; i++) {
		const struct navkeyboard_key *k = &sg.keyboard.keys[i];

		if (k->code == code) {
			nav_click(nav, k->row + k->rows / 2, k->col + k->width / 2, 0);
			return;
		}
	}
	fail_msg("no key %d on the keyboard", code);
}

static void test_slash_on_the_welcome_screen_opens_search_and_back_returns(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	nav_key(&nav, KEYC_ESCAPE, 0);
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_click(&nav, navsearch_welcome_row(&nav), 40, 0);
	assert_int_equal(nav.screen, NAV_SEARCH);
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_free(&nav);
}

static void test_the_menu_has_a_search_button_that_says_when_it_is_getting_ready(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	size_t n;
	(void)state;

	start_search(&nav, 24, 80);
	nav_key(&nav, KEYC_HOME, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	index_ready = false;
	n = navcore_buttons(&nav, b);
	assert_int_equal(n, 4);
	assert_int_equal(b[1].action, ACT_SEARCH);
	assert_string_equal(b[1].label, "Search: getting ready");
	index_ready = true;
	navcore_buttons(&nav, b);
	assert_string_equal(b[1].label, "Search");
	nav_click(&nav, b[1].row, b[1].col + 1, 0);
	assert_int_equal(nav.screen, NAV_SEARCH);
	/* Back goes to the menu it came from. */
	nav_key(&nav, KEYC_ESCAPE, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_free(&nav);
}

static void test_without_search_the_menu_keeps_its_three_buttons(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	(void)state;

	start(&nav, true);
	nav_key(&nav, '/', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(navcore_buttons(&nav, b), 3);
	nav_free(&nav);
}

static void test_results_follow_each_letter_best_first(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	assert_int_equal(nav.search.hit_count, 0);
	type(&nav, "inj");
	assert_true(nav.search.hit_count >= 1);
	type(&nav, "ection");
	assert_string_equal(nav.search.text, "injection");
	assert_string_equal(first_hit_id(&nav), "hip-steroid-injection");
	assert_int_equal(nav.search.selected, 0);
	nav_free(&nav);
}

static void test_every_letter_types_even_those_that_are_keys_elsewhere(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "qhbnswltp Q");
	assert_int_equal(nav.screen, NAV_SEARCH);
	assert_false(nav.quit);
	assert_string_equal(nav.search.text, "qhbnswltp Q");
	nav_free(&nav);
}

static void test_backspace_deletes_a_whole_accented_letter(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "an");
	nav_key(&nav, 0xE9, 0);		/* é */
	assert_string_equal(nav.search.text, "an\xC3\xA9");
	nav_key(&nav, KEYC_BACKSPACE, 0);
	assert_string_equal(nav.search.text, "an");
	assert_int_equal(nav.screen, NAV_SEARCH);
	nav_free(&nav);
}

static void test_touching_the_keys_types_deletes_and_clears(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	touch_key(&nav, 'h');
	touch_key(&nav, 'i');
	touch_key(&nav, 'p');
	touch_key(&nav, ' ');
	touch_key(&nav, 'j');
	touch_key(&nav, 'a');
	touch_key(&nav, 'b');
	assert_string_equal(nav.search.text, "hip jab");
	assert_string_equal(first_hit_id(&nav), "hip-steroid-injection");
	touch_key(&nav, NAVKEYBOARD_DELETE);
	assert_string_equal(nav.search.text, "hip ja");
	touch_key(&nav, NAVKEYBOARD_CLEAR);
	assert_string_equal(nav.search.text, "");
	assert_int_equal(nav.search.hit_count, 0);
	nav_free(&nav);
}

static void test_down_moves_the_highlight_and_enter_opens_that_topic(void **state)
{
	struct nav nav;
	const struct content_topic *second;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "hip");
	assert_true(nav.search.hit_count >= 2);
	second = navsearch_hit_topic(&nav, 1);
	nav_key(&nav, KEYC_DOWN, 0);
	assert_int_equal(nav.search.selected, 1);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_ptr_equal(nav.topic, second);
	/* Back from its first page: the same hits, that one highlighted. */
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_SEARCH);
	assert_string_equal(nav.search.text, "hip");
	assert_int_equal(nav.search.selected, 1);
	nav_free(&nav);
}

static void test_a_number_or_a_touch_opens_that_hit(void **state)
{
	struct nav nav;
	struct navsearch_geometry sg;
	const struct content_topic *first, *second;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "hip");
	first = navsearch_hit_topic(&nav, 0);
	nav_key(&nav, '1', 0);
	assert_ptr_equal(nav.topic, first);
	nav_key(&nav, '/', 0);		/* not the menu: the page */
	assert_int_equal(nav.screen, NAV_PAGE);
	nav_key(&nav, KEYC_HOME, 0);
	nav_key(&nav, '/', 0);
	assert_string_equal(nav.search.text, "hip");
	second = navsearch_hit_topic(&nav, 1);
	assert_non_null(second);
	navsearch_geometry(&nav, &sg);
	nav_click(&nav, sg.results_top + sg.rows_per_hit, 10, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_ptr_equal(nav.topic, second);
	nav_free(&nav);
}

static void test_a_misspelling_offers_did_you_mean_and_touching_it_fills_the_words(void **state)
{
	struct nav nav;
	struct navsearch_geometry sg;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "bersitis");
	assert_true(navsearch_offers_suggestion(&nav));
	assert_string_equal(nav.search.suggestion, "bursitis");
	assert_string_equal(first_hit_id(&nav), "iliopsoas-tendinopathy-bursitis");
	navsearch_geometry(&nav, &sg);
	nav_click(&nav, sg.status_row, 20, 0);
	assert_string_equal(nav.search.text, "bursitis");
	assert_false(navsearch_offers_suggestion(&nav));
	assert_string_equal(first_hit_id(&nav), "iliopsoas-tendinopathy-bursitis");
	nav_free(&nav);
}

static void test_nothing_found_offers_nothing_to_open(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "xqzvw");
	assert_int_equal(nav.search.hit_count, 0);
	assert_false(navsearch_offers_suggestion(&nav));
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_SEARCH);
	nav_key(&nav, '1', 0);
	assert_int_equal(nav.screen, NAV_SEARCH);
	nav_free(&nav);
}

static void test_what_is_typed_before_the_index_is_ready_is_asked_when_it_is(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	index_ready = false;
	type(&nav, "injection");
	assert_int_equal(nav.search.hit_count, 0);
	nav_tick(&nav, 100);
	assert_int_equal(nav.search.hit_count, 0);
	index_ready = true;
	nav_tick(&nav, 200);
	assert_string_equal(first_hit_id(&nav), "hip-steroid-injection");
	nav_free(&nav);
}

static void test_the_next_patient_finds_the_search_empty(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "hip");
	nav_tick(&nav, 60000);
	assert_int_equal(nav.overlay, OVERLAY_IDLE);
	nav_tick(&nav, 70000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_string_equal(nav.search.text, "");
	assert_int_equal(nav.search.hit_count, 0);
	nav_free(&nav);
}

static void test_new_content_asks_again_and_keeps_the_words(void **state)
{
	struct nav nav;
	(void)state;

	start_search(&nav, 24, 80);
	type(&nav, "hip");
	nav.search.hit_count = 0;
	nav_set_library(&nav, lib);
	assert_string_equal(nav.search.text, "hip");
	assert_true(nav.search.hit_count >= 2);
	nav_free(&nav);
}

/* Two rectangles share a cell. */
static bool overlap(int r1, int c1, int rows1, int cols1, int r2, int c2, int rows2, int cols2)
{
	return r1 < r2 + rows2 && r2 < r1 + rows1 && c1 < c2 + cols2 && c2 < c1 + cols1;
}

static void test_the_keyboard_fits_apart_from_everything_at_every_size(void **state)
{
	static const int sizes[][2] = { { 12, 40 }, { 24, 80 }, { 60, 200 }, { 16, 50 } };
	(void)state;

	for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
		struct nav nav;
		struct navsearch_geometry sg;
		struct nav_button b[NAV_MAX_BUTTONS];
		const struct navkeyboard *kb = &sg.keyboard;
		size_t n;

		start_search(&nav, sizes[s][0], sizes[s][1]);
		navsearch_geometry(&nav, &sg);
		n = navcore_buttons(&nav, b);
		assert_int_equal(kb->count, NAVKEYBOARD_MAX_KEYS);
		assert_true(sg.visible >= 2);
		assert_true(sg.query_row > 0 && sg.status_row > sg.query_row);
		assert_true(sg.results_top > sg.status_row);
		assert_true(sg.results_top + sg.results_rows <= kb->top);
		for (size_t i = 0; i < kb->count; i++) {
			const struct navkeyboard_key *k = &kb->keys[i];

			assert_true(k->col >= 0 && k->col + k->width <= nav.cols);
			assert_true(k->width >= 2 + (int)strlen(k->label) / 6);
			for (size_t j = 0; j < i; j++)
				assert_false(overlap(k->row, k->col, k->rows, k->width,
						     kb->keys[j].row, kb->keys[j].col,
						     kb->keys[j].rows, kb->keys[j].width));
			for (size_t j = 0; j < n; j++)
				assert_false(overlap(k->row, k->col, k->rows, k->width,
						     b[j].row, b[j].col, b[j].rows, b[j].width));
			/* Every cell of a key types that key. */
			for (int r = k->row; r < k->row + k->rows; r++)
				for (int c = k->col; c < k->col + k->width; c++)
					assert_ptr_equal(navkeyboard_key_at(kb, r, c), k);
		}
		nav_free(&nav);
	}
}

static void test_at_80x24_keys_are_wide_enough_to_touch(void **state)
{
	struct navkeyboard kb;
	(void)state;

	navkeyboard_layout(&kb, 10, 1, 78, 7, true);
	assert_int_equal(kb.count, NAVKEYBOARD_MAX_KEYS);
	assert_true(kb.keys[0].width >= 7);
	assert_int_equal(kb.rows, 7);
	/* A touch in the gap row under A counts for A. */
	assert_int_equal(navkeyboard_key_at(&kb, kb.keys[0].row + 1, kb.keys[0].col)->code, 'a');
	assert_null(navkeyboard_key_at(&kb, kb.top - 1, kb.keys[0].col));
	navkeyboard_layout(&kb, 10, 1, 78, 2, true);
	assert_int_equal(kb.count, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slash_on_the_welcome_screen_opens_search_and_back_returns),
		cmocka_unit_test(test_the_menu_has_a_search_button_that_says_when_it_is_getting_ready),
		cmocka_unit_test(test_without_search_the_menu_keeps_its_three_buttons),
		cmocka_unit_test(test_results_follow_each_letter_best_first),
		cmocka_unit_test(test_every_letter_types_even_those_that_are_keys_elsewhere),
		cmocka_unit_test(test_backspace_deletes_a_whole_accented_letter),
		cmocka_unit_test(test_touching_the_keys_types_deletes_and_clears),
		cmocka_unit_test(test_down_moves_the_highlight_and_enter_opens_that_topic),
		cmocka_unit_test(test_a_number_or_a_touch_opens_that_hit),
		cmocka_unit_test(test_a_misspelling_offers_did_you_mean_and_touching_it_fills_the_words),
		cmocka_unit_test(test_nothing_found_offers_nothing_to_open),
		cmocka_unit_test(test_what_is_typed_before_the_index_is_ready_is_asked_when_it_is),
		cmocka_unit_test(test_the_next_patient_finds_the_search_empty),
		cmocka_unit_test(test_new_content_asks_again_and_keeps_the_words),
		cmocka_unit_test(test_the_keyboard_fits_apart_from_everything_at_every_size),
		cmocka_unit_test(test_at_80x24_keys_are_wide_enough_to_touch),
	};

	return cmocka_run_group_tests(tests, setup_index, teardown_index);
}
