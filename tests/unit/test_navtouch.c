/* The navigation core by touch and on small screens: buttons, extras,
 * marked words, the steps screen, boxes that scroll, figures. */
#include "navtest.h"

#include "i18n.h"
#include "navlang.h"

#include <dirent.h>

static void test_nav_buttons_at_40x12_never_overlap_and_answer_every_row(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	nav_resize(&nav, 12, 40);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_buttons_apart_and_touchable(&nav);
	/* One topic fits: touching "more topics" shows the next. */
	nav_click(&nav, navcore_geometry(&nav).indicator_row, 20, 0);
	assert_int_equal(nav.menu_top, 1);
	nav_key(&nav, '1', 0);
	assert_buttons_apart_and_touchable(&nav);
	nav_key(&nav, 's', 0);
	assert_int_equal(nav.screen, NAV_STEPS);
	assert_buttons_apart_and_touchable(&nav);
	nav_free(&nav);
}

/* Each language's buttons at 40x12 (the translations from po/, compiled
 * by make into build/locale): on the menu, a page, the steps, the
 * questions and the quiz's result, where Next reads Finish. */
static void assert_buttons_fit_in(const char *language)
{
	struct nav nav;

	assert_true(i18n_init("build/locale"));
	assert_true(i18n_set_language(language));
	/* The catalogue is there: the test is not reading the English. */
	assert_string_not_equal(key_action_label(ACT_BACK), "< Back");
	start(&nav, true);
	nav_resize(&nav, 12, 40);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_buttons_apart_and_touchable(&nav);
	nav_key(&nav, '1', 0);
	assert_buttons_apart_and_touchable(&nav);
	nav_key(&nav, 's', 0);
	assert_buttons_apart_and_touchable(&nav);
	navcore_show_questions(&nav);
	assert_buttons_apart_and_touchable(&nav);
	navcore_show_quiz(&nav);
	nav.quiz_started = true;
	nav.quiz_item = nav.topic->quiz_count;
	assert_buttons_apart_and_touchable(&nav);
	nav_free(&nav);
}

/* Back to the English, even after a failed check, for the tests after. */
static int speak_english(void **state)
{
	(void)state;
	return i18n_set_language("en") ? 0 : -1;
}

static void test_nav_buttons_fit_40_columns_in_every_language(void **state)
{
	DIR *d = opendir("po");
	struct dirent *de;
	int languages = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char code[16];

		if (n < 4 || n - 3 >= sizeof code || strcmp(de->d_name + n - 3, ".po") != 0)
			continue;
		snprintf(code, sizeof code, "%.*s", (int)(n - 3), de->d_name);
		assert_buttons_fit_in(code);
		languages++;
	}
	closedir(d);
	assert_true(languages >= 2);
}

static bool has_button(struct nav *nav, enum nav_action action)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	size_t n = navcore_buttons(nav, b);

	for (size_t i = 0; i < n; i++)
		if (b[i].action == action)
			return true;
	return false;
}

