/* Right-to-left layouts in drawing order: lines that end at the right
 * margin, mixed lines in reading order, marked words on the cells where
 * they are drawn, and the line cache. */
#include "testutil.h"

#include "layoutrtl.h"
#include "sentences.h"

#include <locale.h>

static int setup(void **state)
{
	(void)state;
	return setlocale(LC_ALL, "C.UTF-8") ? 0 : -1;
}

static bool any_term(const void *ctx, const char *term, size_t len)
{
	(void)ctx;
	(void)term;
	(void)len;
	return true;
}

static const struct layout_options marked = { .bullet = "*", .term_exists = any_term };

static int line_end(const struct layout *l, size_t line)
{
	const struct layout_line *ln = &l->lines[line];
	const struct layout_span *last = &l->spans[ln->first_span + ln->span_count - 1];

	return last->col + last->cols;
}

/* Lays text out at width into l and checks its first line as drawn. */
static void expect_first_line(struct layout *l, const char *text, int width,
			      const char *expected)
{
	char buf[256];

	layoutrtl_text(l, text, width, &marked);
	test_line_text(l, 0, buf, sizeof buf);
	assert_string_equal(buf, expected);
}

static void test_layoutrtl_ends_every_line_at_the_right_margin(void **state)
{
	/* Hebrew words: no shaping, so the drawn letters are the input's. */
	const char *text = "אבג דהו זחט יכל מנס עפצ קרש תאב גדה וזח טיכ למנ";
	struct layout l = { 0 };
	char buf[128];
	(void)state;

	layoutrtl_text(&l, text, 16, &marked);
	assert_true(l.line_count >= 3);
	for (size_t i = 0; i < l.line_count; i++)
		assert_int_equal(line_end(&l, i), 16);
	/* The first word is read first: it is drawn at the right end. */
	test_line_text(&l, 0, buf, sizeof buf);
	assert_non_null(strstr(buf, "גבא"));
	assert_int_equal(strcmp(buf + strlen(buf) - strlen("גבא"), "גבא"), 0);
	layout_free(&l);
}

static void test_layoutrtl_puts_bullets_on_the_right_and_indents_from_it(void **state)
{
	const char *items[] = { "אבג דהו זחט יכל מנס עפצ קרש" };
	struct content_block block = {
		.kind = BLOCK_BULLETS, .u.list = { .items = items, .count = 1 },
	};
	struct content_page page = { .title = "x", .blocks = &block, .block_count = 1 };
	struct layout l = { 0 };
	const struct layout_span *first;
	(void)state;

	layout_page(&l, &page, NULL, 0, 14, &marked);
	layoutrtl_visual(&l, NULL);
	assert_true(l.line_count >= 2);
	/* The list's indent of two is a margin on the right: the bullet is
	 * drawn just inside it... */
	first = &l.spans[l.lines[0].first_span + l.lines[0].span_count - 1];
	assert_int_equal(first->style, STYLE_MARKER);
	assert_int_equal(first->col, 11);
	assert_int_equal(line_end(&l, 0), 12);
	/* ...and the wrapped lines end where the text after it ends. */
	assert_int_equal(line_end(&l, 1), 10);
	layout_free(&l);
}

static void test_layoutrtl_keeps_english_and_numbers_in_reading_order(void **state)
{
	struct layout l = { 0 };
	(void)state;

	/* Hebrew, then a number, then an English word: read from the right,
	 * each keeps its own order, and the full stop ends the line on the
	 * left. */
	expect_first_line(&l, "אבג 123 def.", 20, "        .def 123 גבא");
	/* One span a word, each made from its word in the text. */
	assert_int_equal(l.lines[0].span_count, 3);
	assert_memory_equal(l.spans[0].source, "def.", 4);
	assert_int_equal(l.spans[0].source_len, 4);
	assert_memory_equal(l.spans[2].source, "אבג", strlen("אבג"));
	layout_free(&l);
}

static void test_layoutrtl_shapes_arabic_and_counts_a_ligature_as_one_cell(void **state)
{
	struct layout l = { 0 };
	(void)state;

	/* salam: seen, lam-alef as one ligature, meem: three cells. */
	expect_first_line(&l, "سلام", 10, "       \uFEE1\uFEFC\uFEB3");
	/* The word's source is the whole word, both letters of the
	 * ligature too. */
	assert_int_equal(l.spans[0].source_len, strlen("سلام"));
	layout_free(&l);
	/* The ligature at either end of a word. */
	expect_first_line(&l, "سلا", 10, "        \uFEFC\uFEB3");
	assert_int_equal(l.spans[0].source_len, strlen("سلا"));
	layout_free(&l);
	expect_first_line(&l, "لاس", 10, "        \uFEB1\uFEFB");
	assert_int_equal(l.spans[0].source_len, strlen("لاس"));
	assert_int_equal(line_end(&l, 0), 10);
	layout_free(&l);
}

static void test_layoutrtl_puts_marked_words_on_the_cells_they_are_drawn_in(void **state)
{
	const char *text = "אבג [[femur bone]] דהו";
	struct layout l = { 0 };
	const struct layout_span *hit;
	(void)state;

	expect_first_line(&l, text, 30, "            והד femur bone גבא");
	assert_int_equal(l.item_count, 1);
	/* Every cell of "femur bone", the space too, is the one word. */
	for (int col = 16; col < 26; col++) {
		hit = layout_span_at(&l, 0, col);
		assert_non_null(hit);
		assert_int_equal(hit->item, 0);
		assert_int_equal(hit->style, STYLE_TERM);
	}
	assert_ptr_equal(hit->source, strstr(text, "femur"));
	/* The Hebrew words on either side are plain text. */
	assert_int_equal(layout_span_at(&l, 0, 13)->item, -1);
	assert_int_equal(layout_span_at(&l, 0, 28)->item, -1);
	assert_null(layout_span_at(&l, 0, 2));
	layout_free(&l);
}

