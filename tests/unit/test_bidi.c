/* bidi: lines of right-to-left and mixed text in the order and forms a
 * terminal must draw them. */
#include "testutil.h"

#include "bidi.h"

#include <fribidi.h>

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

/* bidi_line_visual_in, with one work reused across calls, against
 * fribidi_log2vis: FriBidi's own whole algorithm, no shortcut. */
static void expect_as_fribidi(struct bidi_work *work, const char *text, bool rtl)
{
	FriBidiChar chars[512], visual[512], kept[512];
	FriBidiStrIndex to_logical[512];
	FriBidiParType dir = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	size_t len = strlen(text), offsets[512], n = 0, count = 0;
	char expected[2048];
	struct bidi_line line;

	for (size_t at = 0; at < len; at++)
		if (((unsigned char)text[at] & 0xC0) != 0x80)
			offsets[n++] = at;
	assert_int_equal(fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, text,
						    (FriBidiStrIndex)len, chars), n);
	assert_true(fribidi_log2vis(chars, (FriBidiStrIndex)n, &dir, visual, NULL,
				    to_logical, NULL) || n == 0);
	assert_true(bidi_line_visual_in(work, text, len, rtl, &line));
	for (size_t v = 0; v < n; v++) {
		if (visual[v] == FRIBIDI_CHAR_FILL)
			continue;
		assert_true(count < line.count);
		assert_int_equal(line.logical[count], offsets[to_logical[v]]);
		kept[count++] = visual[v];
	}
	fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, kept, (FriBidiStrIndex)count,
				   expected);
	if (strcmp(line.text, expected) != 0)
		fail_msg("'%s' drawn as '%s', FriBidi gives '%s'", text, line.text, expected);
	assert_int_equal(line.count, count);
}

static void test_bidi_shortcut_draws_lines_as_fribidi_does(void **state)
{
	static const char *const lines[] = {
		/* Wholly right to left: the shortcut. */
		"خذ الدواء مرتين في اليوم",
		"سلام لا الألم",			/* lam-alef ligatures */
		"(بيت) [كتاب] {قلم} <باب>",		/* mirrored brackets */
		"بَيْتٌ جَمِيلٌ",				/* marks after letters */
		"\u064E\u0651بيت",			/* marks with no letter before */
		"بيت\u064E\u0651 ،؟ .",			/* marks, Arabic punctuation */
		"שָׁלוֹם עולם",				/* Hebrew with points */
		"كـــبير",				/* tatweel */
		"  بيت  ",
		"",
		/* Separators: FriBidi starts afresh after a paragraph's end. */
		"بيت\tبيت",
		"\n?",
		"بيت\n(بيت)",
		/* Mixed: the general path. */
		"خذ 2 قرص (400 ملغ)",
		"خذ ibuprofen 400 مرتين.",
		"١٢٣ بيت",
		"بيت \u200Dكتاب",
	};
	struct bidi_work work = { 0 };
	(void)state;

	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		expect_as_fribidi(&work, lines[i], true);
		expect_as_fribidi(&work, lines[i], false);
	}
	bidi_work_free(&work);
}

static void test_bidi_shortcut_matches_fribidi_on_random_right_to_left_lines(void **state)
{
	/* Letters that join and do not, lam and alef, marks, spaces,
	 * brackets and punctuation: everything a wholly right-to-left line
	 * holds, and a digit now and then to leave the shortcut. */
	static const char *const pool[] = {
		"ل", "ا", "أ", "ب", "ي", "ت", "ة", "د", "ر", "و", "ء", "ـ", "\u064E",
		"\u0651", "\u0670", " ", " ", "(", ")", "[", "]", "«", "»", ".", "،",
		"؟", "-", "%", "א", "ב", "\u05B8", "٣",
	};
	struct bidi_work work = { 0 };
	unsigned seed = 7;
	(void)state;

	for (int round = 0; round < 3000; round++) {
		char text[512] = "";
		int chars = (int)(rand_r(&seed) % 60);

		for (int c = 0; c < chars; c++)
			strcat(text, pool[rand_r(&seed) % (sizeof pool / sizeof pool[0])]);
		expect_as_fribidi(&work, text, true);
	}
	bidi_work_free(&work);
}

static void test_bidi_mirrors_no_character_the_shortcut_skips(void **state)
{
	FriBidiChar mirrored;
	(void)state;

	/* The shortcut asks FriBidi about ASCII brackets only, and about no
	 * character of the Hebrew and Arabic blocks. */
	for (FriBidiChar c = 0; c < 0x80; c++)
		assert_int_equal(fribidi_get_mirror_char(c, &mirrored) != 0,
				 strchr("()<>[]{}", (int)c) != NULL && c != 0);
	for (FriBidiChar c = 0x590; c <= 0x8FF; c++)
		assert_false(fribidi_get_mirror_char(c, &mirrored));
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
		cmocka_unit_test(test_bidi_shortcut_draws_lines_as_fribidi_does),
		cmocka_unit_test(test_bidi_shortcut_matches_fribidi_on_random_right_to_left_lines),
		cmocka_unit_test(test_bidi_mirrors_no_character_the_shortcut_skips),
	};

	setlocale(LC_CTYPE, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
