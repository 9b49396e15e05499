/* The patient's language on the welcome screen: the list, choosing by
 * touch, number and keys, the menu and topics that follow, the fallback
 * to the default language, and the idle reset. */
#include "navtest.h"

#include "navbodymap.h"
#include "navlang.h"

static void start_with(struct nav *nav, char *const *languages, size_t count,
		       int rows, int cols)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = true, .language = "en", .bullet = "*",
		.languages = languages, .language_count = count,
	};
	nav_init(nav, &cfg, lib, rows, cols, 0);
}

static const struct navlang_cell *cell_of(const struct navlang_cell *cells,
					  size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(cells[i].code, code) == 0)
			return &cells[i];
	fail_msg("%s is not offered", code);
	return NULL;
}

/* Whether every topic of the menu is in language, or in English where
 * language has no translation of it. */
static void assert_menu_in(const struct nav *nav, const char *language)
{
	assert_true(nav->menu_count > 0);
	for (size_t i = 0; i < nav->menu_count; i++) {
		const struct content_topic *t = nav->menu[i];

		if (strcmp(t->language, language) != 0) {
			assert_string_equal(t->language, "en");
			assert_null(content_find_topic(lib, t->id, language));
		}
	}
}

static void test_navlang_lists_each_language_with_topics_in_its_own_name(void **state)
{
	struct navlang_cell cells[NAVLANG_MAX];
	struct nav nav;
	(void)state;

	start(&nav, true);
	assert_int_equal(navlang_cells(&nav, cells), 3);
	/* The default first, then by code. */
	assert_string_equal(cells[0].label, "1 English");
	assert_string_equal(cells[1].label, "2 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9");
	assert_string_equal(cells[2].label, "3 Espa\xC3\xB1ol");
	assert_string_equal(nav.language, "en");
	nav_free(&nav);
}

