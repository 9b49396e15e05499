/* The navigation core, driven as a patient would drive it, without a
 * terminal: keys, the clock, resizes and new content. */
#include "navtest.h"

static void test_nav_walks_a_whole_topic_then_its_questions_and_quiz_to_the_menu(void **state)
{
	struct nav nav;
	size_t pages;
	(void)state;

	start(&nav, true);
	assert_int_equal(nav.screen, NAV_WELCOME);
	open_topic(&nav, 1);
	assert_int_equal(nav.section, 0);
	assert_int_equal(nav.page, 0);
	pages = total_pages(nav.topic);
	for (size_t i = 1; i < pages; i++) {
		assert_false(navcore_on_last_page(&nav));
		turn_page(&nav, 0);
		assert_int_equal(nav.screen, NAV_PAGE);
	}
	assert_true(navcore_on_last_page(&nav));
	assert_int_equal(nav.section, nav.topic->section_count - 1);
	turn_page(&nav, 0);
	assert_int_equal(nav.screen, NAV_QUESTIONS);
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.screen, NAV_QUIZ);
	/* The offer, then each question (Next passes one by), the score. */
	for (size_t i = 0; i <= nav.topic->quiz_count; i++)
		nav_key(&nav, KEYC_RIGHT, 0);
	assert_null(navquiz_item(&nav));
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_free(&nav);
}

/* Opens topic number's "My questions" from the steps screen. */
static void open_questions(struct nav *nav, int number)
{
	open_topic(nav, number);
	nav_key(nav, 's', 0);
	assert_int_equal(nav->screen, NAV_STEPS);
	for (size_t i = 0; i < nav->topic->section_count; i++)
		nav_key(nav, KEYC_DOWN, 0);
	nav_key(nav, KEYC_ENTER, 0);
	assert_int_equal(nav->screen, NAV_QUESTIONS);
}

static size_t ticked(const struct nav *nav)
{
	size_t n = 0;
	for (size_t i = 0; i < nav->question_count; i++)
		n += nav->question_ticked[i];
	return n;
}

