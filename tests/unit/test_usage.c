/* Usage figures tell a patient who read a topic to its end (and pressed
 * Finish) from one who left it on its last step before the end. */
#include "testutil.h"

#include "usage.h"

#include <unistd.h>

static char path[] = "/tmp/kiosk-usage-XXXXXX";

/* Opens the first topic, presses Next up to presses times (observing
 * after each; Next on the last page is Finish), then Home; returns the
 * log's text. */
static char *walk(int presses)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load("content", &diag);
	struct nav_config cfg = { .idle_timeout_ms = 600000, .idle_countdown_ms = 10000,
				  .lock = true, .language = "en", .bullet = "*" };
	struct kiosk_log log;
	struct usage usage;
	struct nav nav;
	long now = 0;
	char *text;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	close(fd);
	log_open(&log, path);
	nav_init(&nav, &cfg, lib, 24, 80, 0);
	usage_init(&usage, &log, &nav, 0);
	nav_key(&nav, KEYC_ENTER, now += 1000);
	nav_key(&nav, '1', now += 1000);
	usage_observe(&usage, &nav, now);
	for (int i = 0; i < presses && nav.screen == NAV_PAGE; i++) {
		nav_key(&nav, KEYC_RIGHT, now += 1000);
		usage_observe(&usage, &nav, now);
	}
	nav_key(&nav, KEYC_HOME, now += 1000);
	usage_observe(&usage, &nav, now);
	log_close(&log);
	text = test_read_file(path, NULL);
	unlink(path);
	strcpy(path, "/tmp/kiosk-usage-XXXXXX");
	nav_free(&nav);
	content_library_free(lib);
	diag_clear(&diag);
	return text;
}

static void test_usage_marks_a_topic_read_to_its_end(void **state)
{
	char *text = walk(1000);
	(void)state;

	assert_non_null(strstr(text, "\tleave\tiliopsoas-tendinopathy-bursitis\t9\t9\tend\n"));
	free(text);
}

static void test_usage_does_not_mark_a_topic_left_early(void **state)
{
	char *text = walk(2);
	(void)state;

	assert_non_null(strstr(text, "\tleave\tiliopsoas-tendinopathy-bursitis\t"));
	assert_null(strstr(text, "\tend\n"));
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_usage_marks_a_topic_read_to_its_end),
		cmocka_unit_test(test_usage_does_not_mark_a_topic_left_early),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
