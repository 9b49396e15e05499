/* Wrapping text by display columns: widths, wide and combining characters,
 * marked words, callout markers and links. */
#include "testutil.h"

#include "figure.h"
#include "layout.h"
#include "print.h"

#include <locale.h>

static const struct layout_options plain = { .bullet = "*" };

static int setup(void **state)
{
	(void)state;
	return setlocale(LC_ALL, "C.UTF-8") ? 0 : -1;
}

static int line_end(const struct layout *l, size_t line)
{
	const struct layout_line *ln = &l->lines[line];
	const struct layout_span *last;

	if (!ln->span_count)
		return 0;
	last = &l->spans[ln->first_span + ln->span_count - 1];
	return last->col + last->cols;
}

static void test_layout_wraps_words_within_the_width(void **state)
{
	struct layout l = { 0 };
	char buf[128];
	(void)state;

	layout_text(&l, "The quick brown fox jumps over the lazy dog again and again.",
		    20, &plain);
	assert_int_equal(l.line_count, 3);
	for (size_t i = 0; i < l.line_count; i++)
		assert_true(line_end(&l, i) <= 20);
	test_line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "The quick brown fox");
	test_line_text(&l, 2, buf, sizeof buf);
	assert_string_equal(buf, "dog again and again.");
	layout_free(&l);
}

static void test_layout_counts_wide_and_combining_characters_in_columns(void **state)
{
	struct layout l = { 0 };
	(void)state;

	assert_int_equal(layout_columns("\xE6\x97\xA5\xE6\x9C\xAC", 6), 4);	/* 日本 */
	assert_int_equal(layout_columns("e\xCC\x81", 3), 1);			/* e + acute */
	assert_int_equal(layout_columns("\xF0\x9F\x98\x80", 4), 2);		/* emoji */
	/* Ten wide characters never split in half across a 5-column line. */
	layout_text(&l, "\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5"
			"\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5",
		    11, &plain);
	for (size_t i = 0; i < l.line_count; i++)
		assert_true(line_end(&l, i) <= 11);
	assert_int_equal(l.line_count, 2);
	layout_free(&l);
}

static void test_layout_cuts_a_word_longer_than_the_line(void **state)
{
	struct layout l = { 0 };
	char buf[64];
	(void)state;

	layout_text(&l, "abcdefghijklmnopqrstuvwxyz", 10, &plain);
	assert_int_equal(l.line_count, 3);
	test_line_text(&l, 2, buf, sizeof buf);
	assert_string_equal(buf, "uvwxyz");
	layout_free(&l);
}

static void test_layout_marks_glossary_words_and_keeps_punctuation_close(void **state)
{
	struct layout l = { 0 };
	char buf[64];
	(void)state;

	layout_text(&l, "A [[bursa]]. Also [[local anaesthetic]], see.", 60, &plain);
	assert_int_equal(l.item_count, 2);
	assert_int_equal(l.items[1].kind, ITEM_TERM);
	assert_memory_equal(l.items[1].target, "local anaesthetic", 17);
	test_line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "A bursa. Also local anaesthetic, see.");
	/* Both words of a two-word term select the same entry. */
	assert_int_equal(layout_span_at(&l, 0, 15)->item, 1);
	assert_int_equal(layout_span_at(&l, 0, 22)->item, 1);
	assert_null(layout_span_at(&l, 0, 40));
	layout_free(&l);
}

static bool never(const void *ctx, const char *s, size_t n)
{
	(void)ctx; (void)s; (void)n;
	return false;
}

static void test_layout_shows_unknown_glossary_words_unmarked(void **state)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*", .term_exists = never };
	(void)state;

	layout_text(&l, "A [[bursa]] here.", 40, &opt);
	assert_int_equal(l.item_count, 0);
	assert_int_equal(l.spans[1].style, STYLE_BODY);
	layout_free(&l);
}

static void test_layout_draws_a_get_help_box_as_a_block_that_names_its_urgency(void **state)
{
	const char *items[] = { "A long item that will need to wrap onto a second line here" };
	struct content_block block = {
		.kind = BLOCK_GET_HELP,
		.u.help = { .urgency = URGENCY_EMERGENCY, .title = NULL,
			    .items = { items, 1 } },
	};
	struct content_page page = { .title = "t", .blocks = &block, .block_count = 1 };
	struct layout l = { 0 };
	char buf[128];
	(void)state;

	layout_page(&l, &page, NULL, 0, 30, &plain);
	assert_true(l.line_count >= 5);
	for (size_t i = 0; i < l.line_count; i++)
		assert_int_equal(l.lines[i].fill, STYLE_EMERGENCY);
	test_line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, " EMERGENCY");
	test_line_text(&l, 1, buf, sizeof buf);
	assert_string_equal(buf, " Emergency: get help now");
	/* A blank row of the box's colour ends it. */
	assert_int_equal(l.lines[l.line_count - 1].span_count, 0);
	layout_free(&l);
}

