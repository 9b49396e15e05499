/* `kiosk --check` on each fixture folder under tests/fixtures/check prints
 * exactly the messages checked in as that folder's expected.txt. */
#include "testutil.h"

#include "check.h"

#include <dirent.h>
#include <unistd.h>

static const char *const fixture_root = "tests/fixtures/check";

/* A fixed day, so review-date warnings do not change with the calendar. */
static const struct content_date fixture_today = { 2026, 6, 1 };

static char *check_output_with(const char *dir, bool strict, int *status)
{
	struct check_options opt = { .target = dir, .strict = strict, .today = fixture_today };
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	assert_non_null(out);
	*status = check_run(&opt, out);
	fclose(out);
	return text;
}

static char *check_output(const char *dir, int *status)
{
	return check_output_with(dir, false, status);
}

/* Checks folder dir against its expected.txt; returns the mismatches
 * (0 or more), printing what differs. */
static int compare_with_expected(const char *dir, const char *name)
{
	char expected_path[600];
	char *expected, *got;
	int status, mismatches = 0;

	snprintf(expected_path, sizeof expected_path, "%s/expected.txt", dir);
	expected = test_read_file(expected_path, NULL);
	got = check_output(dir, &status);
	if (strcmp(expected, got) != 0) {
		print_error("--- %s: expected\n%s--- got\n%s", name, expected, got);
		mismatches++;
	}
	/* Exit status follows the error count in the summary line. */
	if ((strstr(expected, " 0 errors,") != NULL) != (status == 0)) {
		print_error("%s: wrong exit status %d\n", name, status);
		mismatches++;
	}
	free(expected);
	free(got);
	return mismatches;
}

static void test_check_output_matches_expected_for_every_fixture(void **state)
{
	DIR *d = opendir(fixture_root);
	struct dirent *de;
	int cases = 0, mismatches = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d))) {
		char dir[512];

		if (de->d_name[0] == '.')
			continue;
		snprintf(dir, sizeof dir, "%s/%s", fixture_root, de->d_name);
		mismatches += compare_with_expected(dir, de->d_name);
		cases++;
	}
	closedir(d);
	assert_true(cases >= 10);
	assert_int_equal(mismatches, 0);
}

/* The commonest mistakes staff make, one at a time in an otherwise good
 * topic (tests/fixtures/mistakes/NAME), each with the exact messages
 * checked in as NAME/expected.txt. */
static void test_check_explains_each_common_mistake(void **state)
{
	static const char *const mistakes[] = {
		"01-indent-key", "02-indent-item-too-far", "03-indent-block-too-little",
		"04-indent-list-under-key", "05-tab", "06-colon-in-text",
		"07-colon-in-bullet", "08-unclosed-quote", "09-missing-dash-first",
		"10-missing-dash-middle", "11-missing-dash-last", "12-misspelt-key",
		"13-wrong-kind", "14-bad-link", "15-undefined-glossary-word",
		"16-date-not-iso", "17-crlf-and-bom", "18-utf-16", "19-long-sentence",
		"20-yml-ending", "21-swap-and-backup-files", "22-copy-and-wrong-ending",
	};
	int mismatches = 0;
	(void)state;

	for (size_t i = 0; i < sizeof mistakes / sizeof *mistakes; i++) {
		char dir[512];

		snprintf(dir, sizeof dir, "tests/fixtures/mistakes/%s", mistakes[i]);
		mismatches += compare_with_expected(dir, mistakes[i]);
	}
	assert_int_equal(mismatches, 0);
}

static void test_check_passes_the_bundled_content(void **state)
{
	int status;
	char *got = check_output("content", &status);
	(void)state;

	assert_int_equal(status, 0);
	assert_non_null(strstr(got, "0 errors, 0 warnings"));
	free(got);
}

static void test_check_strict_fails_on_warnings_alone(void **state)
{
	int status;
	char *got = check_output_with("tests/fixtures/check/quality", false, &status);
	(void)state;

	assert_int_equal(status, 0);
	assert_non_null(strstr(got, " 0 errors, "));
	free(got);
	got = check_output_with("tests/fixtures/check/quality", true, &status);
	assert_int_equal(status, 1);
	free(got);
	got = check_output_with("content", true, &status);
	assert_int_equal(status, 0);
	free(got);
}

static void test_check_reports_a_missing_folder(void **state)
{
	int status;
	char *got = check_output("tests/fixtures/no-such-folder", &status);
	(void)state;

	assert_int_equal(status, 1);
	assert_non_null(strstr(got, "tests/fixtures/no-such-folder: error: cannot open the content folder"));
	free(got);
}

static void test_check_fails_on_a_folder_without_topics(void **state)
{
	char dir[] = "/tmp/kiosk-empty-XXXXXX";
	int status;
	char *got;
	(void)state;

	assert_non_null(mkdtemp(dir));
	got = check_output(dir, &status);
	rmdir(dir);
	assert_int_equal(status, 1);
	assert_non_null(strstr(got, ": error: no topics found in /tmp/kiosk-empty-"));
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_output_matches_expected_for_every_fixture),
		cmocka_unit_test(test_check_explains_each_common_mistake),
		cmocka_unit_test(test_check_passes_the_bundled_content),
		cmocka_unit_test(test_check_strict_fails_on_warnings_alone),
		cmocka_unit_test(test_check_reports_a_missing_folder),
		cmocka_unit_test(test_check_fails_on_a_folder_without_topics),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
