/* The staff screen's report: the problems in force, when content was last
 * taken and each file's state, built without a terminal. */
#include "testutil.h"

#include "staff.h"

#include <locale.h>

static void test_staff_report_lists_files_problems_and_the_last_reload(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load("tests/fixtures/check/mixed", &diag);
	struct staff_report r = { 0 };
	static const char *const expected[] = {
		"Content last taken: not yet",
		"1 topic, 1 glossary; 2 errors, 1 warning.",
		"",
		"Files:",
		"  glossary.yaml: in use, with warnings",
		"  good.yaml: has errors: the last good version is shown",
		"  bad.yaml: has errors: not shown",
		"",
		"Problems:",
		"  tests/fixtures/check/mixed/bad.yaml:4:11: error: 'language' should "
		"be a language code of 2 or 3 small letters, like 'en' or 'cy'",
		"  tests/fixtures/check/mixed/good.yaml:9:1: error: a later save has a "
		"mistake",
		"  tests/fixtures/check/mixed/glossary.yaml: warning: an entry is not used",
	};
	(void)state;

	diag_add(&diag, DIAG_ERROR, "tests/fixtures/check/mixed/good.yaml", 9, 1,
		 "a later save has a mistake");
	diag_add(&diag, DIAG_WARNING, "tests/fixtures/check/mixed/glossary.yaml", 0, 0,
		 "an entry is not used");
	staff_report_build(&r, lib, &diag, 0);
	assert_int_equal(r.count, sizeof expected / sizeof *expected);
	for (size_t i = 0; i < r.count; i++)
		assert_string_equal(r.lines[i], expected[i]);
	/* Built again, it replaces what it held. */
	staff_report_build(&r, lib, &diag, 0);
	assert_int_equal(r.count, sizeof expected / sizeof *expected);
	staff_report_free(&r);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_staff_report_of_a_clean_library_has_no_problem_list(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load("content", &diag);
	struct staff_report r = { 0 };
	(void)state;

	bool groups_listed = false;

	staff_report_build(&r, lib, &diag, 0);
	assert_string_equal(r.lines[1], "5 topics, 3 glossaries; 0 errors, 0 warnings.");
	for (size_t i = 0; i < r.count; i++) {
		assert_null(strstr(r.lines[i], "Problems"));
		groups_listed |= !strcmp(r.lines[i], "  library.yaml: in use");
	}
	/* The menu's groups are a file like the others. */
	assert_true(groups_listed);
	staff_report_free(&r);
	content_library_free(lib);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_staff_report_lists_files_problems_and_the_last_reload),
		cmocka_unit_test(test_staff_report_of_a_clean_library_has_no_problem_list),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