static void test_nav_listen_and_print_are_requests_for_the_kiosk(void **state)
{
	struct nav nav;
	(void)state;

	start_with_extras(&nav, 24, 80, false);
	open_topic(&nav, 1);
	nav_key(&nav, 'L', 0);
	assert_int_equal(nav.request, ACT_LISTEN);
	nav.request = ACT_NONE;
	nav_key(&nav, 'p', 0);
	assert_int_equal(nav.request, ACT_PRINT);
	nav.request = ACT_NONE;
	nav_key(&nav, KEYC_ESCAPE, 0);
	assert_int_equal(nav.request, ACT_CLOSE);
	assert_int_equal(nav.screen, NAV_PAGE);
	/* A glossary word's box stays open while it is listened to. */
	nav.request = ACT_NONE;
	nav_key(&nav, KEYC_TAB, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
	nav_key(&nav, 'l', 0);
	assert_int_equal(nav.request, ACT_LISTEN);
	assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
	nav_free(&nav);

	/* Not set up for them: the keys do nothing. */
	start(&nav, true);
	open_topic(&nav, 1);
	nav_key(&nav, 'L', 0);
	nav_key(&nav, 'P', 0);
	assert_int_equal(nav.request, ACT_NONE);
	assert_false(has_button(&nav, ACT_LISTEN));
	assert_false(has_button(&nav, ACT_PRINT));
	nav_free(&nav);
}

static void test_nav_take_home_shows_the_leaflet_address_until_any_key(void **state)
{
	struct nav nav;
	(void)state;

	start_with_extras(&nav, 24, 80, false);
	open_topic(&nav, 1);
	assert_non_null(nav.handout);
	assert_non_null(strstr(nav.handout, "https://clinic.example.org/leaflets/en/"));
	nav_key(&nav, 't', 0);
	assert_int_equal(nav.overlay, OVERLAY_TAKE_HOME);
	nav_key(&nav, 'x', 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.screen, NAV_PAGE);
	nav_key(&nav, KEYC_HOME, 0);
	assert_null(nav.handout);
	nav_key(&nav, 't', 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_free(&nav);
}

static void test_nav_extra_buttons_show_where_they_fit_and_keys_work_everywhere(void **state)
{
	struct nav nav;
	(void)state;

	start_with_extras(&nav, 24, 80, false);
	open_topic(&nav, 1);
	assert_true(has_button(&nav, ACT_LISTEN));
	assert_true(has_button(&nav, ACT_TAKE_HOME));
	assert_true(has_button(&nav, ACT_PRINT));
	assert_buttons_apart_and_touchable(&nav);
	nav_resize(&nav, 12, 40);
	assert_false(has_button(&nav, ACT_LISTEN));
	assert_true(has_button(&nav, ACT_MORE));
	assert_buttons_apart_and_touchable(&nav);
	nav_key(&nav, 'L', 0);
	assert_int_equal(nav.request, ACT_LISTEN);
	nav_key(&nav, '?', 0);
	assert_non_null(strstr(nav.box_text, "Listen: read this page aloud"));
	assert_non_null(strstr(nav.box_text, "Print: a handout from reception"));
	nav_free(&nav);
}

static void test_nav_buttons_are_three_rows_tall_where_there_is_room(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS];
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	assert_string_equal(b[navcore_buttons(&nav, b) - 1].label, "Next >");
	assert_int_equal(b[0].rows, 3);
	assert_buttons_apart_and_touchable(&nav);
	nav_resize(&nav, 60, 200);
	assert_buttons_apart_and_touchable(&nav);
	nav_resize(&nav, 12, 40);
	navcore_buttons(&nav, b);
	assert_int_equal(b[0].rows, 2);
	nav_free(&nav);
}

static void test_nav_a_touch_in_a_gap_goes_to_the_nearest_button(void **state)
{
	struct nav nav;
	struct nav_button b[NAV_MAX_BUTTONS], hit[NAV_MAX_BUTTONS];
	size_t last;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	last = navcore_buttons(&nav, b) - 1;
	/* Just right of Back, and just left of Next. */
	assert_int_equal(navcore_button_at(&nav, b[0].row, b[0].col + b[0].width, hit)->action,
			 ACT_BACK);
	assert_int_equal(navcore_button_at(&nav, b[0].row + 1, b[last].col - 1, hit)->action,
			 ACT_NEXT);
	assert_null(navcore_button_at(&nav, b[0].row - 2, b[last].col, hit));
	nav_click(&nav, b[0].row + 2, b[last].col - 1, 0);
	assert_int_equal(nav.page, 1);
	nav_free(&nav);
}

/* Opens the page with the glossary word "A&E" and returns where it is. */
static const struct layout_span *find_word(struct nav *nav, const char *word, size_t *line)
{
	size_t len = strlen(word);

	for (size_t l = 0; l < nav->layout.line_count; l++)
		for (size_t i = 0; i < nav->layout.lines[l].span_count; i++) {
			const struct layout_span *s =
				&nav->layout.spans[nav->layout.lines[l].first_span + i];
			if (s->item >= 0 && s->len == len && memcmp(s->text, word, len) == 0) {
				*line = l;
				return s;
			}
		}
	return NULL;
}

static void test_nav_a_touch_beside_a_short_marked_word_opens_it(void **state)
{
	static const int at[][2] = { { 0, -1 }, { 0, 3 }, { -1, 1 }, { 1, 1 } };
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	nav_key(&nav, '9', 0);
	for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
		struct nav_geometry g = navcore_geometry(&nav);
		size_t line;
		const struct layout_span *s = find_word(&nav, "A&E", &line);

		assert_non_null(s);
		assert_int_equal(nav.scroll, 0);
		nav_click(&nav, g.body_top + (int)line + at[i][0],
			  g.text_left + s->col + at[i][1], 0);
		assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
		assert_string_equal(nav.term->term, "A&E");
		nav_key(&nav, KEYC_ESCAPE, 0);
	}
	nav_free(&nav);
}