static void test_nav_ticked_questions_are_forgotten_on_home_and_at_the_idle_reset(void **state)
{
	struct nav nav;
	struct nav_geometry g;
	(void)state;

	start(&nav, true);
	open_questions(&nav, 2);
	g = navcore_geometry(&nav);
	nav_click(&nav, g.body_top, g.text_left + 2, 0);
	nav_key(&nav, '3', 0);
	assert_int_equal(ticked(&nav), 2);
	nav_click(&nav, g.body_top, g.text_left + 2, 0);
	assert_int_equal(ticked(&nav), 1);
	/* Reading a page of the topic again keeps them. */
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	turn_page(&nav, 0);
	assert_int_equal(nav.screen, NAV_QUESTIONS);
	assert_int_equal(ticked(&nav), 1);
	nav_key(&nav, 'h', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_null(nav.question_ticked);
	nav_key(&nav, KEYC_BACKSPACE, 0);
	open_questions(&nav, 2);
	assert_int_equal(ticked(&nav), 0);
	nav_key(&nav, KEYC_ENTER, 1000);
	assert_int_equal(ticked(&nav), 1);
	nav_tick(&nav, 1000 + 60000);
	assert_int_equal(nav.overlay, OVERLAY_IDLE);
	nav_tick(&nav, 1000 + 60000 + 10000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_null(nav.question_ticked);
	nav_free(&nav);
}

static void test_nav_take_home_on_my_questions_carries_the_ticked_ones(void **state)
{
	struct nav nav;
	const struct content_list *q;
	char *text, want[512];
	(void)state;

	start(&nav, true);
	open_questions(&nav, 2);
	q = &nav.topic->questions;
	/* Nothing ticked: nothing to take home. */
	nav_key(&nav, 't', 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_key(&nav, '1', 0);
	nav_key(&nav, '3', 0);
	nav_key(&nav, 'T', 0);
	assert_int_equal(nav.overlay, OVERLAY_TAKE_HOME);
	text = navquestions_text(&nav);
	snprintf(want, sizeof want, "My questions to ask:\n%s\n%s", q->items[0], q->items[2]);
	assert_string_equal(text, want);
	free(text);
	/* Any key goes back to the list, the ticks kept. */
	nav_key(&nav, 'x', 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.screen, NAV_QUESTIONS);
	assert_int_equal(ticked(&nav), 2);
	nav_free(&nav);
}

static void test_nav_quiz_counts_right_first_answers_and_links_to_the_page(void **state)
{
	struct nav nav;
	const struct content_quiz_item *q;
	struct nav_quiz_rows r;
	(void)state;

	start(&nav, true);
	open_questions(&nav, 2);
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.screen, NAV_QUIZ);
	assert_null(navquiz_item(&nav));
	nav_key(&nav, KEYC_RIGHT, 0);
	q = navquiz_item(&nav);
	assert_non_null(q);
	/* A touch on the right answer's row. */
	r = navquiz_rows(&nav);
	nav_click(&nav, r.first_answer + (int)q->right, 10, 0);
	assert_int_equal(nav.quiz_answer, (int)q->right);
	assert_int_equal(nav.quiz_right, 1);
	/* A second pick of the same question changes nothing. */
	nav_key(&nav, '1' + (int)((q->right + 1) % q->answers.count), 0);
	assert_int_equal(nav.quiz_answer, (int)q->right);
	assert_int_equal(nav.quiz_answers, 1);
	nav_key(&nav, KEYC_RIGHT, 0);
	q = navquiz_item(&nav);
	nav_key(&nav, '1' + (int)((q->right + 1) % q->answers.count), 0);
	assert_int_equal(nav.quiz_right, 1);
	assert_int_equal(nav.quiz_answers, 2);
	/* The link goes back to the page that explains it. */
	nav_click(&nav, navquiz_rows(&nav).link, 10, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_int_equal(nav.section, q->section);
	assert_int_equal(nav.page, q->page);
	nav_free(&nav);
}

static void test_nav_back_steps_through_pages_then_to_the_menu_and_welcome(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	for (int i = 0; i < 3; i++)
		turn_page(&nav, 0);
	assert_int_equal(nav.section, 1);
	assert_int_equal(nav.page, 1);
	nav_key(&nav, KEYC_BACKSPACE, 0);
	assert_int_equal(nav.page, 0);
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.section, 0);
	assert_int_equal(nav.page, 1);
	nav_key(&nav, 'b', 0);
	nav_key(&nav, 'b', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_key(&nav, KEYC_BACKSPACE, 0);
	assert_int_equal(nav.screen, NAV_WELCOME);
	nav_free(&nav);
}

static void test_nav_home_goes_to_the_menu_and_digits_jump_to_a_step(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 2);
	nav_key(&nav, '4', 0);
	assert_int_equal(nav.section, 3);
	assert_int_equal(nav.page, 0);
	nav_key(&nav, '9', 0);	/* no step 9 in this topic: nothing happens */
	assert_int_equal(nav.section, 3);
	nav_key(&nav, KEYC_HOME, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_null(nav.topic);
	nav_free(&nav);
}

static void test_nav_menu_moves_the_highlight_and_opens_it(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_key(&nav, 'x', 0);
	nav_key(&nav, KEYC_DOWN, 0);
	assert_int_equal(nav.menu_selected, 1);
	nav_key(&nav, KEYC_DOWN, 0);
	assert_int_equal(nav.menu_selected, 1);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_ptr_equal(nav.topic, nav.menu[1]);
	nav_free(&nav);
}

/* Finds the first page of a topic that scrolls at 80x24. */
static void go_to_long_page(struct nav *nav)
{
	for (int i = 0; i < 40 && !navcore_more_below(nav); i++)
		nav_key(nav, KEYC_RIGHT, 0);
	assert_true(navcore_more_below(nav));
}

static void test_nav_scrolls_long_pages_and_enter_reads_on(void **state)
{
	struct nav nav;
	size_t section, page;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	go_to_long_page(&nav);
	section = nav.section;
	page = nav.page;
	nav_key(&nav, KEYC_DOWN, 0);
	assert_int_equal(nav.scroll, 1);
	nav_key(&nav, KEYC_UP, 0);
	nav_key(&nav, KEYC_UP, 0);
	assert_int_equal(nav.scroll, 0);
	/* Enter shows the rest of the page before it moves on. */
	while (navcore_more_below(&nav)) {
		nav_key(&nav, KEYC_ENTER, 0);
		assert_int_equal(nav.section, section);
		assert_int_equal(nav.page, page);
	}
	assert_true(nav.scroll > 0);
	nav_key(&nav, KEYC_PAGE_UP, 0);
	nav_key(&nav, KEYC_PAGE_DOWN, 0);
	nav_key(&nav, ' ', 0);
	assert_true(nav.section != section || nav.page != page);
	assert_int_equal(nav.scroll, 0);
	nav_free(&nav);
}

static void test_nav_tab_and_enter_open_a_glossary_word(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	assert_true(nav.layout.item_count > 0);
	nav_key(&nav, KEYC_TAB, 0);
	assert_int_equal(nav.focus, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
	assert_string_equal(nav.term->term, "iliopsoas");
	/* Any key closes the box and does nothing else. */
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.section, 0);
	assert_int_equal(nav.page, 0);
	nav_free(&nav);
}

static void test_nav_click_on_a_marked_word_explains_it(void **state)
{
	struct nav nav;
	struct nav_geometry g;
	const struct layout_item *item;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	g = navcore_geometry(&nav);
	item = &nav.layout.items[0];
	for (size_t i = 0; i < nav.layout.lines[item->line].span_count; i++) {
		const struct layout_span *s =
			&nav.layout.spans[nav.layout.lines[item->line].first_span + i];
		if (s->item == 0) {
			nav_click(&nav, g.body_top + (int)item->line, g.text_left + s->col + 1, 0);
			break;
		}
	}
	assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
	nav_click(&nav, 0, 0, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_free(&nav);
}

static void test_nav_buttons_work_by_touch(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	size_t n;
	(void)state;

	start(&nav, true);
	nav_click(&nav, 10, 10, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_click(&nav, navcore_geometry(&nav).body_top, 10, 0);	/* first topic */
	assert_int_equal(nav.screen, NAV_PAGE);
	n = navcore_buttons(&nav, b);
	assert_int_equal(b[n - 1].action, ACT_NEXT);
	assert_true(b[n - 1].col + b[n - 1].width <= 80);
	nav_click(&nav, b[n - 1].row, b[n - 1].col + 1, 0);
	assert_int_equal(nav.page, 1);
	nav_click(&nav, b[0].row, b[0].col + 1, 0);
	assert_int_equal(nav.page, 0);
	nav_click(&nav, b[2].row, b[2].col + 1, 0);
	assert_int_equal(nav.overlay, OVERLAY_HELP);
	nav_click(&nav, 5, 5, 0);
	nav_click(&nav, b[1].row, b[1].col + 1, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_free(&nav);
}

static void test_nav_help_opens_with_question_mark_and_closes_on_any_key(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	nav_key(&nav, '?', 0);
	assert_int_equal(nav.overlay, OVERLAY_HELP);
	nav_key(&nav, KEYC_ESCAPE, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.screen, NAV_PAGE);
	nav_free(&nav);
}

static void test_nav_asks_if_still_there_then_clears_the_trail(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 2);
	turn_page(&nav, 1000);
	nav_tick(&nav, 60999);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_tick(&nav, 61000);
	assert_int_equal(nav.overlay, OVERLAY_IDLE);
	assert_int_equal(navcore_idle_seconds_left(&nav), 10);
	/* An answer keeps the patient's place. */
	nav_key(&nav, 'x', 65000);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.page, 1);
	nav_tick(&nav, 125000);
	assert_int_equal(nav.overlay, OVERLAY_IDLE);
	nav_tick(&nav, 134999);
	assert_int_equal(navcore_idle_seconds_left(&nav), 1);
	nav_tick(&nav, 135000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_null(nav.topic);
	assert_int_equal(nav.menu_selected, 0);
	assert_int_equal(nav.return_count, 0);
	/* The welcome screen itself never times out. */
	nav_tick(&nav, 999999);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_free(&nav);
}

static void test_nav_locked_kiosk_ignores_every_quit_key(void **state)
{
	struct nav nav;
	const int quit_keys[] = { 'q', 'Q', 3, 4, 28, 26, KEYC_ESCAPE,
				  KEYC_F1 + 3, KEYC_F12, KEYC_OTHER };
	(void)state;

	start(&nav, true);
	keys(&nav, quit_keys, sizeof quit_keys / sizeof quit_keys[0]);
	assert_false(nav.quit);
	nav_free(&nav);
	start(&nav, true);
	open_topic(&nav, 1);
	keys(&nav, quit_keys, sizeof quit_keys / sizeof quit_keys[0]);
	assert_false(nav.quit);
	nav_free(&nav);
	start(&nav, false);
	nav_key(&nav, 'q', 0);
	assert_true(nav.quit);
	nav_free(&nav);
}

static void test_nav_staff_pin_locks_out_after_three_wrong_tries(void **state)
{
	struct nav nav;
	const int wrong[] = { '1', '1', '1', '1', KEYC_ENTER };
	const int right[] = { '2', '4', '6', '8', KEYC_ENTER };
	(void)state;

	start(&nav, true);
	nav_key(&nav, KEYC_F10, 0);
	assert_int_equal(nav.overlay, OVERLAY_PIN);
	for (int i = 0; i < 3; i++)
		keys(&nav, wrong, 5);
	assert_false(nav.quit);
	assert_int_equal(navpin_lockout_seconds(&nav), 60);
	/* Even the right PIN is refused while locked out. */
	keys(&nav, right, 5);
	assert_false(nav.quit);
	assert_int_equal(nav.pin_len, 0);
	nav_tick(&nav, 59000);
	nav_key(&nav, KEYC_ESCAPE, 59000);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_key(&nav, KEYC_F10, 61000);
	for (size_t i = 0; i < 5; i++)
		nav_key(&nav, right[i], 61000);
	assert_int_equal(nav.overlay, OVERLAY_STAFF);
	assert_false(nav.quit);
	nav_key(&nav, 'l', 61000);
	assert_true(nav.quit);
	nav_free(&nav);
}

static void test_nav_pin_backspace_and_wrong_message(void **state)
{
	struct nav nav;
	const int typed[] = { '2', '4', '6', '9', KEYC_BACKSPACE, '8', KEYC_ENTER };
	(void)state;

	start(&nav, true);
	nav_key(&nav, KEYC_F10, 0);
	nav_key(&nav, '5', 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_string_equal(nav.pin_message, "Wrong PIN. Try again.");
	keys(&nav, typed, 7);
	assert_int_equal(nav.overlay, OVERLAY_STAFF);
	nav_key(&nav, 's', 0);		/* stay */
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_false(nav.quit);
	nav_free(&nav);
}

static void test_nav_resize_below_minimum_and_back_keeps_the_place(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	go_to_long_page(&nav);
	size_t section = nav.section, page = nav.page;
	nav_key(&nav, KEYC_PAGE_DOWN, 0);
	nav_resize(&nav, 6, 20);
	assert_true(navcore_too_small(&nav));
	nav_key(&nav, KEYC_RIGHT, 0);	/* ignored while too small */
	nav_click(&nav, 1, 1, 0);
	nav_resize(&nav, 1, 1);
	nav_resize(&nav, 24, 80);
	assert_false(navcore_too_small(&nav));
	assert_int_equal(nav.section, section);
	assert_int_equal(nav.page, page);
	assert_true(nav.scroll > 0);
	nav_resize(&nav, 100, 300);
	assert_int_equal(nav.scroll, 0);	/* everything fits */
	assert_int_equal(navcore_geometry(&nav).text_width, NAV_MAX_TEXT_WIDTH);
	nav_free(&nav);
}

static void test_nav_follows_a_related_link_and_back_returns(void **state)
{
	struct nav nav;
	const struct content_topic *first;
	int link = -1;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	first = nav.topic;
	while (!navcore_on_last_page(&nav))
		nav_key(&nav, KEYC_RIGHT, 0);
	for (size_t i = 0; i < nav.layout.item_count; i++)
		if (nav.layout.items[i].kind == ITEM_LINK)
			link = (int)i;
	assert_true(link >= 0);
	while (nav.focus != link)
		nav_key(&nav, KEYC_TAB, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_ptr_not_equal(nav.topic, first);
	assert_int_equal(nav.section, 0);
	nav_key(&nav, KEYC_LEFT, 0);
	assert_ptr_equal(nav.topic, first);
	assert_true(navcore_on_last_page(&nav));
	nav_free(&nav);
}

static void test_nav_new_content_keeps_the_place_or_goes_to_the_menu(void **state)
{
	struct nav nav;
	struct content_library empty = { 0 };
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	turn_page(&nav, 0);
	nav_set_library(&nav, lib);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_int_equal(nav.page, 1);
	nav_set_library(&nav, &empty);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_int_equal(nav.menu_count, 0);
	nav_key(&nav, KEYC_ENTER, 0);	/* nothing to open: nothing breaks */
	nav_key(&nav, '1', 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_set_library(&nav, lib);
	assert_int_equal(nav.menu_count, 2);
	nav_free(&nav);
}

/* A topic file with one page in each of the given section kinds. */
static void write_topic(const char *dir, const char *const *kinds, size_t n)
{
	char text[2048];
	size_t used = (size_t)snprintf(text, sizeof text,
		"id: walk\ntitle: Walk\nsummary: A walk.\nlanguage: en\n"
		"last_reviewed: 2026-01-01\nnext_review_due: 2027-01-01\n"
		"reviewed_by: [Test]\nsources:\n  - citation: A source.\n"
		"sections:\n");

	for (size_t i = 0; i < n; i++)
		used += (size_t)snprintf(text + used, sizeof text - used,
			"  - kind: %s\n    pages:\n      - title: Page %zu\n"
			"        blocks:\n          - paragraph: Text.\n", kinds[i], i);
	test_write_file(dir, "walk.yaml", text);
}

static void test_nav_deleting_the_section_being_read_goes_to_the_topic_start(void **state)
{
	static const char *const three[] = { "overview", "symptoms", "causes" };
	static const char *const replaced[] = { "overview", "diagnosis", "causes" };
	char dir[] = "/tmp/kiosk-nav-XXXXXX", file[64];
	struct diag diag = DIAG_INIT;
	struct content_library *own;
	struct nav nav;
	struct nav_config cfg = { .idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
				  .language = "en", .bullet = "*" };
	(void)state;

	assert_non_null(mkdtemp(dir));
	write_topic(dir, three, 3);
	own = content_library_load(dir, &diag);
	nav_init(&nav, &cfg, own, 24, 80, 0);
	assert_true(nav_open_topic(&nav, "walk"));
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.section, 1);
	/* The step being read is replaced by another: not into that one. */
	write_topic(dir, replaced, 3);
	assert_true(content_library_reload_file(own, "walk.yaml", &diag));
	nav_set_library(&nav, own);
	content_library_release_retired(own);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_int_equal(nav.section, 0);
	assert_int_equal(nav.page, 0);
	/* The same steps saved again: the place is kept. */
	nav_key(&nav, KEYC_RIGHT, 0);
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.section, 2);
	write_topic(dir, replaced, 3);
	assert_true(content_library_reload_file(own, "walk.yaml", &diag));
	nav_set_library(&nav, own);
	content_library_release_retired(own);
	assert_int_equal(nav.section, 2);
	assert_int_equal(diag.errors, 0);
	nav_free(&nav);
	content_library_free(own);
	diag_clear(&diag);
	snprintf(file, sizeof file, "%s/walk.yaml", dir);
	remove(file);
	rmdir(dir);
}

static void test_nav_survives_a_storm_of_random_events(void **state)
{
	struct nav nav;
	uint32_t x = 12345;
	long now = 0;
	(void)state;

	start(&nav, false);
	for (int i = 0; i < 200000; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		now += (long)(x % 5000);
		switch (x % 7) {
		case 0:
			nav_click(&nav, (int)(x >> 8) % 30, (int)(x >> 16) % 90, now);
			break;
		case 1:
			nav_tick(&nav, now);
			break;
		case 2:
			if (i % 50 == 0)
				nav_resize(&nav, 1 + (int)(x >> 8) % 100, 1 + (int)(x >> 16) % 300);
			break;
		default: {
			static const int k[] = { KEYC_UP, KEYC_DOWN, KEYC_LEFT, KEYC_RIGHT,
				KEYC_ENTER, KEYC_TAB, KEYC_BACK_TAB, KEYC_PAGE_DOWN,
				KEYC_PAGE_UP, KEYC_HOME, '?', '1', '2', '5', KEYC_ESCAPE,
				KEYC_BACKSPACE, KEYC_F10, ' ' };
			nav_key(&nav, k[(x >> 8) % (sizeof k / sizeof k[0])], now);
		}
		}
		nav.quit = false;
		if (nav.screen == NAV_PAGE) {
			assert_non_null(nav.topic);
			assert_true(nav.scroll >= 0);
			assert_true(nav.section < nav.topic->section_count);
		}
	}
	nav_free(&nav);
}


static void test_nav_next_shows_a_long_page_to_its_end_before_leaving_it(void **state)
{
	struct nav nav;
	int screens = 0, last_scroll = -1;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	nav_key(&nav, '7', 0);	/* Treatment choices: longer than a screen */
	assert_true(navcore_more_below(&nav));
	while (nav.section == 6) {
		int rows = navcore_geometry(&nav).body_rows;

		/* Each screenful starts within the one before: no line skipped. */
		assert_true(nav.scroll <= last_scroll + rows || last_scroll < 0);
		last_scroll = nav.scroll;
		if (navcore_more_below(&nav))
			assert_false(nav.end_seen);
		nav_key(&nav, ++screens % 2 ? KEYC_RIGHT : KEYC_ENTER, 0);
		assert_true(screens < 20);
	}
	assert_true(screens > 1);
	assert_int_equal(nav.section, 7);
	nav_free(&nav);
}

static void test_nav_finish_shows_only_once_the_last_page_has_been_read(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	size_t n;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	nav_key(&nav, '9', 0);
	assert_true(navcore_on_last_page(&nav));
	assert_true(navcore_more_below(&nav));
	n = navcore_buttons(&nav, b);
	assert_string_equal(b[n - 1].label, "Next >");
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	while (navcore_more_below(&nav))
		nav_key(&nav, KEYC_RIGHT, 0);
	/* The topic goes on to its questions and quiz: Finish comes at the
	 * quiz's score. */
	n = navcore_buttons(&nav, b);
	assert_string_equal(b[n - 1].label, "Next >");
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.screen, NAV_QUESTIONS);
	nav_key(&nav, KEYC_RIGHT, 0);
	while (navquiz_item(&nav) || !nav.quiz_started) {
		navcore_buttons(&nav, b);
		assert_string_equal(b[3].label, "Next >");
		nav_key(&nav, KEYC_RIGHT, 0);
	}
	navcore_buttons(&nav, b);
	assert_string_equal(b[3].label, "Finish");
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	nav_free(&nav);
}

static void test_nav_next_leaves_a_page_whose_end_was_reached_by_scrolling(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	nav_key(&nav, '7', 0);
	while (navcore_more_below(&nav))
		nav_key(&nav, KEYC_DOWN, 0);
	nav_key(&nav, KEYC_UP, 0);
	assert_true(nav.end_seen);
	nav_key(&nav, 'n', 0);
	assert_int_equal(nav.section, 7);
	assert_false(navcore_more_above(&nav));
	nav_free(&nav);
}

/* Every button's cells on every row, as a touch there would find them. */

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nav_walks_a_whole_topic_then_its_questions_and_quiz_to_the_menu),
		cmocka_unit_test(test_nav_ticked_questions_are_forgotten_on_home_and_at_the_idle_reset),
		cmocka_unit_test(test_nav_take_home_on_my_questions_carries_the_ticked_ones),
		cmocka_unit_test(test_nav_quiz_counts_right_first_answers_and_links_to_the_page),
		cmocka_unit_test(test_nav_back_steps_through_pages_then_to_the_menu_and_welcome),
		cmocka_unit_test(test_nav_home_goes_to_the_menu_and_digits_jump_to_a_step),
		cmocka_unit_test(test_nav_menu_moves_the_highlight_and_opens_it),
		cmocka_unit_test(test_nav_scrolls_long_pages_and_enter_reads_on),
		cmocka_unit_test(test_nav_tab_and_enter_open_a_glossary_word),
		cmocka_unit_test(test_nav_click_on_a_marked_word_explains_it),
		cmocka_unit_test(test_nav_buttons_work_by_touch),
		cmocka_unit_test(test_nav_help_opens_with_question_mark_and_closes_on_any_key),
		cmocka_unit_test(test_nav_asks_if_still_there_then_clears_the_trail),
		cmocka_unit_test(test_nav_locked_kiosk_ignores_every_quit_key),
		cmocka_unit_test(test_nav_staff_pin_locks_out_after_three_wrong_tries),
		cmocka_unit_test(test_nav_pin_backspace_and_wrong_message),
		cmocka_unit_test(test_nav_resize_below_minimum_and_back_keeps_the_place),
		cmocka_unit_test(test_nav_follows_a_related_link_and_back_returns),
		cmocka_unit_test(test_nav_new_content_keeps_the_place_or_goes_to_the_menu),
		cmocka_unit_test(test_nav_deleting_the_section_being_read_goes_to_the_topic_start),
		cmocka_unit_test(test_nav_survives_a_storm_of_random_events),
		cmocka_unit_test(test_nav_next_shows_a_long_page_to_its_end_before_leaving_it),
		cmocka_unit_test(test_nav_next_leaves_a_page_whose_end_was_reached_by_scrolling),
		cmocka_unit_test(test_nav_finish_shows_only_once_the_last_page_has_been_read),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
