/* `kiosk --check` on each fixture folder under tests/fixtures/check prints
 * exactly the messages checked in as that folder's expected.txt. */
#include "testutil.h"

#include "check.h"

#include <dirent.h>

static const char *const fixture_root = "tests/fixtures/check";

/* A fixed day, so review-date warnings do not change with the calendar. */
static const struct content_date fixture_today = { 2026, 6, 1 };

static char *check_output_with(const char *dir, bool strict, int *status)
{
	struct check_options opt = { .dir = dir, .strict = strict, .today = fixture_today };
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

static void test_check_output_matches_expected_for_every_fixture(void **state)
{
	DIR *d = opendir(fixture_root);
	struct dirent *de;
	int cases = 0, mismatches = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d))) {
		char dir[512], expected_path[600];
		char *expected, *got;
		int status;

		if (de->d_name[0] == '.')
			continue;
		snprintf(dir, sizeof dir, "%s/%s", fixture_root, de->d_name);
		snprintf(expected_path, sizeof expected_path, "%s/expected.txt", dir);
		expected = test_read_file(expected_path, NULL);
		got = check_output(dir, &status);
		if (strcmp(expected, got) != 0) {
			print_error("--- %s: expected\n%s--- got\n%s", de->d_name,
				    expected, got);
			mismatches++;
		}
		/* Exit status follows the error count in the summary line. */
		if ((strstr(expected, " 0 errors,") != NULL) != (status == 0)) {
			print_error("%s: wrong exit status %d\n", de->d_name, status);
			mismatches++;
		}
		free(expected);
		free(got);
		cases++;
	}
	closedir(d);
	assert_true(cases >= 10);
	assert_int_equal(mismatches, 0);
}

/* The bundled translations await review by fluent clinicians: their
 * "not yet reviewed" warnings are the only ones allowed. */
static void assert_only_review_warnings(const char *got)
{
	size_t warnings = 0;

	for (const char *w = strstr(got, ": warning: "); w;
	     w = strstr(w + 1, ": warning: ")) {
		if (strncmp(w, ": warning: not yet reviewed by a fluent clinician;", 50))
			fail_msg("unexpected warning: %.120s", w);
		warnings++;
	}
	assert_int_equal(warnings, 3);
	assert_non_null(strstr(got, " 0 errors, 3 warnings\n"));
}

static void test_check_passes_the_bundled_content(void **state)
{
	int status;
	char *got = check_output("content", &status);
	(void)state;

	assert_int_equal(status, 0);
	assert_only_review_warnings(got);
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
	/* Strict fails the bundled content on the review warnings alone. */
	got = check_output_with("content", true, &status);
	assert_int_equal(status, 1);
	assert_only_review_warnings(got);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_output_matches_expected_for_every_fixture),
		cmocka_unit_test(test_check_passes_the_bundled_content),
		cmocka_unit_test(test_check_strict_fails_on_warnings_alone),
		cmocka_unit_test(test_check_reports_a_missing_folder),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
