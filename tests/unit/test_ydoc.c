/* Hostile and malformed YAML: every case ends in a positioned error or a
 * tree, never a crash, a hang or unbounded memory. */
#include "testutil.h"

#include "ydoc.h"

struct parsed {
	struct arena arena;
	struct diag diag;
	struct ynode *root;
};

static void parse(struct parsed *p, const char *bytes, size_t len)
{
	memset(p, 0, sizeof *p);
	p->root = ydoc_parse("t.yaml", bytes, len, &p->arena, &p->diag);
}

static void release(struct parsed *p)
{
	arena_free(&p->arena);
	diag_clear(&p->diag);
}

/* Parses s and asserts the one error is message at line:col. */
static void expect_error(const char *s, size_t len, const char *message)
{
	struct parsed p;

	parse(&p, s, len);
	assert_null(p.root);
	assert_true(p.diag.errors >= 1);
	test_assert_diag_contains(&p.diag, message);
	release(&p);
}

static void test_ydoc_builds_a_tree_with_positions(void **state)
{
	const char *s = "title: Hip\nitems:\n  - one\n  - \"two\"\n";
	struct parsed p;
	(void)state;

	parse(&p, s, strlen(s));
	assert_non_null(p.root);
	assert_int_equal(p.root->kind, YNODE_MAP);
	assert_int_equal(p.root->len, 2);
	const struct ynode *items = p.root->child->next->next->next;
	assert_int_equal(items->kind, YNODE_SEQ);
	assert_int_equal(items->len, 2);
	assert_int_equal(items->child->line, 3);
	assert_int_equal(items->child->col, 5);
	assert_true(items->child->plain);
	assert_false(items->child->next->plain);
	assert_string_equal(items->child->next->text, "two");
	release(&p);
}

static void test_ydoc_rejects_an_empty_file(void **state)
{
	(void)state;
	expect_error("", 0, "t.yaml:1:1: error: the file is empty");
	expect_error("# only a comment\n", 17, "the file is empty");
}

static void test_ydoc_reports_tab_indentation_with_a_fix(void **state)
{
	const char *s = "title: x\nsections:\n\t- kind: overview\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:3:1: error: a tab is used for indenting");
}

static void test_ydoc_reports_a_misplaced_colon(void **state)
{
	const char *s = "title: Hip pain: what to do\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:1:16: error: unexpected ': '");
}

static void test_ydoc_reports_bad_indentation(void **state)
{
	const char *s = "a:\n  b: 1\n c: 2\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:3:2: error: ");
}

static void test_ydoc_reports_an_unclosed_quote_where_it_opens(void **state)
{
	const char *s = "title: x\nsummary: \"never closed\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:2:10: error: this quoted text is never closed");
}

static void test_ydoc_refuses_anchors_and_aliases(void **state)
{
	const char *anchor = "a: &x hello\nb: *x\n";
	const char *recursive = "a: &a [*a]\n";
	(void)state;
	expect_error(anchor, strlen(anchor), "t.yaml:1:4: error: anchors ('&') are not supported");
	expect_error(recursive, strlen(recursive), "anchors ('&') are not supported");
}

static void test_ydoc_stops_billion_laughs_at_the_first_anchor(void **state)
{
	const char *s =
		"a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
		"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
		"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
		"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
		"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
		"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
		"g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:1:4: error: anchors");
}

static void test_ydoc_refuses_tags(void **state)
{
	const char *s = "a: !!binary aGVsbG8=\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:1:4: error: tags ('!') are not supported");
}

static void test_ydoc_refuses_a_second_document(void **state)
{
	const char *s = "a: 1\n---\nb: 2\n";
	(void)state;
	expect_error(s, strlen(s), "t.yaml:2:1: error: a second document starts here");
}

static void test_ydoc_limits_deep_nesting(void **state)
{
	enum { DEPTH = 100000 };
	char *s = malloc(2 * DEPTH + 1);
	(void)state;

	assert_non_null(s);
	memset(s, '[', DEPTH);
	memset(s + DEPTH, ']', DEPTH);
	s[2 * DEPTH] = '\0';
	expect_error(s, 2 * DEPTH, "t.yaml:1:33: error: lists and keys are nested more than 32 deep");
	free(s);
}

