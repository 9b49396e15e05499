/* With speech on, `kiosk --check` warns about text that reads badly
 * aloud, once a topic, where it is first written. */
#include "testutil.h"

#include "speakcheck.h"

static const char topic[] =
	"id: alpha\n"
	"title: A test topic\n"
	"summary: A short summary.\n"
	"language: en\n"
	"last_reviewed: 2026-01-01\n"
	"next_review_due: 2027-01-01\n"
	"reviewed_by: [Test reviewer]\n"
	"sources:\n"
	"  - citation: A source.\n"
	"sections:\n"
	"  - kind: overview\n"
	"    pages:\n"
	"      - title: First page\n"
	"        blocks:\n"
	"          - paragraph: Rest and/or ice, e.g. a cold pack. Go to A&E.\n"
	"      - title: Second page\n"
	"        blocks:\n"
	"          - bullets: [Pain & swelling, Heat or ice / rest, 2 + 2]\n";

static void test_symbols_and_short_forms_are_named_once_where_first_written(void **state)
{
	char dir[64];
	struct content_library *lib;
	struct diag d = DIAG_INIT;
	char *text;
	(void)state;

	setlocale(LC_ALL, "C.UTF-8");
	assert_int_equal(test_make_dir(dir, sizeof dir, "speak"), 0);
	test_write_file(dir, "alpha.yaml", topic);
	content_keep_text_positions(true);
	lib = content_library_load(dir, &d);
	content_keep_text_positions(false);
	assert_int_equal(d.count, 0);
	assert_int_equal(speakcheck_library(lib, &d), 4);
	text = test_diag_text(&d);
	assert_non_null(strstr(text, "alpha.yaml:15:32: warning: '/' on page 'First "
			       "page' reads badly aloud (speech is on); write 'or' "
			       "or 'and' instead\n"));
	assert_non_null(strstr(text, "alpha.yaml:15:41: warning: 'e.g.' on page "
			       "'First page' reads badly aloud (speech is on); "
			       "write 'for example' instead\n"));
	assert_non_null(strstr(text, "alpha.yaml:18:28: warning: '&' on page "
			       "'Second page'"));
	assert_non_null(strstr(text, "alpha.yaml:18:62: warning: '+' on page "
			       "'Second page'"));
	free(text);
	diag_clear(&d);
	content_library_free(lib);
	assert_int_equal(test_remove_dir(dir), 0);
}

static void test_a_language_without_a_voice_is_named_once(void **state)
{
	char dir[64];
	struct content_library *lib;
	struct diag d = DIAG_INIT;
	char *zz = strdup(topic), *at;
	(void)state;

	setlocale(LC_ALL, "C.UTF-8");
	assert_int_equal(test_make_dir(dir, sizeof dir, "speak"), 0);
	at = strstr(zz, "language: en");
	memcpy(at, "language: zz", 12);
	test_write_file(dir, "alpha.yaml", zz);
	memcpy(zz, "id: alphb", 9);
	test_write_file(dir, "alphb.yaml", zz);
	lib = content_library_load(dir, &d);
	if (d.count)
		fail_msg("%s", test_diag_text(&d));
	speakcheck_library(lib, &d);
	test_assert_diag_contains(&d, ".yaml: warning: speech is on, but eSpeak NG has "
				  "no voice for the language 'zz'");
	assert_int_equal(d.count, 1 + 2 * 4);
	diag_clear(&d);
	content_library_free(lib);
	free(zz);
	assert_int_equal(test_remove_dir(dir), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_symbols_and_short_forms_are_named_once_where_first_written),
		cmocka_unit_test(test_a_language_without_a_voice_is_named_once),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
