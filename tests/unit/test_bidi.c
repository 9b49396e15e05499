/* bidi: lines of right-to-left and mixed text in the order and forms a
 * terminal must draw them. */
#include "testutil.h"

#include "bidi.h"

/* The visual form of text, checked against expected and its width. */
static void expect_visual(const char *text, bool rtl, const char *expected,
			  int width)
{
	struct bidi_line line;

	assert_true(bidi_line_visual(text, strlen(text), rtl, &line));
	if (strcmp(line.text, expected) != 0)
		fail_msg("'%s' drawn as '%s', expected '%s'", text, line.text, expected);
	assert_int_equal(line.bytes, strlen(expected));
	assert_int_equal(line.width, width);
	bidi_line_free(&line);
}

static void test_bidi_leaves_left_to_right_text_alone(void **state)
{
	(void)state;
	expect_visual("Take 2 tablets (400 mg).", false, "Take 2 tablets (400 mg).", 24);
	assert_false(bidi_has_rtl("Take 2 tablets", 14));
	assert_true(bidi_has_rtl("دواء", strlen("دواء")));
	assert_true(bidi_has_rtl("שלום", strlen("שלום")));
}

static void test_bidi_reverses_hebrew_and_mirrors_brackets(void **state)
{
	(void)state;
	/* Hebrew has no joining forms, so only the order changes. */
	expect_visual("אבג", true, "גבא", 3);
	/* "(" opens the run on the right, so it is drawn as ")". */
	expect_visual("א(ב)", true, "(ב)א", 4);
}

static void test_bidi_keeps_numbers_and_english_in_reading_order(void **state)
{
	(void)state;
	/* A Hebrew word, then a number, then an English word: read from the
	 * right, the Hebrew, then 123, then def; each keeps its own order. */
	expect_visual("אבג 123 def", true, "def 123 גבא", 11);
	/* A number after an English word belongs to its run. */
	expect_visual("אבג def 123", true, "def 123 גבא", 11);
	/* In a left-to-right line, a number after Hebrew belongs to the
	 * Hebrew phrase, which reads from its right end. */
	expect_visual("abc אבג 12", false, "abc 12 גבא", 10);
}

static void test_bidi_shapes_arabic_into_joined_forms(void **state)
{
	(void)state;
	/* beh yeh teh: initial, medial and final forms, drawn right to left. */
	expect_visual("بيت", true, "\uFE96\uFEF4\uFE91", 3);
	/* seen lam alef meem: lam and alef join into one ligature, so the
	 * width is 3 columns for 4 letters. */
	expect_visual("سلام", true, "\uFEE1\uFEFC\uFEB3", 3);
	/* Wholly right-to-left lines: brackets mirrored, the full stop at the
	 * left end where the sentence ends. */
	expect_visual("(بيت)", true, "(\uFE96\uFEF4\uFE91)", 5);
	expect_visual("بيت.", true, ".\uFE96\uFEF4\uFE91", 4);
}

static void test_bidi_reads_a_drug_name_and_dose_inside_arabic(void **state)
{
	struct bidi_line line;
	const char *text = "خذ ibuprofen 400";
	(void)state;

	/* "take" (khah thal: initial khah, final thal) on the right. */
	expect_visual(text, true, "ibuprofen 400 \uFEAC\uFEA7", 16);
	assert_true(bidi_line_visual(text, strlen(text), true, &line));
	/* The first character drawn is the 'i' of ibuprofen, byte 5 of the
	 * line; the last is khah, byte 0. */
	assert_int_equal(line.count, 16);
	assert_int_equal(line.logical[0], 5);
	assert_int_equal(line.logical[line.count - 1], 0);
	/* Each drawn character's columns add up to the line's width. */
	for (size_t i = 0, sum = 0; i < line.count; i++) {
		assert_int_equal(line.widths[i], 1);
		sum += line.widths[i];
		if (i + 1 == line.count)
			assert_int_equal(sum, line.width);
	}
	bidi_line_free(&line);
}

static void test_bidi_survives_random_mixed_lines(void **state)
{
	/* Letters of both directions, digits, brackets, marks, joiners and
	 * the explicit embedding controls. */
	static const char *const pool[] = {
		"a", "Z", "1", "9", " ", "(", ")", "[", ".", "-", "%", "ل", "ا",
		"ب", "ي", "ت", "ـ", "\u064E", "\u0661", "א", "ב", "\u200D",
		"\u200F", "\u202A", "\u202B", "\u202C", "\u202E", "\u2067",
		"\u2069", "\uFEFF", "é", "中",
	};
	unsigned seed = 13;
	(void)state;

	for (int round = 0; round < 2000; round++) {
		char text[256] = "";
		size_t len;
		struct bidi_line line;
		int words = (int)(rand_r(&seed) % 40);

		for (int w = 0; w < words; w++)
			strcat(text, pool[rand_r(&seed) % (sizeof pool / sizeof pool[0])]);
		len = strlen(text);
		assert_true(bidi_line_visual(text, len, round % 2, &line));
		assert_true(line.width >= 0 && line.width <= 2 * words);
		assert_true(line.count <= (size_t)words);
		for (size_t i = 0; i < line.count; i++)
			assert_true(line.logical[i] < len);
		bidi_line_free(&line);
	}
}

static void test_bidi_refuses_malformed_utf8(void **state)
{
	struct bidi_line line;
	(void)state;

	assert_false(bidi_line_visual("ab\xff", 3, true, &line));
	assert_null(line.text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bidi_leaves_left_to_right_text_alone),
		cmocka_unit_test(test_bidi_reverses_hebrew_and_mirrors_brackets),
		cmocka_unit_test(test_bidi_keeps_numbers_and_english_in_reading_order),
		cmocka_unit_test(test_bidi_shapes_arabic_into_joined_forms),
		cmocka_unit_test(test_bidi_reads_a_drug_name_and_dose_inside_arabic),
		cmocka_unit_test(test_bidi_survives_random_mixed_lines),
		cmocka_unit_test(test_bidi_refuses_malformed_utf8),
	};

	setlocale(LC_CTYPE, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
