/* What staff take away: printed handouts and usage figures, compared with
 * checked-in expected text. */
#include "testutil.h"

#include "errors.h"
#include "print.h"
#include "print_html.h"
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

static char *printed_as(const char *id, int width, int page_lines, bool html)
{
	const struct print_options opt = {
		.width = width, .page_lines = page_lines,
		.clinic_name = "Hip & Joint <Clinic>", .clinic_phone = "01234 567890",
		.date = { 2026, 11, 29 },
	};
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	if (html)
		print_html_topic(lib, content_find_topic(lib, id, "en"), &opt, out);
	else
		print_topic(lib, content_find_topic(lib, id, "en"), &opt, out);
	fclose(out);
	return text;
}

static char *printed(const char *id, int width)
{
	return printed_as(id, width, PRINT_DEFAULT_PAGE_LINES, false);
}

static bool is_rule(const char *line, size_t len)
{
	return len > 0 && (strspn(line, "-") >= len || strspn(line, "=") >= len);
}

static void test_print_never_ends_a_page_on_a_heading(void **state)
{
	char *text = printed_as("hip-steroid-injection", 60, 24, false);
	size_t pages = 0;
	(void)state;

	for (char *page = text; page; pages++) {
		char *end = strchr(page, '\f');
		size_t n = end ? (size_t)(end - page) : strlen(page), lines = 0;
		const char *last = page, *p;

		/* The last line with text on the page must not be a heading,
		 * which is always followed by its rule. */
		for (p = page; p < page + n; p = strchr(p, '\n') + 1, lines++)
			if (*p != '\n')
				last = p;
		assert_true(lines <= 24);
		assert_false(is_rule(last, strcspn(last, "\n")));
		page = end ? end + 1 : NULL;
		if (page)
			assert_memory_equal(page, "Steroid injection in the hip, "
					    "guided by ultrasound\n(continued)\n\n", 63);
	}
	assert_true(pages > 5);
	free(text);
}

static void test_print_is_a_handout_without_kiosk_wording(void **state)
{
	char *text = printed("hip-steroid-injection", 72);
	(void)state;

	assert_memory_equal(text, "Hip & Joint <Clinic>\nPhone: 01234 567890\n"
			    "Printed 2026-11-29\n", 60);
	assert_null(strstr(text, "Step 1 of"));
	assert_null(strstr(text, "See also"));
	assert_null(strstr(text, "Read about"));
	assert_non_null(strstr(text, "\n EMERGENCY\n Call 999 now if"));
	assert_non_null(strstr(text, "\n TODAY\n Get help the same day"));
	assert_non_null(strstr(text, " Call the clinic on 01234 567890.\n"));
	assert_non_null(strstr(text, "Leaflet to ask for: Pain at the front of the hip"));
	free(text);
}

static void test_print_html_escapes_everything_and_fits_the_paper(void **state)
{
	char *html = printed_as("hip-steroid-injection", 72, 0, true);
	(void)state;

	assert_memory_equal(html, "<!DOCTYPE html>", 15);
	assert_non_null(strstr(html, "<p class=\"clinic\">Hip &amp; Joint &lt;Clinic&gt;</p>"));
	assert_non_null(strstr(html, "@page { margin: 18mm 16mm; }"));
	assert_non_null(strstr(html, "<li>A <em>steroid</em> calms the swelling."));
	assert_non_null(strstr(html, "<p><strong>Emergency</strong></p>"));
	assert_null(strstr(html, "[["));
	assert_non_null(strstr(html, "</html>\n"));
	free(html);
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
	assert_int_equal(stats_run(&(struct logread_input){ in, path }, 1, out), 0);
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

/* What `kiosk --stats` (or --errors) prints for the two checked-in logs of
 * two kiosks: one rsyslog file, one journal export. */
static char *fleet_report(bool errors)
{
	const char *paths[] = { "tests/fixtures/stats/fleet/front-desk.syslog",
				"tests/fixtures/stats/fleet/waiting-room-2.export" };
	struct logread_input inputs[2];
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	for (size_t i = 0; i < 2; i++) {
		inputs[i] = (struct logread_input){ fopen(paths[i], "rb"), paths[i] };
		assert_non_null(inputs[i].in);
	}
	if (errors)
		assert_int_equal(errors_run(inputs, 2, out), 1);
	else
		assert_int_equal(stats_run(inputs, 2, out), 0);
	for (size_t i = 0; i < 2; i++)
		fclose(inputs[i].in);
	fclose(out);
	return text;
}

static void test_stats_reports_each_kiosk_and_the_total_from_syslog_and_journal(void **state)
{
	(void)state;
	expect_same("tests/fixtures/stats/fleet/expected.txt", fleet_report(false));
}

static void test_errors_lists_the_problems_in_force_per_kiosk(void **state)
{
	(void)state;
	expect_same("tests/fixtures/stats/fleet/errors-expected.txt", fleet_report(true));
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

	assert_int_equal(stats_run(&(struct logread_input){ in, "junk" }, 1, out), 0);
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
		cmocka_unit_test(test_print_never_ends_a_page_on_a_heading),
		cmocka_unit_test(test_print_is_a_handout_without_kiosk_wording),
		cmocka_unit_test(test_print_html_escapes_everything_and_fits_the_paper),
		cmocka_unit_test(test_stats_summarises_a_log),
		cmocka_unit_test(test_stats_shows_the_share_of_right_first_answers_per_quiz_question),
		cmocka_unit_test(test_stats_reports_each_kiosk_and_the_total_from_syslog_and_journal),
		cmocka_unit_test(test_errors_lists_the_problems_in_force_per_kiosk),
		cmocka_unit_test(test_stats_survives_junk),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