/* Whether the open box's text holds needle within one span. */
static bool box_shows(const struct nav *nav, const char *needle)
{
	size_t len = strlen(needle);

	for (size_t i = 0; i < nav->box.span_count; i++) {
		const struct layout_span *s = &nav->box.spans[i];

		for (size_t k = 0; k + len <= s->len; k++)
			if (memcmp(s->text + k, needle, len) == 0)
				return true;
	}
	return false;
}

static void test_nav_touching_a_row_heading_reads_that_row_across_the_choices(void **state)
{
	struct nav nav;
	size_t line;
	const struct layout_span *heading;
	int item;
	(void)state;

	start(&nav, true);
	nav_resize(&nav, 12, 40);
	open_topic(&nav, 1);
	nav_key(&nav, '7', 0);
	heading = find_word(&nav, "Good points:", &line);
	assert_non_null(heading);
	item = heading->item;
	assert_int_equal(nav.layout.items[item].kind, ITEM_ROW);
	navcore_scroll_by(&nav, (int)line - nav.scroll);
	nav_click(&nav, navcore_geometry(&nav).body_top + (int)line - nav.scroll,
		  navcore_geometry(&nav).text_left + heading->col + 2, 0);
	assert_int_equal(nav.overlay, OVERLAY_ROW);
	assert_int_equal(nav.row, 1);
	assert_true(box_shows(&nav, "Choice 1:"));
	assert_true(box_shows(&nav, "Gives the tendon"));
	assert_true(box_shows(&nav, "Helps stop the pain"));
	assert_true(box_shows(&nav, "Choice 5:"));
	assert_false(box_shows(&nav, "It can take weeks"));
	/* It scrolls like any box, and a key closes it where it was. */
	assert_true(navbox_more_below(&nav));
	nav_key(&nav, KEYC_PAGE_DOWN, 0);
	assert_true(nav.box_scroll > 0);
	nav_key(&nav, KEYC_ESCAPE, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_int_equal(nav.section, 6);
	/* By keys: Tab to a question's heading and Enter. */
	heading = find_word(&nav, "How soon does it help?", &line);
	assert_non_null(heading);
	while (nav.focus != heading->item)
		nav_key(&nav, KEYC_TAB, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.overlay, OVERLAY_ROW);
	assert_true(box_shows(&nav, "Over a few weeks."));
	assert_true(box_shows(&nav, "Often within an hour."));
	/* New content closes it: the row pointed into the old. */
	nav_set_library(&nav, lib);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_null(nav.row_block);
	nav_free(&nav);
}

static void test_nav_steps_screen_marks_where_the_patient_is_and_jumps(void **state)
{
	struct nav nav;
	(void)state;

	start(&nav, true);
	open_topic(&nav, 1);
	turn_page(&nav, 0);
	turn_page(&nav, 0);
	assert_int_equal(nav.section, 1);
	assert_true(nav.section_read[0]);
	assert_false(nav.section_read[1]);
	nav_click(&nav, NAV_STEP_ROW, 10, 0);
	assert_int_equal(nav.screen, NAV_STEPS);
	assert_int_equal(nav.steps_selected, 1);
	/* Back returns to the page, where it was. */
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_int_equal(nav.section, 1);
	nav_key(&nav, 'S', 0);
	nav_key(&nav, KEYC_DOWN, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_int_equal(nav.section, 2);
	nav_key(&nav, 's', 0);
	nav_click(&nav, navcore_geometry(&nav).body_top + 8, 5, 0);
	assert_int_equal(nav.section, 8);
	assert_int_equal(nav.page, 0);
	/* The ticks stay for this patient, and go for the next. */
	nav_key(&nav, KEYC_HOME, 0);
	nav_key(&nav, '1', 0);
	assert_true(nav.section_read[0]);
	nav_tick(&nav, 60000);
	nav_tick(&nav, 70000);
	assert_int_equal(nav.screen, NAV_WELCOME);
	assert_int_equal(nav.section_read_count, 0);
	nav_free(&nav);
}

static void test_nav_help_box_leads_with_touch_wraps_and_scrolls(void **state)
{
	struct nav nav;
	struct nav_box b;
	(void)state;

	start(&nav, true);
	nav_resize(&nav, 12, 40);
	open_topic(&nav, 1);
	nav_key(&nav, '?', 0);
	assert_int_equal(nav.overlay, OVERLAY_HELP);
	b = navbox_geometry(&nav);
	assert_true(b.top >= 0 && b.top + b.rows <= 12);
	assert_true(b.close_row < b.top + b.rows - 1);
	assert_true(nav.box.width <= b.text_width);
	assert_memory_equal(nav.box.spans[0].text, "Touch", 5);
	assert_true(navbox_more_below(&nav));
	nav_key(&nav, KEYC_PAGE_DOWN, 0);
	assert_true(nav.box_scroll > 0);
	nav_click(&nav, b.more_row, b.text_left, 0);
	while (navbox_more_below(&nav))
		nav_key(&nav, KEYC_DOWN, 0);
	/* At the end a scroll key closes the box, as any other key does. */
	nav_key(&nav, KEYC_DOWN, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	assert_null(nav.box_text);
	nav_free(&nav);
}

static void test_nav_a_long_glossary_text_scrolls_in_its_box(void **state)
{
	char plain[2000] = "";
	struct content_term term = { .term = "long", .plain = plain };
	struct nav nav;
	struct nav_box b;
	(void)state;

	for (int i = 0; i < 60; i++)
		strcat(plain, "Some more words here. ");
	start(&nav, true);
	nav_resize(&nav, 12, 40);
	open_topic(&nav, 1);
	navbox_open_term(&nav, &term);
	b = navbox_geometry(&nav);
	assert_true(b.text_rows >= 3);
	assert_true((int)nav.box.line_count > b.text_rows);
	assert_true(navbox_more_below(&nav));
	nav_click(&nav, b.more_row, b.text_left, 0);
	assert_int_equal(nav.box_scroll, b.text_rows - 1);
	nav_click(&nav, b.close_row, b.text_left, 0);
	assert_int_equal(nav.overlay, OVERLAY_NONE);
	nav_free(&nav);
}

/* The anatomy page of topic 1 on a terminal that draws pictures, scrolled
 * so its figure's first line is at the top of the text. */
static const struct layout_figure *open_anatomy_figure(struct nav *nav, int rows,
							int cols)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.language = "en", .bullet = "*", .pictures = true,
	};

	nav_init(nav, &cfg, lib, rows, cols, 0);
	open_topic(nav, 1);
	nav_key(nav, '2', 0);
	assert_int_equal(nav->layout.figure_count, 1);
	navcore_scroll_by(nav, (int)nav->layout.figures[0].line - nav->scroll);
	return &nav->layout.figures[0];
}

static void test_nav_topic_figures_are_the_sizes_their_pages_draw(void **state)
{
	static const int sizes[][2] = { { 24, 80 }, { 12, 40 }, { 40, 120 }, { 60, 200 } };
	(void)state;

	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		struct navcore_figure ahead[4];
		struct nav nav;
		const struct layout_figure *fig = open_anatomy_figure(&nav, sizes[s][0],
								      sizes[s][1]);

		assert_int_equal(navcore_topic_figures(&nav, ahead, 4), 1);
		assert_ptr_equal(ahead[0].figure, fig->figure);
		assert_int_equal(ahead[0].cols, fig->cols);
		assert_int_equal(ahead[0].rows, fig->rows);
		/* Without pictures, and without a topic, nothing to make. */
		nav.cfg.pictures = false;
		assert_int_equal(navcore_topic_figures(&nav, ahead, 4), 0);
		nav.cfg.pictures = true;
		navcore_set_topic(&nav, NULL);
		assert_int_equal(navcore_topic_figures(&nav, ahead, 4), 0);
		nav_free(&nav);
	}
}