static void test_navlang_follows_the_order_and_limit_of_the_settings(void **state)
{
	char *order[] = { "es", "fr", "en" }, *only_default[] = { "en" };
	struct navlang_cell cells[NAVLANG_MAX];
	struct nav nav;
	(void)state;

	/* French has no topics: it is left out.  Arabic is not listed. */
	start_with(&nav, order, 3, 24, 80);
	assert_int_equal(navlang_cells(&nav, cells), 2);
	assert_string_equal(cells[0].label, "1 Espa\xC3\xB1ol");
	assert_string_equal(cells[1].label, "2 English");
	nav_free(&nav);
	/* One language: nothing to choose, and the digits start as before. */
	start_with(&nav, only_default, 1, 24, 80);
	assert_int_equal(navlang_cells(&nav, cells), 0);
	nav_key(&nav, '1', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_free(&nav);
}

static void test_navlang_a_touch_chooses_a_language_and_the_menu_follows(void **state)
{
	struct navlang_cell cells[NAVLANG_MAX];
	const struct navlang_cell *es;
	struct nav nav;
	size_t n;
	(void)state;

	start(&nav, true);
	n = navlang_cells(&nav, cells);
	es = cell_of(cells, n, "es");
	nav_click(&nav, es->row, es->col + es->width - 1, 0);
	assert_string_equal(nav.language, "es");
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_menu_in(&nav, "es");
	/* Both topics are translated into Spanish. */
	for (size_t i = 0; i < nav.menu_count; i++)
		assert_string_equal(nav.menu[i]->language, "es");
	/* A touch elsewhere starts, in Spanish. */
	nav_click(&nav, navlang_end_row(&nav), 1, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_key(&nav, '1', 0);
	assert_string_equal(nav.topic->language, "es");
	assert_false(navlang_untranslated(&nav, nav.topic));
	nav_free(&nav);
}

static void test_navlang_a_touch_in_a_gap_goes_to_the_nearer_language(void **state)
{
	struct navlang_cell cells[NAVLANG_MAX];
	struct nav nav;
	(void)state;

	start(&nav, true);
	navlang_cells(&nav, cells);
	nav_click(&nav, cells[1].row, cells[1].col - 1, 0);
	assert_string_equal(nav.language, cells[1].code);
	nav_click(&nav, cells[0].row, 0, 0);
	assert_string_equal(nav.language, cells[0].code);
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_free(&nav);
}

static void test_navlang_numbers_choose_and_enter_then_starts(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_key(&nav, '3', 0);
	assert_string_equal(nav.language, "es");
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_key(&nav, '1', 0);
	assert_string_equal(nav.language, "en");
	/* No fourth language: the digit starts, as any key does. */
	nav_key(&nav, '4', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_free(&nav);
}

static void test_navlang_arrows_or_tab_then_enter_choose_a_language(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.focus, 0);
	nav_key(&nav, KEYC_RIGHT, 0);
	nav_key(&nav, KEYC_RIGHT, 0);
	nav_key(&nav, KEYC_RIGHT, 0);	/* stops at the last */
	assert_int_equal(nav.focus, 2);
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.focus, 1);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_string_equal(nav.language, "ar");
	assert_int_equal(nav.screen, NAV_WELCOME);
	/* Tab goes round the list. */
	nav_key(&nav, KEYC_TAB, 0);
	nav_key(&nav, KEYC_TAB, 0);
	assert_int_equal(nav.focus, 0);
	nav_key(&nav, KEYC_BACK_TAB, 0);
	nav_key(&nav, KEYC_BACK_TAB, 0);
	assert_int_equal(nav.focus, 1);
	/* Enter on the language in force starts the visit. */
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(nav.focus, -1);
	assert_string_equal(nav.language, "ar");
	assert_menu_in(&nav, "ar");
	nav_free(&nav);
}

static void test_navlang_untranslated_topic_is_shown_in_the_default_with_a_notice(void **state)
{
	const struct content_glossary *english = content_find_glossary(lib, "en");
	bool saw_arabic = false, saw_english = false;
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_key(&nav, '2', 0);
	assert_string_equal(nav.language, "ar");
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.menu_count, 2);
	for (size_t i = 0; i < nav.menu_count; i++) {
		nav_key(&nav, KEYC_HOME, 0);
		nav_key(&nav, '1' + (int)i, 0);
		assert_int_equal(nav.screen, NAV_PAGE);
		if (strcmp(nav.topic->id, "iliopsoas-tendinopathy-bursitis") == 0) {
			/* Only in English: shown in English, with English
			 * glossary words, and the page says so. */
			assert_string_equal(nav.topic->language, "en");
			assert_true(navlang_untranslated(&nav, nav.topic));
			assert_ptr_equal(nav.glossary, english);
			saw_english = true;
		} else {
			assert_string_equal(nav.topic->language, "ar");
			assert_false(navlang_untranslated(&nav, nav.topic));
			assert_ptr_equal(nav.glossary, content_find_glossary(lib, "ar"));
			saw_arabic = true;
		}
	}
	assert_true(saw_arabic && saw_english);
	nav_free(&nav);
}

