/* Sentences read aloud: where each is in the page's text, what is said,
 * and how the highlight finds it in a laid-out page. */
#include "testutil.h"

#include "sentences.h"

struct expected {
	size_t text, offset, len;
	const char *spoken;
};

static void expect_sentences(const struct sentences *s, const struct expected *e,
			     size_t count)
{
	assert_int_equal(s->count, count);
	for (size_t i = 0; i < count; i++) {
		assert_int_equal(s->items[i].text, e[i].text);
		assert_int_equal(s->items[i].offset, e[i].offset);
		assert_int_equal(s->items[i].len, e[i].len);
		assert_string_equal(s->items[i].spoken, e[i].spoken);
	}
}

static void test_sentences_keep_their_place_in_the_page_texts(void **state)
{
	static const char *const texts[] = {
		"What is this injection?",
		"It is a shot.  A [[steroid]] calms it, e.g. the swelling.\n"
		"Ask Dr. Lee (she knows.) Relief can last 2.5 weeks!  Really? ",
		"Signs of [[infection|infection]]",
		"   ",
		"The shot is [[cortisone|steroid]].",
	};
	static const struct expected e[] = {
		{ 0, 0, 23, "What is this injection?" },
		{ 1, 0, 13, "It is a shot." },
		{ 1, 15, 42, "A steroid calms it, e.g. the swelling." },
		{ 1, 58, 24, "Ask Dr. Lee (she knows.)" },
		{ 1, 83, 26, "Relief can last 2.5 weeks!" },
		{ 1, 111, 7, "Really?" },
		{ 2, 0, 32, "Signs of infection" },
		{ 4, 0, 34, "The shot is cortisone." },
	};
	struct sentences s = SENTENCES_INIT;
	(void)state;

	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		sentences_add_text(&s, texts[i]);
	expect_sentences(&s, e, sizeof e / sizeof *e);
	assert_ptr_equal(s.items[2].start, texts[1] + 15);
	assert_int_equal(sentences_find(&s, texts[1] + 17), 2);
	assert_int_equal(sentences_find(&s, texts[1] + 14), -1);
	assert_int_equal(sentences_find(&s, "elsewhere"), -1);
	sentences_free(&s);
}

static void test_sentences_drop_control_characters_from_what_is_said(void **state)
{
	struct sentences s = SENTENCES_INIT;
	(void)state;

	sentences_add_text(&s, "Bad\x1b[31m text\x07 here.");
	assert_int_equal(s.count, 1);
	assert_string_equal(s.items[0].spoken, "Bad [31m text here.");
	sentences_free(&s);
}

static bool term_exists(const void *ctx, const char *term, size_t len)
{
	return content_find_term(ctx, term, len) != NULL;
}

/* Every word the layout shows from the page belongs to a sentence that
 * says it, and the sentences come in reading order: the highlight moves
 * down the page. */
static void test_highlight_finds_each_sentence_in_the_laid_out_page(void **state)
{
	struct content_library *lib = test_load_bundled();
	const struct content_topic *t;
	struct sentences s = SENTENCES_INIT;
	struct layout l = { 0 };
	struct layout_options opt = { .bullet = "*" };
	size_t pages = 0, mapped = 0;
	(void)state;

	assert_non_null(lib);
	t = content_find_topic(lib, "hip-steroid-injection", "en");
	opt.term_exists = term_exists;
	opt.ctx = content_find_glossary(lib, "en");
	for (size_t sec = 0; sec < t->section_count; sec++) {
		for (size_t p = 0; p < t->sections[sec].page_count; p++) {
			const struct content_page *page = &t->sections[sec].pages[p];
			long last = -1;
			size_t first_line, last_line, prev_last = 0;

			sentences_of_page(&s, page);
			layout_page(&l, page, NULL, 0, 38, &opt);
			for (size_t ln = 0; ln < l.line_count; ln++) {
				for (size_t k = 0; k < l.lines[ln].span_count; k++) {
					const struct layout_span *sp =
						&l.spans[l.lines[ln].first_span + k];
					for (size_t b = 0; b < sp->len; b++) {
						long i = sentences_find(&s, sp->text + b);
						size_t skip, count;
						char part[128];

						if (i < 0)
							continue;
						mapped++;
						assert_true(i >= last);
						last = i;
						assert_true(sentences_part(&s, (size_t)i, sp->text,
									   sp->len, &skip, &count));
						assert_true(skip <= b && b < skip + count);
						snprintf(part, sizeof part, "%.*s", (int)count,
							 sp->text + skip);
						if (!strstr(s.items[i].spoken, part))
							fail_msg("[%s] not in [%s]", part,
								 s.items[i].spoken);
					}
				}
			}
			for (size_t i = 0; i < s.count; i++) {
				if (!sentences_lines(&s, i, &l, &first_line, &last_line))
					continue;
				assert_true(first_line <= last_line);
				assert_true(first_line + 1 >= prev_last);
				prev_last = last_line;
			}
			pages++;
		}
	}
	assert_true(pages > 5);
	assert_true(mapped > 1000);
	layout_free(&l);
	sentences_free(&s);
	content_library_free(lib);
}

static void test_a_glossary_word_is_said_by_its_say_spelling(void **state)
{
	struct content_term with = { .term = "bursitis", .plain = "x", .say = "bur-SY-tis" };
	struct content_term without = { .term = "pelvis", .plain = "x" };
	char *said;
	(void)state;

	said = sentences_say_term(&with);
	assert_string_equal(said, "bur sy tis");
	free(said);
	said = sentences_say_term(&without);
	assert_string_equal(said, "pelvis");
	free(said);
}

static void test_a_glossary_popup_reads_the_word_then_its_explanation(void **state)
{
	struct content_term term = {
		.term = "bursitis", .say = "bur-SY-tis",
		.plain = "Swelling of a [[bursa]]. It hurts.",
	};
	static const struct expected e[] = {
		{ 0, 0, 8, "bur sy tis" },
		{ 1, 0, 24, "Swelling of a bursa." },
		{ 1, 25, 9, "It hurts." },
	};
	struct sentences s = SENTENCES_INIT;
	(void)state;

	sentences_of_term(&s, &term);
	expect_sentences(&s, e, 3);
	assert_int_equal(sentences_find(&s, term.term + 3), 0);
	sentences_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences_keep_their_place_in_the_page_texts),
		cmocka_unit_test(test_sentences_drop_control_characters_from_what_is_said),
		cmocka_unit_test(test_highlight_finds_each_sentence_in_the_laid_out_page),
		cmocka_unit_test(test_a_glossary_word_is_said_by_its_say_spelling),
		cmocka_unit_test(test_a_glossary_popup_reads_the_word_then_its_explanation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