static void test_ydoc_limits_deep_block_nesting(void **state)
{
	char buf[8192];
	size_t n = 0;
	(void)state;

	for (int i = 0; i < 60; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%*sk:\n", i, "");
	expect_error(buf, n, "nested more than 32 deep");
}

static void test_ydoc_limits_text_length(void **state)
{
	size_t len = 5 * 1024 * 1024;
	char *s = malloc(len + 1);
	(void)state;

	assert_non_null(s);
	memcpy(s, "a: ", 3);
	memset(s + 3, 'x', len - 4);
	s[len - 1] = '\n';
	s[len] = '\0';
	expect_error(s, len, "t.yaml:1:4: error: this text is 5242876 bytes long; the limit is 65536");
	free(s);
}

static void test_ydoc_limits_the_number_of_values(void **state)
{
	size_t count = YDOC_MAX_NODES + 10, len = 0;
	char *s = malloc(count * 2 + 4);
	(void)state;

	assert_non_null(s);
	s[len++] = '[';
	for (size_t i = 0; i < count; i++) {
		s[len++] = '1';
		s[len++] = ',';
	}
	s[len - 1] = ']';
	expect_error(s, len, "too many values in one file");
	free(s);
}

static void test_ydoc_rejects_invalid_utf8_with_its_position(void **state)
{
	const char s[] = "title: ok\nsummary: caf\xC3\x28\n";
	(void)state;
	expect_error(s, sizeof s - 1, "t.yaml:2:13: error: the file is not valid UTF-8 text");
}

static void test_ydoc_rejects_nul_bytes_and_control_characters(void **state)
{
	const char nul[] = "title: a\0b\n";
	const char bell[] = "title: a\x07\n";
	(void)state;
	expect_error(nul, sizeof nul - 1, "t.yaml:1:9: error: the file contains a NUL byte");
	expect_error(bell, sizeof bell - 1, "the file contains a control character");
}

static void test_ydoc_accepts_bom_and_crlf(void **state)
{
	const char s[] = "\xEF\xBB\xBFtitle: Hip\r\nsummary: Pain\r\n";
	struct parsed p;
	(void)state;

	parse(&p, s, sizeof s - 1);
	assert_non_null(p.root);
	assert_string_equal(p.root->child->next->text, "Hip");
	assert_int_equal(p.root->child->next->next->line, 2);
	release(&p);
}

static void test_ydoc_survives_binary_junk(void **state)
{
	unsigned char junk[4096];
	uint32_t x = 2463534242u;
	(void)state;

	for (int round = 0; round < 200; round++) {
		struct parsed p;

		for (size_t i = 0; i < sizeof junk; i++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			junk[i] = (unsigned char)x;
		}
		parse(&p, (const char *)junk, sizeof junk);
		assert_true(p.root || p.diag.errors > 0);
		release(&p);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ydoc_builds_a_tree_with_positions),
		cmocka_unit_test(test_ydoc_rejects_an_empty_file),
		cmocka_unit_test(test_ydoc_reports_tab_indentation_with_a_fix),
		cmocka_unit_test(test_ydoc_reports_a_misplaced_colon),
		cmocka_unit_test(test_ydoc_reports_bad_indentation),
		cmocka_unit_test(test_ydoc_reports_an_unclosed_quote_where_it_opens),
		cmocka_unit_test(test_ydoc_refuses_anchors_and_aliases),
		cmocka_unit_test(test_ydoc_stops_billion_laughs_at_the_first_anchor),
		cmocka_unit_test(test_ydoc_refuses_tags),
		cmocka_unit_test(test_ydoc_refuses_a_second_document),
		cmocka_unit_test(test_ydoc_limits_deep_nesting),
		cmocka_unit_test(test_ydoc_limits_deep_block_nesting),
		cmocka_unit_test(test_ydoc_limits_text_length),
		cmocka_unit_test(test_ydoc_limits_the_number_of_values),
		cmocka_unit_test(test_ydoc_rejects_invalid_utf8_with_its_position),
		cmocka_unit_test(test_ydoc_rejects_nul_bytes_and_control_characters),
		cmocka_unit_test(test_ydoc_accepts_bom_and_crlf),
		cmocka_unit_test(test_ydoc_survives_binary_junk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