/* The page of topic t with a figure, or NULL. */
static const struct content_page *page_with_figure(const struct content_topic *t)
{
	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			for (size_t b = 0; b < t->sections[s].pages[p].block_count; b++)
				if (t->sections[s].pages[p].blocks[b].kind == BLOCK_FIGURE)
					return &t->sections[s].pages[p];
	return NULL;
}

static void test_nav_opening_figures_are_those_of_a_topics_first_page(void **state)
{
	static const int sizes[][2] = { { 24, 80 }, { 60, 200 } };
	(void)state;

	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		struct navcore_figure opening[4], ahead[4];
		struct nav nav;
		const struct layout_figure *fig = open_anatomy_figure(&nav, sizes[s][0],
								      sizes[s][1]);
		const struct content_topic *t = nav.topic;
		struct content_section first = {
			.pages = (struct content_page *)page_with_figure(t), .page_count = 1,
		};
		struct content_topic opens_on_it = *t;

		/* The topic opens on a page of words: nothing to make. */
		assert_int_equal(navcore_opening_figures(&nav, t, opening, 4), 0);
		/* A topic that opens on the anatomy page: its picture, at the
		 * size that page draws it. */
		assert_non_null(first.pages);
		opens_on_it.sections = &first;
		opens_on_it.section_count = 1;
		assert_int_equal(navcore_opening_figures(&nav, &opens_on_it, opening, 4), 1);
		assert_int_equal(navcore_topic_figures(&nav, ahead, 4), 1);
		assert_ptr_equal(opening[0].figure, fig->figure);
		assert_int_equal(opening[0].cols, ahead[0].cols);
		assert_int_equal(opening[0].rows, ahead[0].rows);
		assert_int_equal(navcore_opening_figures(&nav, NULL, opening, 4), 0);
		nav_free(&nav);
	}
}

