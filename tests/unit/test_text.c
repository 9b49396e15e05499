/* Text helpers: UTF-8 checks, escaping, glossary marks, "did you mean" and
 * the reading-grade formulas against known values. */
#include "testutil.h"

#include "markup.h"
#include "readability.h"
#include "suggest.h"
#include "utf8.h"

#include <math.h>

static void test_utf8_decodes_and_rejects_malformed_sequences(void **state)
{
	uint32_t cp;
	(void)state;

	assert_int_equal(utf8_decode("\xC3\xA9", 2, &cp), 2);
	assert_int_equal(cp, 0xE9);
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(utf8_decode("\xC0\xAF", 2, &cp), 0);		/* overlong */
	assert_int_equal(utf8_decode("\xED\xA0\x80", 3, &cp), 0);	/* surrogate */
	assert_int_equal(utf8_decode("\xE2\x82", 2, &cp), 0);		/* cut short */
	assert_int_equal(utf8_decode("\xFF", 1, &cp), 0);
}

static void test_utf8_finds_controls_but_allows_line_breaks(void **state)
{
	size_t at;
	uint32_t cp;
	(void)state;

	assert_false(utf8_find_bad("caf\xC3\xA9\nok", 8, true, &at, &cp));
	assert_true(utf8_find_bad("ab\ncd", 5, false, &at, &cp));
	assert_true(utf8_find_bad("ok \xC2\x9B" "31m", 8, true, &at, &cp));
	assert_int_equal(at, 3);
	assert_int_equal(cp, 0x9B);
}

static void test_utf8_escape_makes_text_safe_and_marks_cuts(void **state)
{
	char out[32];
	(void)state;

	assert_string_equal(utf8_escape("a\x1b[2Jb\xff", 7, out, sizeof out), "a\\x1B[2Jb\\xFF");
	assert_string_equal(utf8_escape("abcdefghijklmnopqrstuvwxyz0123456789", 36, out, 12), "abcdefgh...");
	assert_string_equal(utf8_escape("\xC2\x85", 2, out, sizeof out), "\\x85");
}

static void test_markup_splits_marked_words(void **state)
{
	const char *text = "A [[bursa]] and [[tendons|tendon]].";
	struct markup_span s;
	(void)state;

	assert_true(markup_next(&text, &s));
	assert_int_equal(s.len, 2);
	assert_null(s.term);
	assert_true(markup_next(&text, &s));
	assert_memory_equal(s.text, "bursa", 5);
	assert_memory_equal(s.term, "bursa", 5);
	assert_true(markup_next(&text, &s));
	assert_true(markup_next(&text, &s));
	assert_memory_equal(s.text, "tendons", s.len);
	assert_int_equal(s.term_len, 6);
	assert_memory_equal(s.term, "tendon", 6);
	assert_true(markup_next(&text, &s));
	assert_false(markup_next(&text, &s));
}

static void test_markup_check_explains_bad_marks(void **state)
{
	size_t at;
	(void)state;

	assert_null(markup_check("fine [[word]] here", &at));
	assert_non_null(markup_check("open [[word here", &at));
	assert_int_equal(at, 5);
	assert_non_null(markup_check("stray ]] here", &at));
	assert_non_null(markup_check("empty [[]] mark", &at));
	assert_non_null(markup_check("[[a|b|c]]", &at));
}

static void test_markup_stays_linear_on_many_open_marks(void **state)
{
	size_t n = 1 << 20;
	char *s = malloc(n + 1), stripped[64];
	(void)state;

	memset(s, '[', n);
	s[n] = '\0';
	assert_int_equal(markup_strip(s, stripped, sizeof stripped), sizeof stripped - 1);
	free(s);
}

static void test_suggest_finds_close_typos_only(void **state)
{
	const char *const keys[] = { "title", "summary", "sections", "id" };
	(void)state;

	assert_string_equal(suggest_closest("titel", 5, keys, 4), "title");
	assert_string_equal(suggest_closest("sumary", 6, keys, 4), "summary");
	assert_string_equal(suggest_closest("Sections", 8, keys, 4), "sections");
	assert_null(suggest_closest("colour", 6, keys, 4));
	assert_null(suggest_closest("x", 1, keys, 4));
}

struct syllable_case {
	const char *word;
	unsigned syllables;
};

static void expect_syllables(unsigned (*count)(const char *, size_t),
			     const struct syllable_case *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned got = count(words[i].word, strlen(words[i].word));
		if (got != words[i].syllables)
			fail_msg("%s: %u syllables, expected %u", words[i].word,
				 got, words[i].syllables);
	}
}

static void test_readability_counts_syllables(void **state)
{
	static const struct syllable_case words[] = {
		{ "cat", 1 }, { "make", 1 }, { "table", 2 }, { "needed", 2 },
		{ "aged", 1 }, { "boxes", 2 }, { "takes", 1 }, { "every", 3 },
		{ "cortisone", 3 }, { "ultrasound", 3 }, { "inflammation", 4 },
		{ "tendinopathy", 5 }, { "the", 1 }, { "you", 1 },
	};
	(void)state;

	expect_syllables(readability_syllables, words, sizeof words / sizeof words[0]);
}

