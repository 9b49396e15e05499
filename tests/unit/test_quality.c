/* The quality checks of `kiosk --check` stay linear in the text: a 2 MB
 * file built to be their worst case is checked in well under a second of
 * processor time (the quadratic checks they replace took minutes on it;
 * the bound here is generous, for a busy machine). */
#include "testutil.h"

#include "quality.h"

#include <time.h>
#include <unistd.h>

static const struct quality_options options = { 8, { 2026, 6, 1 } };

/* Writes dir/big.yaml: one valid topic of about 2 MB whose pages hold
 * paragraph(i) each. */
static void write_big_topic(const char *dir, void (*paragraph)(FILE *, int))
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/big.yaml", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("id: big\ntitle: Big\nsummary: Big.\nlanguage: en\n"
	      "last_reviewed: 2026-01-01\nnext_review_due: 2027-01-01\n"
	      "reviewed_by: [T]\nsources:\n  - citation: A.\nsections:\n"
	      "  - kind: overview\n    pages:\n", f);
	for (int i = 0; ftell(f) < 1900 * 1000; i++) {
		fprintf(f, "      - title: P%d\n        blocks:\n"
			"          - paragraph: \"", i);
		paragraph(f, i);
		fputs("\"\n", f);
	}
	fclose(f);
}

static void same_abbreviation(FILE *f, int page)
{
	(void)page;
	for (int i = 0; i < 20000; i++)
		fputs("AB ", f);
}

static void distinct_abbreviations(FILE *f, int page)
{
	for (int i = 0; i < 12000; i++) {
		int n = page * 12000 + i;
		fprintf(f, "%c%c%c%c ", 'A' + n / 17576 % 26, 'A' + n / 676 % 26,
			'A' + n / 26 % 26, 'A' + n % 26);
	}
}

static void brackets(FILE *f, int page)
{
	(void)page;
	for (int i = 0; i < 10000; i++)
		fputs("(AB) (", f);
}

/* Processor time, not wall time: other work on a shared machine does not
 * count against the checks. */
static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Loads dir, checks its quality and returns the seconds both took;
 * *warnings gets how many they found. */
static double time_quality_check(const char *dir, size_t *warnings)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct quality_summary *sums;
	struct timespec t0;
	double seconds;

	/* As `kiosk --check` loads it: with every text's place in the file
	 * (its lines of 60 kB are the worst case for finding them). */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	content_keep_text_positions(true);
	lib = content_library_load(dir, &diag);
	content_keep_text_positions(false);
	assert_int_equal(diag.errors, 0);
	assert_int_equal(lib->topic_count, 1);
	sums = quality_check(lib, &options, &diag);
	seconds = seconds_since(&t0);
	*warnings = diag.warnings;
	free(sums);
	content_library_free(lib);
	diag_clear(&diag);
	return seconds;
}

static void check_worst_case(void (*paragraph)(FILE *, int), size_t *warnings)
{
	char dir[] = "/tmp/kiosk-quality-XXXXXX", path[64];
	double seconds;

	assert_non_null(mkdtemp(dir));
	write_big_topic(dir, paragraph);
	seconds = time_quality_check(dir, warnings);
	snprintf(path, sizeof path, "%s/big.yaml", dir);
	unlink(path);
	rmdir(dir);
	/* Processor time under the sanitizers: about 0.3 s (0.1 s in the
	 * optimised build), but a busy virtual machine can bill several
	 * times that; the quadratic checks took many minutes. */
	if (seconds > 20.0)
		fail_msg("the quality checks of 2 MB took %.2f s of processor time",
			 seconds);
}

static void test_quality_checks_2_mb_of_one_abbreviation_inside_a_second(void **state)
{
	size_t warnings;
	(void)state;

	check_worst_case(same_abbreviation, &warnings);
	assert_true(warnings > 0);
}

static void test_quality_checks_2_mb_of_distinct_abbreviations_inside_a_second(void **state)
{
	size_t warnings;
	(void)state;

	check_worst_case(distinct_abbreviations, &warnings);
	/* Twenty named, one line for the rest, and a few page warnings. */
	assert_true(warnings < 200);
}

static void test_quality_checks_2_mb_of_brackets_inside_a_second(void **state)
{
	size_t warnings;
	(void)state;

	check_worst_case(brackets, &warnings);
}

static void test_quality_counts_abbreviations_past_twenty_in_one_line(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib;
	struct quality_summary *sums;
	char *text;
	(void)state;

	lib = content_library_load("tests/fixtures/quality-many", &diag);
	sums = quality_check(lib, &options, &diag);
	text = test_diag_text(&diag);
	assert_non_null(strstr(text, "'AA20' is never spelled out"));
	assert_null(strstr(text, "'AA21' is never spelled out"));
	assert_non_null(strstr(text, "5 more abbreviations that are never spelled out"));
	/* "(CT)" spells CT out, and "MRI (" spells MRI out. */
	assert_null(strstr(text, "'CT'"));
	assert_null(strstr(text, "'MRI'"));
	free(text);
	free(sums);
	content_library_free(lib);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quality_checks_2_mb_of_one_abbreviation_inside_a_second),
		cmocka_unit_test(test_quality_checks_2_mb_of_distinct_abbreviations_inside_a_second),
		cmocka_unit_test(test_quality_checks_2_mb_of_brackets_inside_a_second),
		cmocka_unit_test(test_quality_counts_abbreviations_past_twenty_in_one_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
