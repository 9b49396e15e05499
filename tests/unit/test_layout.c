/* Wrapping text by display columns: widths, wide and combining characters,
 * marked words, callout markers and links. */
#include "testutil.h"

#include "layout.h"

#include <locale.h>

static const struct layout_options plain = { .bullet = "*" };

static int setup(void **state)
{
	(void)state;
	return setlocale(LC_ALL, "C.UTF-8") ? 0 : -1;
}

/* The text of one line, spaces between spans as laid out. */
static void line_text(const struct layout *l, size_t line, char *out, size_t size)
{
	const struct layout_line *ln = &l->lines[line];
	size_t o = 0;
	int col = 0;

	for (size_t i = 0; i < ln->span_count; i++) {
		const struct layout_span *s = &l->spans[ln->first_span + i];
		while (col < s->col && o + 1 < size) {
			out[o++] = ' ';
			col++;
		}
		for (size_t k = 0; k < s->len && o + 1 < size; k++)
			out[o++] = s->text[k];
		col += s->cols;
	}
	out[o] = '\0';
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
	line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "The quick brown fox");
	line_text(&l, 2, buf, sizeof buf);
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
	line_text(&l, 2, buf, sizeof buf);
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
	line_text(&l, 0, buf, sizeof buf);
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

static void test_layout_marks_every_line_of_a_get_help_box(void **state)
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
	assert_true(l.line_count >= 3);
	for (size_t i = 0; i < l.line_count; i++) {
		line_text(&l, i, buf, sizeof buf);
		assert_memory_equal(buf, "!!!", 3);
		assert_int_equal(l.lines[i].fill, STYLE_EMERGENCY);
	}
	line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "!!! Emergency: get help now");
	layout_free(&l);
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
	line_text(&l, 0, buf, sizeof buf);
	assert_string_equal(buf, "  1. First");
	line_text(&l, 1, buf, sizeof buf);
	assert_string_equal(buf, "  2. Second step that");
	line_text(&l, 2, buf, sizeof buf);
	assert_string_equal(buf, "     wraps onto the next");
	layout_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_wraps_words_within_the_width),
		cmocka_unit_test(test_layout_counts_wide_and_combining_characters_in_columns),
		cmocka_unit_test(test_layout_cuts_a_word_longer_than_the_line),
		cmocka_unit_test(test_layout_marks_glossary_words_and_keeps_punctuation_close),
		cmocka_unit_test(test_layout_shows_unknown_glossary_words_unmarked),
		cmocka_unit_test(test_layout_marks_every_line_of_a_get_help_box),
		cmocka_unit_test(test_layout_numbers_steps_and_aligns_wrapped_lines),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