static void test_nav_touching_a_marker_or_its_legend_line_explains_its_term(void **state)
{
	static const int sizes[][2] = { { 24, 80 }, { 12, 40 }, { 40, 120 }, { 60, 200 } };
	(void)state;

	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		struct nav nav;
		const struct layout_figure *fig = open_anatomy_figure(&nav, sizes[s][0],
								      sizes[s][1]);
		struct nav_geometry g = navcore_geometry(&nav);
		struct figure_marker m[CONTENT_FIGURE_MAX_LABELS];
		size_t n = figure_place_markers(fig->figure, fig->cols, fig->rows, m);
		size_t touched = 0;

		for (size_t i = 0; i < n; i++) {
			const struct content_figure_label *label = &fig->figure->labels[m[i].label];
			int row = g.body_top + (int)fig->line + m[i].row - nav.scroll;

			if (!label->term || row >= g.body_top + g.body_rows)
				continue;
			nav_click(&nav, row, g.text_left + m[i].col, 0);
			assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
			assert_string_equal(nav.term->term, label->term);
			assert_int_equal(nav.focus, (int)(fig->first_item + m[i].label));
			nav_key(&nav, KEYC_ESCAPE, 0);
			assert_int_equal(nav.overlay, OVERLAY_NONE);
			row = g.body_top + (int)(fig->legend_line + m[i].label) - nav.scroll;
			if (row < g.body_top + g.body_rows) {
				nav_click(&nav, row, g.text_left + fig->legend_col + 4, 0);
				assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
				assert_string_equal(nav.term->term, label->term);
				nav_key(&nav, KEYC_ESCAPE, 0);
			}
			touched++;
		}
		assert_true(touched > 0);
		nav_free(&nav);
	}
}