static void test_layout_adds_the_clinic_phone_to_urgent_and_routine_boxes_only(void **state)
{
	struct content_block blocks[] = {
		{ .kind = BLOCK_GET_HELP, .u.help = { .urgency = URGENCY_ROUTINE } },
		{ .kind = BLOCK_GET_HELP, .u.help = { .urgency = URGENCY_EMERGENCY } },
	};
	struct content_page page = { .title = "t", .blocks = blocks, .block_count = 2 };
	const struct layout_options opt = { .bullet = "*", .clinic_phone = "01234 567890" };
	struct layout l = { 0 };
	char buf[128];
	int calls = 0;
	(void)state;

	layout_page(&l, &page, NULL, 0, 60, &opt);
	for (size_t i = 0; i < l.line_count; i++) {
		test_line_text(&l, i, buf, sizeof buf);
		if (strstr(buf, "Call the clinic on 01234 567890.")) {
			calls++;
			assert_int_equal(l.lines[i].fill, STYLE_ROUTINE);
		}
	}
	assert_int_equal(calls, 1);
	layout_free(&l);
}

static void test_layout_keeps_punctuation_with_the_marked_word_before_it(void **state)
{
	struct layout l = { 0 };
	char buf[64];
	(void)state;

	/* "femur" fits on the first line by itself, but not with its ".". */
	layout_text(&l, "It is the thigh [[femur]]. It joins", 21, &plain);
	test_line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "It is the thigh");
	test_line_text(&l, 1, buf, sizeof buf);
	assert_string_equal(buf, "femur. It joins");
	layout_free(&l);
}

static void test_layout_fit_cuts_at_a_word_with_room_for_dots(void **state)
{
	const char *s = "Pain at the front of the hip";
	bool cut;
	(void)state;

	assert_int_equal(layout_fit(s, strlen(s), 40, &cut), strlen(s));
	assert_false(cut);
	assert_int_equal(layout_fit(s, strlen(s), 20, &cut), strlen("Pain at the front"));
	assert_true(cut);
	/* One long word is cut inside it only when nothing else fits. */
	assert_int_equal(layout_fit("Iliopsoas", 9, 7, &cut), 4);
	assert_true(cut);
	assert_int_equal(layout_fit("Iliopsoas", 9, 2, &cut), 0);
	/* A comma before the cut goes: "hip..." not "hip,...". */
	assert_int_equal(layout_fit("In the hip, guided by a scan", 28, 16, &cut),
			 strlen("In the hip"));
}

static bool closing_punctuation(const char *s)
{
	while (*s == ' ')
		s++;
	return *s && strchr(".,;:!?)]}", *s);
}

static void test_layout_never_starts_a_line_with_closing_punctuation(void **state)
{
	struct content_library *lib = test_load_bundled();
	char buf[256];
	(void)state;

	assert_non_null(lib);
	for (size_t t = 0; t < lib->topic_count; t++) {
		const struct content_topic *topic = lib->topics[t];
		const struct layout_options opt = { .bullet = "*", .clinic_phone = "0123" };

		for (int width = 20; width <= 120; width++) {
			struct layout l = { 0 };
			char *text = NULL;
			size_t size = 0;
			FILE *out;

			for (size_t s = 0; s < topic->section_count; s++)
				for (size_t p = 0; p < topic->sections[s].page_count; p++) {
					layout_page(&l, &topic->sections[s].pages[p], topic->related,
						    topic->related_count, width, &opt);
					for (size_t i = 0; i < l.line_count; i++) {
						test_line_text(&l, i, buf, sizeof buf);
						if (closing_punctuation(buf))
							fail_msg("width %d: line starts with punctuation: '%s'",
								 width, buf);
					}
				}
			layout_free(&l);
			if (width < PRINT_MIN_WIDTH)
				continue;
			out = open_memstream(&text, &size);
			assert_non_null(out);
			print_topic(lib, topic, &(const struct print_options){
					    .width = width, .date = { 2026, 1, 1 },
				    }, out);
			fclose(out);
			for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
				if (closing_punctuation(line))
					fail_msg("--print --width %d: line starts with punctuation: '%s'",
						 width, line);
			free(text);
		}
	}
	content_library_free(lib);
}

