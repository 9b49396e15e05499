/* Where each character of a text was written: the runs textpos keeps for
 * plain, block and quoted scalars, found back from a pointer. */
#include "testutil.h"

#include "textpos.h"
#include "ydoc.h"

/* Parses doc, notes the value of key 'k' and returns the line:col of the
 * first occurrence of word in it, as "L:C". */
static const char *place_of(const char *doc, const char *word, char *buf, size_t size)
{
	struct arena arena = { 0 };
	struct diag diag = DIAG_INIT;
	struct textpos_table table = { 0 };
	const struct ynode *root = ydoc_parse("t.yaml", doc, strlen(doc), &arena, &diag);
	const struct ynode *value;
	unsigned line = 0, col = 0;

	assert_non_null(root);
	value = root->child->next;
	textpos_add(&table, &arena, value->text, value->len, value, doc, strlen(doc));
	textpos_finish(&table);
	assert_true(textpos_find(&table, strstr(value->text, word), &line, &col));
	snprintf(buf, size, "%u:%u", line, col);
	textpos_free(&table);
	arena_free(&arena);
	diag_clear(&diag);
	return buf;
}

static void test_a_plain_text_on_one_line_counts_characters_not_bytes(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("k: Café crème, then bursitis.\n", "bursitis", at,
				     sizeof at), "1:21");
}

static void test_a_plain_text_folded_over_lines_points_at_the_right_line(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("k: one two\n   three   four\n  five\n", "four",
				     at, sizeof at), "2:12");
	assert_string_equal(place_of("k: one two\n   three   four\n  five\n", "five",
				     at, sizeof at), "3:3");
}

static void test_a_folded_block_skips_its_header_and_comment(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("k: >-   # a note, tendon\n  The first line\n"
				     "  and the tendon here.\n", "tendon", at, sizeof at),
			    "3:11");
}

static void test_a_literal_block_keeps_its_lines(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("k: |\n  a\n\n    b indented\n", "indented",
				     at, sizeof at), "4:7");
}

static void test_a_single_quoted_text_counts_a_doubled_quote_as_two(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("k: 'it''s the hip'\n", "hip", at, sizeof at),
			    "1:15");
}

static void test_after_a_double_quoted_escape_the_scalar_start_is_given(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("k: \"plain hip\"\n", "hip", at, sizeof at), "1:11");
	assert_string_equal(place_of("k: \"caf\\u00e9 and hip\"\n", "hip", at, sizeof at),
			    "1:4");
}

static void test_windows_line_endings_and_a_byte_order_mark_are_allowed_for(void **state)
{
	char at[32];

	(void)state;
	assert_string_equal(place_of("\xEF\xBB\xBFk: one\r\n  two\r\n", "two",
				     at, sizeof at), "2:3");
}

static void test_a_place_inside_a_text_is_found_on_the_spot_for_an_error(void **state)
{
	static const char doc[] = "k: >\n  one [[two\n  three ]] four\n";
	struct arena arena = { 0 };
	struct diag diag = DIAG_INIT;
	const struct ynode *root = ydoc_parse("t.yaml", doc, strlen(doc), &arena, &diag);
	const struct ynode *value;
	unsigned line = 0, col = 0;

	(void)state;
	assert_non_null(root);
	value = root->child->next;
	textpos_locate(value, doc, strlen(doc), (size_t)(strstr(value->text, "]]") - value->text),
		       &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 9);
	arena_free(&arena);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_plain_text_on_one_line_counts_characters_not_bytes),
		cmocka_unit_test(test_a_plain_text_folded_over_lines_points_at_the_right_line),
		cmocka_unit_test(test_a_folded_block_skips_its_header_and_comment),
		cmocka_unit_test(test_a_literal_block_keeps_its_lines),
		cmocka_unit_test(test_a_single_quoted_text_counts_a_doubled_quote_as_two),
		cmocka_unit_test(test_after_a_double_quoted_escape_the_scalar_start_is_given),
		cmocka_unit_test(test_windows_line_endings_and_a_byte_order_mark_are_allowed_for),
		cmocka_unit_test(test_a_place_inside_a_text_is_found_on_the_spot_for_an_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
