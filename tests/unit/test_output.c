/* What staff take away: printed handouts and usage figures, compared with
 * checked-in expected text. */
#include "testutil.h"

#include "print.h"
#include "stats.h"

#include <locale.h>

static struct content_library *lib;

static int setup(void **state)
{
	(void)state;
	lib = test_load_bundled();
	return lib ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	content_library_free(lib);
	return 0;
}

static void expect_same(const char *expected_path, char *got)
{
	char *expected = test_read_file(expected_path, NULL);

	if (strcmp(expected, got) != 0) {
		print_error("output differs from %s; got:\n%s", expected_path, got);
		free(expected);
		free(got);
		fail();
	}
	free(expected);
	free(got);
}

static char *printed(const char *id, int width)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	print_topic(lib, content_find_topic(lib, id, "en"), width, out);
	fclose(out);
	return text;
}

static void test_print_makes_the_expected_handout(void **state)
{
	(void)state;
	expect_same("tests/fixtures/print/hip-steroid-injection.72.txt",
		    printed("hip-steroid-injection", 72));
	expect_same("tests/fixtures/print/iliopsoas-tendinopathy-bursitis.50.txt",
		    printed("iliopsoas-tendinopathy-bursitis", 50));
}

static void test_print_keeps_every_line_within_the_width(void **state)
{
	char *text = printed("iliopsoas-tendinopathy-bursitis", 40);
	(void)state;

	for (char *line = text, *nl; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		assert_non_null(nl);
		*nl = '\0';
		/* Only a single unbreakable word may be longer (a URL). */
		if (strlen(line) > 40 && strchr(line, ' ') && !strstr(line, "http"))
			fail_msg("line longer than 40 columns: %s", line);
	}
	assert_null(strstr(text, "[["));
	free(text);
}

static void test_print_explains_the_glossary_words_used(void **state)
{
	char *text = printed("hip-steroid-injection", 72);
	(void)state;

	assert_non_null(strstr(text, "Words used in this leaflet"));
	assert_non_null(strstr(text, "steroid (say STEER-oyd): A man-made copy"));
	/* A word the topic never marks is not explained. */
	assert_null(strstr(text, "\ngroin: "));
	free(text);
}

/* What `kiosk --stats` prints for a checked-in log. */
static char *stats_of(const char *path)
{
	FILE *in = fopen(path, "r");
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	assert_non_null(in);
	assert_int_equal(stats_run(in, path, out), 0);
	fclose(in);
	fclose(out);
	return text;
}

static void test_stats_summarises_a_log(void **state)
{
	(void)state;
	expect_same("tests/fixtures/stats/expected.txt",
		    stats_of("tests/fixtures/stats/usage.log"));
}

static void test_stats_shows_the_share_of_right_first_answers_per_quiz_question(void **state)
{
	(void)state;
	expect_same("tests/fixtures/stats/quiz-expected.txt",
		    stats_of("tests/fixtures/stats/quiz.log"));
}

static void test_stats_survives_junk(void **state)
{
	char junk[] = "\x1b[2J\t\t\topen\n2026-11-02T08:00:00Z\tleave\tx\t99\t9\n"
		      "2026-11-02T08:00:00Z\tsection\tx\t-1\tk\tNaN\n\n\n";
	FILE *in = fmemopen(junk, sizeof junk - 1, "r");
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	(void)state;

	assert_int_equal(stats_run(in, "junk", out), 0);
	fclose(in);
	fclose(out);
	assert_null(strchr(text, '\x1b'));
	assert_non_null(strstr(text, "lines not understood"));
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_print_makes_the_expected_handout),
		cmocka_unit_test(test_print_keeps_every_line_within_the_width),
		cmocka_unit_test(test_print_explains_the_glossary_words_used),
		cmocka_unit_test(test_stats_summarises_a_log),
		cmocka_unit_test(test_stats_shows_the_share_of_right_first_answers_per_quiz_question),
		cmocka_unit_test(test_stats_survives_junk),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