static void test_readability_formulas_match_known_values(void **state)
{
	struct readability_counts c = { .words = 100, .sentences = 5,
					 .syllables = 150, .polysyllables = 30 };
	struct readability_counts cat = { 0 };
	struct readability_counts none = { 0 };
	(void)state;

	/* 0.39 * 20 + 11.8 * 1.5 - 15.59 */
	assert_true(fabs(readability_fk_grade(&c) - 9.91) < 1e-9);
	/* 1.0430 * sqrt(30 * 30 / 5) + 3.1291 */
	assert_true(fabs(readability_smog(&c) - (1.0430 * sqrt(180.0) + 3.1291)) < 1e-9);
	readability_add_text(&cat, "The cat sat on the mat.");
	assert_int_equal(cat.words, 6);
	assert_int_equal(cat.sentences, 1);
	assert_int_equal(cat.syllables, 6);
	assert_true(fabs(readability_fk_grade(&cat) - (-1.45)) < 1e-9);
	assert_true(readability_fk_grade(&none) == 0);
}

static void test_readability_counts_spanish_syllables_by_spanish_rules(void **state)
{
	/* Syllables as the Real Academia Española divides these words. */
	static const struct syllable_case words[] = {
		{ "río", 2 }, { "país", 2 }, { "ciudad", 2 }, { "aéreo", 4 },
		{ "guitarra", 3 }, { "pingüino", 3 }, { "inyección", 3 },
		{ "hoy", 1 }, { "muy", 1 }, { "y", 1 }, { "ayer", 2 },
		{ "leer", 2 }, { "cuidado", 3 }, { "huevo", 2 }, { "océano", 4 },
		{ "Ángel", 2 }, { "rodilla", 3 }, { "tendinopatía", 6 },
		{ "después", 2 }, { "tome", 2 },
	};
	(void)state;

	expect_syllables(readability_syllables_es, words, sizeof words / sizeof words[0]);
}

static void test_readability_grades_spanish_with_szigriszt_pazos(void **state)
{
	struct readability_counts c = { .language = READABILITY_SPANISH };
	struct readability_counts english = { 0 };
	(void)state;

	readability_add_text(&c, "El médico le pone una inyección en la cadera. "
			     "Después descanse dos días.");
	assert_int_equal(c.words, 13);
	assert_int_equal(c.sentences, 2);
	assert_int_equal(c.syllables, 25);
	/* 206.835 - 62.3 * 25 / 13 - 13 / 2 */
	assert_true(fabs(readability_szigriszt_pazos(&c) - 80.527) < 0.001);
	assert_string_equal(readability_inflesz_band(80.527), "very easy");
	assert_string_equal(readability_inflesz_band(60), "normal");
	assert_string_equal(readability_inflesz_band(45), "somewhat hard");
	/* English rules would drop the "silent" e of "tome". */
	readability_add_text(&english, "Tome la medicina.");
	assert_int_equal(english.syllables, 6);
	c = (struct readability_counts){ .language = READABILITY_SPANISH };
	readability_add_text(&c, "Tome la medicina.");
	assert_int_equal(c.syllables, 7);
}

static void test_readability_picks_a_formula_only_for_its_language(void **state)
{
	(void)state;
	assert_int_equal(readability_language_of("en"), READABILITY_ENGLISH);
	assert_int_equal(readability_language_of("es"), READABILITY_SPANISH);
	assert_int_equal(readability_language_of("ar"), READABILITY_NO_GRADE);
	assert_int_equal(readability_language_of("pl"), READABILITY_NO_GRADE);
}

static void test_readability_reads_marks_and_bullets_as_shown(void **state)
{
	struct readability_counts c = { 0 };
	(void)state;

	readability_add_text(&c, "A [[bursa|bursa]] is a sac. It helps");
	assert_int_equal(c.words, 7);
	assert_int_equal(c.sentences, 2);
	readability_add_text(&c, "A bullet without a stop");
	assert_int_equal(c.sentences, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_decodes_and_rejects_malformed_sequences),
		cmocka_unit_test(test_utf8_finds_controls_but_allows_line_breaks),
		cmocka_unit_test(test_utf8_escape_makes_text_safe_and_marks_cuts),
		cmocka_unit_test(test_markup_splits_marked_words),
		cmocka_unit_test(test_markup_check_explains_bad_marks),
		cmocka_unit_test(test_markup_stays_linear_on_many_open_marks),
		cmocka_unit_test(test_suggest_finds_close_typos_only),
		cmocka_unit_test(test_readability_counts_syllables),
		cmocka_unit_test(test_readability_formulas_match_known_values),
		cmocka_unit_test(test_readability_reads_marks_and_bullets_as_shown),
		cmocka_unit_test(test_readability_counts_spanish_syllables_by_spanish_rules),
		cmocka_unit_test(test_readability_grades_spanish_with_szigriszt_pazos),
		cmocka_unit_test(test_readability_picks_a_formula_only_for_its_language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