static void test_navlang_a_link_opens_the_linked_topic_in_the_patients_language(void **state)
{
	struct nav nav;
	int link = -1;
	(void)state;

	start(&nav, true);
	nav_key(&nav, '3', 0);
	nav_key(&nav, KEYC_ENTER, 0);
	for (size_t i = 0; i < nav.menu_count && !nav.topic; i++)
		if (strcmp(nav.menu[i]->id, "hip-steroid-injection") == 0)
			nav_key(&nav, '1' + (int)i, 0);
	assert_string_equal(nav.topic->language, "es");
	navcore_show_last_page(&nav);
	for (size_t i = 0; i < nav.layout.item_count; i++)
		if (nav.layout.items[i].kind == ITEM_LINK)
			link = (int)i;
	assert_true(link >= 0);
	while (nav.focus != link)
		nav_key(&nav, KEYC_TAB, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_string_equal(nav.topic->id, "iliopsoas-tendinopathy-bursitis");
	assert_string_equal(nav.topic->language, "es");
	nav_free(&nav);
}

static void test_navlang_the_idle_reset_goes_back_to_the_default_language(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_key(&nav, '3', 1000);
	open_topic(&nav, 1);
	assert_string_equal(nav.topic->language, "es");
	nav_tick(&nav, 61000);
	assert_int_equal(nav.overlay, OVERLAY_IDLE);
	nav_tick(&nav, 71000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_string_equal(nav.language, "en");
	assert_menu_in(&nav, "en");
	for (size_t i = 0; i < nav.menu_count; i++)
		assert_string_equal(nav.menu[i]->language, "en");
	nav_free(&nav);
}

static void test_navlang_a_language_chosen_and_left_on_the_welcome_screen_times_out(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_key(&nav, '2', 1000);
	nav_tick(&nav, 61000);
	assert_int_equal(nav.overlay, OVERLAY_IDLE);
	nav_tick(&nav, 71000);
	assert_string_equal(nav.language, "en");
	/* Back in the default, the welcome screen waits for ever again. */
	nav_tick(&nav, 999999);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	/* A language highlighted and left is cleared too. */
	nav_key(&nav, KEYC_TAB, 1000000);
	nav_tick(&nav, 1060000);
	nav_tick(&nav, 1070000);
	assert_int_equal(nav.focus, -1);
	nav_free(&nav);
}

static void test_navlang_body_map_topics_follow_the_language(void **state)
{
	const struct content_topic *topics[4];
	bool arabic = false;
	struct nav nav;
	size_t n;
	(void)state;

	start(&nav, true);
	nav_key(&nav, '2', 0);
	nav.bodymap_region = REGION_HIP_AND_GROIN;
	n = navbodymap_topics(&nav, topics, 4);
	assert_true(n > 0);
	for (size_t i = 0; i < n && i < 4; i++) {
		assert_ptr_equal(topics[i], navcore_find_topic(&nav, topics[i]->id));
		arabic |= strcmp(topics[i]->language, "ar") == 0;
	}
	assert_true(arabic);
	nav_free(&nav);
}

/* The list fits the width, its languages do not overlap, and the
 * welcome text and the body map's row stay below it. */
static void test_navlang_list_fits_beside_the_welcome_entries(void **state)
{
	static const int sizes[][2] = { { 12, 40 }, { 24, 80 }, { 60, 200 } };
	struct navlang_cell cells[NAVLANG_MAX];
	struct nav nav;
	(void)state;

	for (size_t s = 0; s < 3; s++) {
		size_t n;

		start_with(&nav, NULL, 0, sizes[s][0], sizes[s][1]);
		n = navlang_cells(&nav, cells);
		assert_int_equal(n, 3);
		for (size_t i = 0; i < n; i++) {
			assert_true(cells[i].col >= 1);
			assert_true(cells[i].col + cells[i].width <= nav.cols - 1);
			assert_true(cells[i].row >= navlang_top_row(&nav));
			assert_true(cells[i].row < navlang_end_row(&nav));
			if (i > 0 && cells[i].row == cells[i - 1].row)
				assert_true(cells[i].col >
					    cells[i - 1].col + cells[i - 1].width);
		}
		/* Room for the welcome text between the list and the body
		 * map's row. */
		assert_true(navlang_end_row(&nav) + 2 <= navbodymap_welcome_row(&nav));
		nav_free(&nav);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_navlang_lists_each_language_with_topics_in_its_own_name),
		cmocka_unit_test(test_navlang_follows_the_order_and_limit_of_the_settings),
		cmocka_unit_test(test_navlang_a_touch_chooses_a_language_and_the_menu_follows),
		cmocka_unit_test(test_navlang_a_touch_in_a_gap_goes_to_the_nearer_language),
		cmocka_unit_test(test_navlang_numbers_choose_and_enter_then_starts),
		cmocka_unit_test(test_navlang_arrows_or_tab_then_enter_choose_a_language),
		cmocka_unit_test(test_navlang_untranslated_topic_is_shown_in_the_default_with_a_notice),
		cmocka_unit_test(test_navlang_a_link_opens_the_linked_topic_in_the_patients_language),
		cmocka_unit_test(test_navlang_the_idle_reset_goes_back_to_the_default_language),
		cmocka_unit_test(test_navlang_a_language_chosen_and_left_on_the_welcome_screen_times_out),
		cmocka_unit_test(test_navlang_body_map_topics_follow_the_language),
		cmocka_unit_test(test_navlang_list_fits_beside_the_welcome_entries),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
