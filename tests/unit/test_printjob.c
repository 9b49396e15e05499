/* Printed handouts: the command gets the handout on its input, without a
 * shell or a terminal; a limit an hour; hanging and failing commands. */
#include "testutil.h"

#include "cmdline.h"
#include "print.h"
#include "printjob.h"

#include <signal.h>

static struct content_library *lib;
static char dir[64];

/* The settings the kiosk gives the job, as `--print` takes them. */
static const struct print_options handout = {
	.width = PRINT_DEFAULT_WIDTH, .page_lines = PRINT_DEFAULT_PAGE_LINES,
	.clinic_name = "Riverside Clinic", .clinic_phone = "01234 567890",
};

static int setup(void **state)
{
	(void)state;
	lib = test_load_bundled();
	return !lib ? -1 : test_make_dir(dir, sizeof dir, "print");
}

static int teardown(void **state)
{
	(void)state;
	content_library_free(lib);
	return test_remove_dir(dir);
}

/* Ticks the way the kiosk does until the job is no longer printing; fails
 * after 10 s.  (A quick command may be done at its start already.) */
static enum printjob_state tick_until_done(struct printjob *p)
{
	long deadline = test_now_ms() + 10000;

	while (p->state == PRINTJOB_PRINTING) {
		if (test_now_ms() > deadline)
			fail_msg("the print job did not end");
		usleep(2000);
		printjob_tick(p, test_now_ms());
	}
	return p->state;
}

static char *handout_of(const struct content_topic *t)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	struct print_options today = handout;

	/* The same handout `--print` makes with these settings, today. */
	today.date = print_today();
	print_topic(lib, t, &today, f);
	fclose(f);
	return text;
}

static void test_cmdline_splits_words_and_quotes_without_a_shell(void **state)
{
	char **argv;
	(void)state;

	assert_null(cmdline_split("  lp -d 'front desk' -t \"A \\\"B\\\"\" a\\ b $HOME|x ",
				  &argv));
	assert_string_equal(argv[0], "lp");
	assert_string_equal(argv[1], "-d");
	assert_string_equal(argv[2], "front desk");
	assert_string_equal(argv[3], "-t");
	assert_string_equal(argv[4], "A \"B\"");
	assert_string_equal(argv[5], "a b");
	assert_string_equal(argv[6], "$HOME|x");
	assert_null(argv[7]);
	cmdline_free(argv);
	assert_null(cmdline_split("x''", &argv));
	assert_string_equal(argv[0], "x");
	cmdline_free(argv);
	assert_non_null(cmdline_split("lp 'reception", &argv));
	assert_null(argv);
	assert_non_null(cmdline_split("   ", &argv));
	assert_non_null(cmdline_split("lp \\", &argv));
}

/* A job whose command writes the handout to out (dir/NAME.txt), logging
 * to logpath (dir/NAME.log). */
static void start_writing(struct printjob *p, struct kiosk_log *log, const char *name,
			  char out[128], char logpath[128])
{
	char command[256];

	snprintf(out, 128, "%s/%s.txt", dir, name);
	snprintf(logpath, 128, "%s/%s.log", dir, name);
	snprintf(command, sizeof command, "sh -c 'cat > \"$0\"' %s", out);
	log_open(log, logpath);
	assert_true(printjob_init(p, command, 20, 10000, &handout, log));
}

static void test_print_command_gets_the_handout_on_its_input(void **state)
{
	const struct content_topic *t = content_find_topic(lib, "hip-steroid-injection", "en");
	struct printjob p;
	struct kiosk_log log;
	char out[128], logpath[128];
	char *got, *want, *logged;
	(void)state;

	start_writing(&p, &log, "handout", out, logpath);
	assert_int_not_equal(printjob_start(&p, lib, t, NULL, 0, test_now_ms()), PRINTJOB_FAILED);
	assert_int_equal(tick_until_done(&p), PRINTJOB_DONE);
	got = test_read_file(out, NULL);
	want = handout_of(t);
	assert_string_equal(got, want);
	assert_ptr_equal(strstr(got, "Riverside Clinic"), got);
	assert_non_null(strstr(strchr(got, '\n'), "01234 567890"));
	logged = test_read_file(logpath, NULL);
	assert_non_null(strstr(logged, "\tprinted\ten/hip-steroid-injection\n"));
	assert_null(strchr(strchr(logged, '\n') + 1, '\n'));
	assert_string_equal(printjob_message(p.state), printjob_message(PRINTJOB_PRINTING));
	printjob_dismiss(&p);
	assert_int_equal(p.state, PRINTJOB_IDLE);
	free(got);
	free(want);
	free(logged);
	printjob_free(&p);
	log_close(&log);
}