static void test_nav_tab_reaches_figure_labels_and_enter_explains_them(void **state)
{
	struct nav nav;
	const struct layout_figure *fig = open_anatomy_figure(&nav, 24, 80);
	size_t first = fig->first_item, labels = fig->figure->label_count;
	size_t opened = 0;
	(void)state;

	for (size_t i = 0; i < first + labels; i++) {
		nav_key(&nav, KEYC_TAB, 0);
		if ((size_t)nav.focus < first)
			continue;
		nav_key(&nav, KEYC_ENTER, 0);
		if (fig->figure->labels[nav.focus - (int)first].term) {
			assert_int_equal(nav.overlay, OVERLAY_GLOSSARY);
			nav_key(&nav, KEYC_ESCAPE, 0);
			opened++;
		} else {
			assert_int_equal(nav.overlay, OVERLAY_NONE);
		}
	}
	assert_int_equal(nav.focus, (int)(first + labels - 1));
	assert_true(opened > 0);
	nav_free(&nav);
}

static void test_nav_a_resize_lays_the_figure_out_at_the_new_size(void **state)
{
	struct nav nav;
	int small_rows;
	(void)state;

	open_anatomy_figure(&nav, 24, 80);
	small_rows = nav.layout.figures[0].rows;
	nav_resize(&nav, 60, 200);
	assert_int_equal(nav.layout.figure_count, 1);
	assert_true(nav.layout.figures[0].rows > small_rows);
	assert_true(nav.layout.figures[0].rows < navcore_geometry(&nav).body_rows);
	nav_free(&nav);
}

static const struct nav_button *button_for(const struct nav_button *b, size_t n,
					   enum nav_action action)
{
	for (size_t i = 0; i < n; i++)
		if (b[i].action == action)
			return &b[i];
	fail_msg("no button for action %d", (int)action);
	return NULL;
}

static void test_nav_arabic_chosen_on_the_welcome_screen_mirrors_the_buttons(void **state)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	struct nav nav;
	size_t n;
	(void)state;

	start(&nav, true);
	assert_false(navcore_rtl(&nav));
	assert_true(navlang_choose(&nav, "ar"));
	assert_true(navcore_rtl(&nav));
	open_topic(&nav, 1);
	n = navcore_buttons(&nav, b);
	assert_int_equal(button_for(b, n, ACT_NEXT)->col, 1);
	/* The idle reset brings back the default language, read from the left. */
	assert_true(navlang_choose(&nav, "en"));
	assert_false(navcore_rtl(&nav));
	nav_free(&nav);
}