static void test_layout_numbers_steps_and_aligns_wrapped_lines(void **state)
{
	const char *steps[] = { "First", "Second step that wraps onto the next line" };
	struct content_block block = { .kind = BLOCK_STEPS, .u.list = { steps, 2 } };
	struct content_page page = { .title = "t", .blocks = &block, .block_count = 1 };
	struct layout l = { 0 };
	char buf[128];
	(void)state;

	layout_page(&l, &page, NULL, 0, 24, &plain);
	test_line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "  1. First");
	test_line_text(&l, 1, buf, sizeof buf);
	assert_string_equal(buf, "  2. Second step that");
	test_line_text(&l, 2, buf, sizeof buf);
	assert_string_equal(buf, "     wraps onto the next");
	layout_free(&l);
}

static struct content_figure_label hip_labels[] = {
	{ .number = 1, .x = 0.67, .y = 0.2, .text = "Spine" },
	{ .number = 2, .x = 0.66, .y = 0.33, .term = "psoas", .text = "[[Psoas|psoas]]" },
	{ .number = 3, .x = 0.42, .y = 0.38, .text = "Iliacus" },
	{ .number = 4, .x = 0.0, .y = 1.0, .term = "bursa", .text = "[[Bursa|bursa]]" },
	{ .number = 5, .x = 0.5, .y = 0.5, .text = "Hip joint" },
	{ .number = 6, .x = 0.51, .y = 0.5, .text = "Right beside it" },
};

/* A page of a heading, a tall figure with a caption, and a paragraph. */
static struct content_block hip_blocks[] = {
	{ .kind = BLOCK_HEADING, .u.text = "The hip" },
	{ .kind = BLOCK_FIGURE, .u.figure = {
		.image = "hip.png", .path = "hip.png", .usable = true,
		.width = 400, .height = 600, .alt = "The hip from the front.",
		.caption = "Your right hip", .labels = hip_labels,
		.label_count = sizeof hip_labels / sizeof *hip_labels } },
	{ .kind = BLOCK_PARAGRAPH, .u.text = "Words after the picture." },
};
static const struct content_page hip_page = {
	.title = "Hip", .blocks = hip_blocks,
	.block_count = sizeof hip_blocks / sizeof *hip_blocks,
};

static void test_layout_reserves_rows_for_a_picture_that_fit_and_keep_its_shape(void **state)
{
	(void)state;

	for (int width = 10; width <= 100; width += 3)
		for (int rows = 0; rows <= 40; rows += 2) {
			const struct layout_options opt = { .bullet = "*", .figure_rows = rows };
			const struct content_figure *f = &hip_blocks[1].u.figure;
			struct layout l = { 0 };
			int cols, fit_rows;

			layout_page(&l, &hip_page, NULL, 0, width, &opt);
			if (!figure_fit(f->width, f->height, width, rows, &cols, &fit_rows)) {
				assert_int_equal(l.figure_count, 0);
				layout_free(&l);
				continue;
			}
			assert_int_equal(l.figure_count, 1);
			const struct layout_figure *fig = &l.figures[0];
			assert_true(fig->rows >= FIGURE_MIN_ROWS && fig->rows <= rows);
			assert_true(fig->cols >= FIGURE_MIN_COLS);
			/* A cell is twice as tall as wide: 400 x 600 is 2 x 1.5
			 * cells a unit, so the columns are 4/3 of the rows. */
			assert_true(abs(fig->cols * 3 - fig->rows * 4) <= 4);
			/* The legend sits beside the picture or below it, inside
			 * the width, one line a label, all on reserved lines. */
			if (fig->legend_line == fig->line) {
				assert_true(fig->legend_col >= fig->cols + 2);
				assert_true(fig->legend_cols >= 24);
				assert_true(fig->rows >= 6);
			} else {
				assert_int_equal(fig->legend_line, fig->line + (size_t)fig->rows);
				assert_int_equal(fig->legend_col, 0);
			}
			assert_int_equal(fig->legend_col + fig->legend_cols, l.width);
			for (size_t i = 0; i < f->label_count; i++) {
				const struct layout_item *it = &l.items[fig->first_item + i];
				assert_int_equal(it->kind, ITEM_LABEL);
				assert_int_equal(it->label, i);
				assert_int_equal(it->line, fig->legend_line + i);
				assert_int_equal(l.lines[it->line].span_count, 0);
			}
			assert_null(l.items[fig->first_item].target);
			assert_string_equal(l.items[fig->first_item + 1].target, "psoas");
			layout_free(&l);
		}
}