static void test_layoutrtl_leaves_text_that_starts_left_to_right_alone(void **state)
{
	struct layout l = { 0 };
	(void)state;

	expect_first_line(&l, "Take 2 tablets.", 20, "Take 2 tablets.");
	assert_ptr_equal(l.spans[0].source, l.spans[0].text);
	layout_free(&l);
}

static void test_layoutrtl_cache_gives_the_same_lines_again(void **state)
{
	const char *text = "خذ ibuprofen 400 مرتين في اليوم بعد الأكل مع الماء.";
	struct layoutrtl_cache cache = { 0 };
	struct layout fresh = { 0 }, cached = { 0 };
	char a[256], b[256];
	(void)state;

	layout_text(&fresh, text, 20, &marked);
	layoutrtl_visual(&fresh, NULL);
	for (int round = 0; round < 2; round++) {
		layout_text(&cached, text, 20, &marked);
		layoutrtl_visual(&cached, &cache);
		assert_int_equal(cache.count, fresh.line_count);
		assert_int_equal(cached.line_count, fresh.line_count);
		for (size_t i = 0; i < fresh.line_count; i++) {
			test_line_text(&fresh, i, a, sizeof a);
			test_line_text(&cached, i, b, sizeof b);
			assert_string_equal(a, b);
		}
	}
	layoutrtl_cache_free(&cache);
	assert_int_equal(cache.count, 0);
	layout_free(&fresh);
	layout_free(&cached);
}

static void test_layoutrtl_cache_grows_and_starts_again_with_the_same_lines(void **state)
{
	/* Hebrew letters, a word of three per line: 22 * 22 * 22 lines. */
	static const char *const letters[] = {
		"א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט", "י", "כ",
		"ל", "מ", "נ", "ס", "ע", "פ", "צ", "ק", "ר", "ש", "ת",
	};
	struct layoutrtl_cache cache = { 0 };
	struct layout fresh = { 0 }, cached = { 0 };
	size_t most = 0;
	bool restarted = false;
	char a[64], b[64];
	(void)state;

	for (int i = 0; i < 2500; i++) {
		char text[32];

		snprintf(text, sizeof text, "%s%s%s (%s)", letters[i % 22],
			 letters[i / 22 % 22], letters[i / 484 % 22], letters[i % 7]);
		layout_text(&fresh, text, 20, &marked);
		layoutrtl_visual(&fresh, NULL);
		layout_text(&cached, text, 20, &marked);
		layoutrtl_visual(&cached, &cache);
		test_line_text(&fresh, 0, a, sizeof a);
		test_line_text(&cached, 0, b, sizeof b);
		assert_string_equal(a, b);
		restarted = restarted || cache.count < most;
		most = cache.count > most ? cache.count : most;
	}
	/* It held the lines while they fitted, then started again. */
	assert_true(most >= 2000 && most <= 2048);
	assert_true(restarted);
	layoutrtl_cache_free(&cache);
	assert_int_equal(cache.count, 0);
	layout_free(&fresh);
	layout_free(&cached);
}

static void test_layoutrtl_finds_the_sentence_being_read_in_its_drawn_words(void **state)
{
	/* Two sentences: the second is read from the left half of the line
	 * as drawn, though it comes second in the text. */
	const char *text = "אבג דהו. זחט יכל.";
	struct sentences read = { 0 };
	struct layout l = { 0 };
	size_t first, last, skip, count;
	int lit = 0;
	(void)state;

	layoutrtl_text(&l, text, 30, &marked);
	sentences_add_text(&read, text);
	assert_int_equal(read.count, 2);
	assert_true(sentences_lines(&read, 1, &l, &first, &last));
	assert_int_equal(first, 0);
	for (size_t i = 0; i < l.lines[0].span_count; i++) {
		const struct layout_span *s = &l.spans[l.lines[0].first_span + i];

		if (!sentences_part(&read, 1, s->source, s->source_len, &skip, &count))
			continue;
		/* The words of the second sentence are the two on the left. */
		assert_true(s->col < 30 - 8);
		lit++;
	}
	assert_int_equal(lit, 2);
	sentences_free(&read);
	layout_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layoutrtl_ends_every_line_at_the_right_margin),
		cmocka_unit_test(test_layoutrtl_puts_bullets_on_the_right_and_indents_from_it),
		cmocka_unit_test(test_layoutrtl_keeps_english_and_numbers_in_reading_order),
		cmocka_unit_test(test_layoutrtl_shapes_arabic_and_counts_a_ligature_as_one_cell),
		cmocka_unit_test(test_layoutrtl_puts_marked_words_on_the_cells_they_are_drawn_in),
		cmocka_unit_test(test_layoutrtl_leaves_text_that_starts_left_to_right_alone),
		cmocka_unit_test(test_layoutrtl_cache_gives_the_same_lines_again),
		cmocka_unit_test(test_layoutrtl_cache_grows_and_starts_again_with_the_same_lines),
		cmocka_unit_test(test_layoutrtl_finds_the_sentence_being_read_in_its_drawn_words),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