static void test_print_lists_the_ticked_questions_and_logs_none_of_them(void **state)
{
	static const char *const ticked[] = {
		"Will I need more than one injection?",
		"Can I drive home afterwards?",
	};
	const struct content_topic *t = content_find_topic(lib, "hip-steroid-injection", "en");
	struct printjob p;
	struct kiosk_log log;
	char out[128], logpath[128];
	char *got, *logged, *listed, *steps, first_step[160];
	(void)state;

	start_writing(&p, &log, "questions", out, logpath);
	printjob_start(&p, lib, t, ticked, 2, test_now_ms());
	assert_int_equal(tick_until_done(&p), PRINTJOB_DONE);
	got = test_read_file(out, NULL);
	listed = strstr(got, "My questions to ask\n-------------------\n[ ] Will I need more than "
			"one injection?\n[ ] Can I drive home afterwards?\n");
	snprintf(first_step, sizeof first_step, "\n%s\n---", t->sections[0].title);
	steps = strstr(got, first_step);
	/* Near the top, after the title and before the first step. */
	assert_non_null(listed);
	assert_true(listed > strstr(got, t->title));
	assert_true(steps && listed < steps);
	logged = test_read_file(logpath, NULL);
	assert_null(strstr(logged, "injection?"));
	assert_null(strstr(logged, "drive"));
	assert_null(strstr(logged, "Questions"));
	/* The next handout carries none of them. */
	free(got);
	printjob_start(&p, lib, t, NULL, 0, test_now_ms());
	assert_int_equal(tick_until_done(&p), PRINTJOB_DONE);
	got = test_read_file(out, NULL);
	assert_null(strstr(got, "My questions to ask"));
	free(got);
	free(logged);
	printjob_free(&p);
	log_close(&log);
}

static void test_print_limit_allows_so_many_an_hour(void **state)
{
	const struct content_topic *t = lib->topics[0];
	struct printjob p;
	long now = test_now_ms();
	(void)state;

	assert_true(printjob_init(&p, "true", 2, 10000, &handout, NULL));
	printjob_start(&p, lib, t, NULL, 0, now);
	assert_int_equal(tick_until_done(&p), PRINTJOB_DONE);
	printjob_start(&p, lib, t, NULL, 0, now + 1000);
	assert_int_equal(tick_until_done(&p), PRINTJOB_DONE);
	assert_int_equal(printjob_start(&p, lib, t, NULL, 0, now + 2000), PRINTJOB_LIMITED);
	assert_non_null(printjob_message(PRINTJOB_LIMITED));
	assert_int_equal(printjob_start(&p, lib, t, NULL, 0, now + PRINTJOB_HOUR_MS - 1),
			 PRINTJOB_LIMITED);
	assert_int_not_equal(printjob_start(&p, lib, t, NULL, 0, now + PRINTJOB_HOUR_MS),
			     PRINTJOB_LIMITED);
	assert_int_equal(tick_until_done(&p), PRINTJOB_DONE);
	printjob_free(&p);
}

static bool process_gone(pid_t pid)
{
	char path[64], *stat;
	bool gone;

	if (kill(pid, 0) != 0)
		return true;
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	stat = test_read_file(path, NULL);
	gone = strstr(stat, ") Z ") != NULL;	/* a zombie waiting for init */
	free(stat);
	return gone;
}

static void test_a_hanging_print_command_is_killed_with_its_children(void **state)
{
	const struct content_topic *t = lib->topics[0];
	struct printjob p;
	char command[256], pidfile[128], *pid_text;
	long deadline;
	pid_t grandchild;
	(void)state;

	snprintf(pidfile, sizeof pidfile, "%s/pid", dir);
	snprintf(command, sizeof command, "sh -c 'sleep 60 & echo $! > \"$0\"; wait' %s",
		 pidfile);
	assert_true(printjob_init(&p, command, 20, 300, &handout, NULL));
	assert_int_equal(printjob_start(&p, lib, t, NULL, 0, test_now_ms()), PRINTJOB_PRINTING);
	deadline = test_now_ms() + 10000;
	for (grandchild = 0; grandchild <= 0; usleep(2000)) {
		assert_true(test_now_ms() < deadline);
		if (access(pidfile, R_OK) != 0)
			continue;
		pid_text = test_read_file(pidfile, NULL);
		grandchild = (pid_t)atoi(pid_text);
		free(pid_text);
	}
	assert_int_equal(tick_until_done(&p), PRINTJOB_FAILED);
	deadline = test_now_ms() + 10000;
	while (!process_gone(grandchild)) {
		assert_true(test_now_ms() < deadline);
		usleep(2000);
	}
	printjob_free(&p);
}

static void test_a_failing_or_missing_print_command_says_the_printer_is_not_working(void **state)
{
	const struct content_topic *t = lib->topics[0];
	struct printjob p;
	(void)state;

	assert_true(printjob_init(&p, "false", 20, 10000, &handout, NULL));
	printjob_start(&p, lib, t, NULL, 0, test_now_ms());
	assert_int_equal(tick_until_done(&p), PRINTJOB_FAILED);
	assert_non_null(strstr(printjob_message(p.state), "not working"));
	printjob_free(&p);
	assert_true(printjob_init(&p, "/nonexistent/lp -d x", 20, 10000, &handout, NULL));
	printjob_start(&p, lib, t, NULL, 0, test_now_ms());
	assert_int_equal(tick_until_done(&p), PRINTJOB_FAILED);
	printjob_free(&p);
	assert_false(printjob_init(&p, "", 20, 10000, &handout, NULL));
	assert_false(printjob_init(&p, "lp 'x", 20, 10000, &handout, NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cmdline_splits_words_and_quotes_without_a_shell),
		cmocka_unit_test(test_print_command_gets_the_handout_on_its_input),
		cmocka_unit_test(test_print_lists_the_ticked_questions_and_logs_none_of_them),
		cmocka_unit_test(test_print_limit_allows_so_many_an_hour),
		cmocka_unit_test(test_a_hanging_print_command_is_killed_with_its_children),
		cmocka_unit_test(test_a_failing_or_missing_print_command_says_the_printer_is_not_working),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