static void test_layout_finds_every_marker_and_legend_line_at_every_size(void **state)
{
	(void)state;

	for (int width = 20; width <= 100; width += 7)
		for (int rows = 4; rows <= 40; rows += 3) {
			const struct layout_options opt = { .bullet = "*", .figure_rows = rows };
			struct figure_marker m[CONTENT_FIGURE_MAX_LABELS];
			struct layout l = { 0 };
			const struct layout_figure *fig;
			size_t n;

			layout_page(&l, &hip_page, NULL, 0, width, &opt);
			if (l.figure_count == 0) {
				layout_free(&l);
				continue;
			}
			fig = &l.figures[0];
			n = figure_place_markers(fig->figure, fig->cols, fig->rows, m);
			assert_int_equal(n, 6);
			for (size_t i = 0; i < n; i++) {
				size_t line = fig->line + (size_t)m[i].row;
				int want = (int)(fig->first_item + m[i].label);

				assert_true(m[i].col >= 0 && m[i].col + m[i].width <= fig->cols);
				assert_int_equal(layout_label_at(&l, line, m[i].col), want);
				assert_int_equal(layout_label_at(&l, fig->legend_line + m[i].label,
								 fig->legend_col + 3), want);
			}
			/* Off the markers and legend: nothing. */
			assert_int_equal(layout_label_at(&l, 0, 0), -1);
			assert_int_equal(layout_label_at(&l, l.line_count - 1, 0), -1);
			layout_free(&l);
		}
}

static void test_layout_shows_a_figure_in_words_without_pictures(void **state)
{
	struct layout l = { 0 };
	char buf[128];
	(void)state;

	layout_page(&l, &hip_page, NULL, 0, 60, &plain);
	assert_int_equal(l.figure_count, 0);
	test_line_text(&l, 2, buf, sizeof buf);
	assert_string_equal(buf, "Picture: The hip from the front.");
	for (size_t i = 0; i < l.item_count; i++)
		assert_int_not_equal(l.items[i].kind, ITEM_LABEL);
	layout_free(&l);
}

/* The bundled condition's treatment-choices page, laid out at width. */
static const struct content_page *choices_page(struct content_library **lib)
{
	struct diag diag = DIAG_INIT;
	const struct content_topic *t;

	*lib = content_library_load("content", &diag);
	diag_clear(&diag);
	t = content_find_topic(*lib, "iliopsoas-tendinopathy-bursitis", "en");
	assert_non_null(t);
	for (size_t s = 0; s < t->section_count; s++)
		if (t->sections[s].kind == SECTION_TREATMENT_OPTIONS)
			return &t->sections[s].pages[0];
	fail_msg("no treatment-options section");
	return NULL;
}

/* The first line holding needle, or -1. */
static long line_with(const struct layout *l, const char *needle)
{
	char buf[512];

	for (size_t i = 0; i < l->line_count; i++) {
		test_line_text(l, i, buf, sizeof buf);
		if (strstr(buf, needle))
			return (long)i;
	}
	return -1;
}

static void test_layout_shows_choices_side_by_side_from_132_columns(void **state)
{
	struct content_library *lib;
	const struct content_page *page = choices_page(&lib);
	struct layout l = { 0 };
	long names;
	(void)state;

	for (int width = 132; width <= 200; width += 68) {
		layout_page(&l, page, NULL, 0, width, &plain);
		names = line_with(&l, "Physiotherapy");
		assert_true(names >= 0);
		assert_int_equal(line_with(&l, "Surgery"), names);
		assert_true(line_with(&l, "How soon does it") > names);
		assert_int_equal(line_with(&l, "Choice 1:"), -1);
		for (size_t i = 0; i < l.line_count; i++)
			assert_true(line_end(&l, i) <= width);
		for (size_t i = 0; i < l.item_count; i++)
			if (l.items[i].kind == ITEM_OPTION)
				assert_int_equal(l.items[i].line, (size_t)names);
	}
	layout_free(&l);
	content_library_free(lib);
}