static void test_nav_in_arabic_mirrors_the_buttons_and_reads_from_the_right(void **state)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = true, .language = "ar", .bullet = "*",
	};
	struct nav_button b[NAV_MAX_BUTTONS], hit[NAV_MAX_BUTTONS];
	const struct nav_button *next, *back;
	struct nav nav;
	size_t n;
	int end;
	(void)state;

	nav_init(&nav, &cfg, lib, 24, 80, 0);
	assert_true(navcore_rtl(&nav));
	open_topic(&nav, 1);
	n = navcore_buttons(&nav, b);
	next = button_for(b, n, ACT_NEXT);
	back = button_for(b, n, ACT_BACK);
	/* Next at the left edge, Back at the right, the rest between. */
	assert_int_equal(next->col, 1);
	assert_int_equal(back->col + back->width, 79);
	for (size_t i = 1; i < n; i++)
		assert_true(b[i].col + b[i].width < b[i - 1].col);
	/* A touch on the left goes forward, on the right back. */
	assert_int_equal(navcore_button_at(&nav, next->row, 2, hit)->action, ACT_NEXT);
	assert_int_equal(navcore_button_at(&nav, back->row, 77, hit)->action, ACT_BACK);
	nav_click(&nav, next->row, 2, 0);
	assert_int_equal(nav.page, 1);
	nav_click(&nav, back->row, 77, 0);
	assert_int_equal(nav.page, 0);
	/* The arrow keys follow: Left moves on, Right goes back. */
	nav_key(&nav, KEYC_LEFT, 0);
	assert_int_equal(nav.page, 1);
	nav_key(&nav, KEYC_RIGHT, 0);
	assert_int_equal(nav.page, 0);
	/* The page's lines end at the text's right edge. */
	end = navcore_geometry(&nav).text_width;
	for (size_t i = 0; i < nav.layout.line_count; i++) {
		const struct layout_line *ln = &nav.layout.lines[i];
		const struct layout_span *last;

		if (!ln->span_count)
			continue;
		last = &nav.layout.spans[ln->first_span + ln->span_count - 1];
		assert_true(last->col + last->cols == end ||
			    last->col + last->cols == end - 2);
	}
	nav_free(&nav);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nav_buttons_at_40x12_never_overlap_and_answer_every_row),
		cmocka_unit_test_teardown(test_nav_buttons_fit_40_columns_in_every_language,
					  speak_english),
		cmocka_unit_test(test_nav_buttons_are_three_rows_tall_where_there_is_room),
		cmocka_unit_test(test_nav_a_touch_in_a_gap_goes_to_the_nearest_button),
		cmocka_unit_test(test_nav_a_touch_beside_a_short_marked_word_opens_it),
		cmocka_unit_test(test_nav_touching_a_row_heading_reads_that_row_across_the_choices),
		cmocka_unit_test(test_nav_steps_screen_marks_where_the_patient_is_and_jumps),
		cmocka_unit_test(test_nav_help_box_leads_with_touch_wraps_and_scrolls),
		cmocka_unit_test(test_nav_a_long_glossary_text_scrolls_in_its_box),
		cmocka_unit_test(test_nav_listen_and_print_are_requests_for_the_kiosk),
		cmocka_unit_test(test_nav_take_home_shows_the_leaflet_address_until_any_key),
		cmocka_unit_test(test_nav_extra_buttons_show_where_they_fit_and_keys_work_everywhere),
		cmocka_unit_test(test_nav_topic_figures_are_the_sizes_their_pages_draw),
		cmocka_unit_test(test_nav_opening_figures_are_those_of_a_topics_first_page),
		cmocka_unit_test(test_nav_touching_a_marker_or_its_legend_line_explains_its_term),
		cmocka_unit_test(test_nav_tab_reaches_figure_labels_and_enter_explains_them),
		cmocka_unit_test(test_nav_a_resize_lays_the_figure_out_at_the_new_size),
		cmocka_unit_test(test_nav_in_arabic_mirrors_the_buttons_and_reads_from_the_right),
		cmocka_unit_test(test_nav_arabic_chosen_on_the_welcome_screen_mirrors_the_buttons),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