static void test_layout_shows_one_choice_at_a_time_with_its_rows_at_80_and_100(void **state)
{
	struct content_library *lib;
	const struct content_page *page = choices_page(&lib);
	struct layout l = { 0 };
	(void)state;

	for (int width = 80; width <= 100; width += 20) {
		layout_page(&l, page, NULL, 0, width, &plain);
		assert_true(line_with(&l, "Choice 1: Rest") >= 0);
		assert_true(line_with(&l, "Choice 5: Surgery") >
			    line_with(&l, "Choice 1: Rest"));
		assert_true(line_with(&l, "How soon does it help? Over a few weeks.") >= 0);
		for (size_t i = 0; i < l.line_count; i++)
			assert_true(line_end(&l, i) <= width);
	}
	layout_free(&l);
	content_library_free(lib);
}

static void test_layout_reads_one_row_across_every_choice(void **state)
{
	struct content_library *lib;
	const struct content_page *page = choices_page(&lib);
	const struct content_block *b = NULL;
	struct layout l = { 0 };
	size_t headings = 0;
	(void)state;

	for (size_t i = 0; i < page->block_count && !b; i++)
		if (page->blocks[i].kind == BLOCK_OPTIONS)
			b = &page->blocks[i];
	assert_non_null(b);
	assert_string_equal(layout_option_row_name(b->u.options.items, 1), "Good points");
	assert_string_equal(layout_option_row_name(b->u.options.items, 3),
			    "How soon does it help?");
	assert_null(layout_option_row_name(b->u.options.items, 99));
	layout_option_row(&l, b->u.options.items, b->u.options.count, 3, 32, &plain);
	assert_true(line_with(&l, "Choice 1: Rest") >= 0);
	assert_true(line_with(&l, "Over a few weeks.") > line_with(&l, "Choice 1: Rest"));
	assert_true(line_with(&l, "Choice 3: Anti-inflammatory") >
		    line_with(&l, "Over a few weeks."));
	assert_true(line_with(&l, "Often within an hour.") >
		    line_with(&l, "Choice 3: Anti-inflammatory"));
	assert_int_equal(line_with(&l, "Good points"), -1);
	for (size_t i = 0; i < l.line_count; i++)
		assert_true(line_end(&l, i) <= 32);
	/* One choice at a time, each row's heading is a touchable item. */
	layout_page(&l, page, NULL, 0, 80, &plain);
	for (size_t i = 0; i < l.item_count; i++)
		if (l.items[i].kind == ITEM_ROW) {
			char buf[512];

			test_line_text(&l, l.items[i].line, buf, sizeof buf);
			assert_non_null(strstr(buf, layout_option_row_name(
				b->u.options.items, l.items[i].row)));
			headings++;
		}
	assert_int_equal(headings, b->u.options.count *
			 layout_option_rows(b->u.options.items));
	layout_free(&l);
	content_library_free(lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_wraps_words_within_the_width),
		cmocka_unit_test(test_layout_counts_wide_and_combining_characters_in_columns),
		cmocka_unit_test(test_layout_cuts_a_word_longer_than_the_line),
		cmocka_unit_test(test_layout_marks_glossary_words_and_keeps_punctuation_close),
		cmocka_unit_test(test_layout_shows_unknown_glossary_words_unmarked),
		cmocka_unit_test(test_layout_draws_a_get_help_box_as_a_block_that_names_its_urgency),
		cmocka_unit_test(test_layout_adds_the_clinic_phone_to_urgent_and_routine_boxes_only),
		cmocka_unit_test(test_layout_keeps_punctuation_with_the_marked_word_before_it),
		cmocka_unit_test(test_layout_fit_cuts_at_a_word_with_room_for_dots),
		cmocka_unit_test(test_layout_never_starts_a_line_with_closing_punctuation),
		cmocka_unit_test(test_layout_numbers_steps_and_aligns_wrapped_lines),
		cmocka_unit_test(test_layout_reserves_rows_for_a_picture_that_fit_and_keep_its_shape),
		cmocka_unit_test(test_layout_finds_every_marker_and_legend_line_at_every_size),
		cmocka_unit_test(test_layout_shows_a_figure_in_words_without_pictures),
		cmocka_unit_test(test_layout_shows_choices_side_by_side_from_132_columns),
		cmocka_unit_test(test_layout_shows_one_choice_at_a_time_with_its_rows_at_80_and_100),
		cmocka_unit_test(test_layout_reads_one_row_across_every_choice),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
