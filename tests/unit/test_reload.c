/* Taking changed files while running: one file at a time, the last good
 * version kept when a file breaks, files settled before they are read, and
 * a log that never stops the kiosk. */
#include "testutil.h"

#include "content.h"
#include "log.h"
#include "usage.h"
#include "watch.h"

#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static void write_file(const char *name, const char *text)
{
	test_write_file(dir, name, text);
}

static void topic_text(char *buf, size_t size, const char *id, const char *title)
{
	snprintf(buf, size,
		 "id: %s\ntitle: %s\nsummary: Fine.\nlanguage: en\n"
		 "last_reviewed: 2026-01-01\nnext_review_due: 2027-01-01\n"
		 "reviewed_by: [Someone]\nsources:\n  - citation: A book.\n"
		 "sections:\n  - kind: overview\n    pages:\n      - title: One\n"
		 "        blocks:\n          - paragraph: Hello [[word]].\n", id, title);
}

static void write_topic(const char *id, const char *title)
{
	char name[128], text[1024];

	snprintf(name, sizeof name, "%s.yaml", id);
	topic_text(text, sizeof text, id, title);
	write_file(name, text);
}

static int setup(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	strcpy(dir, "/tmp/kiosk-reload-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	write_file("glossary.yaml", "language: en\nterms:\n  - term: word\n    plain: A word.\n");
	write_topic("alpha", "Alpha");
	write_topic("beta", "Beta");
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}

static void test_reload_replaces_one_changed_topic(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load(dir, &diag);
	const struct content_topic *before;
	(void)state;

	assert_int_equal(diag.count, 0);
	before = content_find_topic(lib, "alpha", "en");
	write_topic("alpha", "Alpha changed");
	assert_true(content_library_reload_file(lib, "alpha.yaml", &diag));
	assert_int_equal(diag.count, 0);
	assert_string_equal(content_find_topic(lib, "alpha", "en")->title, "Alpha changed");
	/* The old version lives until it is released. */
	assert_int_equal(lib->retired_topic_count, 1);
	assert_ptr_equal(lib->retired_topics[0], before);
	content_library_release_retired(lib);
	assert_int_equal(lib->topic_count, 2);
	content_library_free(lib);
	diag_clear(&diag);
	write_topic("alpha", "Alpha");
}

static void test_reload_keeps_the_last_good_version_of_a_broken_file(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load(dir, &diag);
	(void)state;

	write_file("alpha.yaml", "id: alpha\ntitle: [unclosed\n");
	assert_false(content_library_reload_file(lib, "alpha.yaml", &diag));
	assert_true(diag.errors > 0);
	test_assert_diag_contains(&diag, "alpha.yaml:3:1: error:");
	assert_string_equal(content_find_topic(lib, "alpha", "en")->title, "Alpha");
	diag_clear(&diag);
	write_topic("alpha", "Alpha fixed");
	assert_true(content_library_reload_file(lib, "alpha.yaml", &diag));
	assert_string_equal(content_find_topic(lib, "alpha", "en")->title, "Alpha fixed");
	content_library_free(lib);
	diag_clear(&diag);
	write_topic("alpha", "Alpha");
}

static void test_reload_adds_new_files_and_drops_deleted_ones(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load(dir, &diag);
	char path[256];
	(void)state;

	write_topic("gamma", "Gamma");
	assert_true(content_library_reload_file(lib, "gamma.yaml", &diag));
	assert_int_equal(lib->topic_count, 3);
	snprintf(path, sizeof path, "%s/gamma.yaml", dir);
	assert_int_equal(unlink(path), 0);
	assert_true(content_library_reload_file(lib, "gamma.yaml", &diag));
	assert_int_equal(lib->topic_count, 2);
	assert_null(content_find_topic(lib, "gamma", "en"));
	/* Editor backups and lock files are not content. */
	assert_false(content_library_reload_file(lib, ".#alpha.yaml", &diag));
	assert_int_equal(diag.count, 0);
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_reload_of_a_glossary_replaces_it(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load(dir, &diag);
	(void)state;

	write_file("glossary.yaml", "language: en\nterms:\n  - term: word\n    plain: New.\n");
	assert_true(content_library_reload_file(lib, "glossary.yaml", &diag));
	assert_string_equal(content_find_term(content_find_glossary(lib, "en"), "word", 4)->plain,
			    "New.");
	content_library_free(lib);
	diag_clear(&diag);
}

static void test_watch_reports_a_closed_file_once_it_settles(void **state)
{
	struct watch *w = watch_open(dir, NULL, false, 0);
	char name[WATCH_NAME_MAX];
	(void)state;

	if (!watch_uses_inotify(w)) {
		watch_close(w);
		skip();
	}
	write_topic("beta", "Beta again");
	assert_int_equal(watch_next(w, 0, name), WATCH_NONE);
	assert_int_equal(watch_next(w, WATCH_SETTLE_MS, name), WATCH_CONTENT_FILE);
	assert_string_equal(name, "beta.yaml");
	assert_int_equal(watch_next(w, WATCH_SETTLE_MS * 2, name), WATCH_NONE);
	watch_close(w);
}

static void test_watch_does_not_report_a_file_still_open_for_writing(void **state)
{
	struct watch *w = watch_open(dir, NULL, false, 0);
	char name[WATCH_NAME_MAX], path[256];
	FILE *f;
	(void)state;

	if (!watch_uses_inotify(w)) {
		watch_close(w);
		skip();
	}
	snprintf(path, sizeof path, "%s/beta.yaml", dir);
	f = fopen(path, "w");
	fputs("id: beta\n", f);
	fflush(f);
	assert_int_equal(watch_next(w, 10000, name), WATCH_NONE);
	fclose(f);
	assert_int_equal(watch_next(w, 10000, name), WATCH_NONE);
	assert_int_equal(watch_next(w, 10000 + WATCH_SETTLE_MS, name), WATCH_CONTENT_FILE);
	watch_close(w);
	write_topic("beta", "Beta");
}

static void test_watch_polling_waits_for_a_file_to_stop_changing(void **state)
{
	struct watch *w = watch_open(dir, NULL, true, 0);
	char name[WATCH_NAME_MAX], path[256];
	(void)state;

	assert_false(watch_uses_inotify(w));
	assert_int_equal(watch_next(w, WATCH_POLL_MS, name), WATCH_NONE);
	write_topic("delta", "Delta");
	/* Seen at this look; reported only if the next look finds it the same. */
	assert_int_equal(watch_next(w, 2 * WATCH_POLL_MS, name), WATCH_NONE);
	assert_int_equal(watch_next(w, 3 * WATCH_POLL_MS, name), WATCH_CONTENT_FILE);
	assert_string_equal(name, "delta.yaml");
	snprintf(path, sizeof path, "%s/delta.yaml", dir);
	unlink(path);
	assert_int_equal(watch_next(w, 4 * WATCH_POLL_MS, name), WATCH_CONTENT_FILE);
	assert_string_equal(name, "delta.yaml");
	watch_close(w);
}

static void test_watch_reports_a_rescan_when_the_folder_link_is_swapped(void **state)
{
	char live[128], next[128], v1[128], v2[128];
	char name[WATCH_NAME_MAX];
	struct watch *w;
	(void)state;

	snprintf(v1, sizeof v1, "%s/v1", dir);
	snprintf(v2, sizeof v2, "%s/v2", dir);
	snprintf(live, sizeof live, "%s/live", dir);
	snprintf(next, sizeof next, "%s/live.new", dir);
	assert_int_equal(mkdir(v1, 0755), 0);
	assert_int_equal(mkdir(v2, 0755), 0);
	assert_int_equal(symlink("v1", live), 0);
	w = watch_open(live, NULL, false, 0);
	if (!watch_uses_inotify(w)) {
		watch_close(w);
		skip();
	}
	/* As kiosk-pull does it: a new link renamed over the old one. */
	assert_int_equal(symlink("v2", next), 0);
	assert_int_equal(rename(next, live), 0);
	assert_int_equal(watch_next(w, 0, name), WATCH_NONE);
	assert_int_equal(watch_next(w, WATCH_SETTLE_MS, name), WATCH_RESCAN);
	/* From now on the folder the link leads to is the one watched. */
	test_write_file(v2, "gamma.yaml", "id: gamma\n");
	assert_int_equal(watch_next(w, 2 * WATCH_SETTLE_MS, name), WATCH_NONE);
	assert_int_equal(watch_next(w, 3 * WATCH_SETTLE_MS, name), WATCH_CONTENT_FILE);
	assert_string_equal(name, "gamma.yaml");
	watch_close(w);
	snprintf(name, sizeof name, "%s/gamma.yaml", v2);
	unlink(name);
	unlink(live);
	rmdir(v1);
	rmdir(v2);
}

static void test_log_failures_never_stop_the_kiosk(void **state)
{
	struct kiosk_log log;
	(void)state;

	log_open(&log, "/nonexistent/folder/kiosk.log");
	log_event(&log, 0, "open", "%s", "alpha");
	log_event(&log, 1, "open", "%s", "alpha");
	assert_int_equal(log.dropped, 2);
	log_close(&log);
	if (access("/dev/full", W_OK) == 0) {
		log_open(&log, "/dev/full");
		log_event(&log, 0, "open", "%s", "alpha");
		assert_int_equal(log.dropped, 1);
		log_close(&log);
	}
}

static void test_usage_log_records_topics_sections_and_resets(void **state)
{
	struct diag diag = DIAG_INIT;
	struct content_library *lib = content_library_load("content", &diag);
	struct nav_config cfg = { .idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
				  .lock = true, .language = "en", .bullet = "*" };
	char path[256];
	struct kiosk_log log;
	struct usage usage;
	struct nav nav;
	char *text;
	(void)state;

	snprintf(path, sizeof path, "%s/usage.log", dir);
	log_open(&log, path);
	nav_init(&nav, &cfg, lib, 24, 80, 0);
	usage_init(&usage, &log, &nav, 0);
	nav_key(&nav, KEYC_ENTER, 1000);
	usage_observe(&usage, &nav, 1000);
	nav_key(&nav, '2', 2000);
	usage_observe(&usage, &nav, 2000);
	nav_key(&nav, '3', 14500);
	usage_observe(&usage, &nav, 14500);
	nav_tick(&nav, 80000);
	nav_tick(&nav, 90000);
	usage_observe(&usage, &nav, 90000);
	log_close(&log);
	text = test_read_file(path, NULL);
	assert_non_null(strstr(text, "\topen\thip-steroid-injection\n"));
	assert_non_null(strstr(text, "\tsection\thip-steroid-injection\t1\toverview\t12.5\n"));
	/* Idle time is not reading time: the section ended at the last touch. */
	assert_non_null(strstr(text, "\tsection\thip-steroid-injection\t3\taftercare\t0.0\n"));
	assert_non_null(strstr(text, "\tleave\thip-steroid-injection\t3\t6\n"));
	assert_non_null(strstr(text, "\tidle_reset\n"));
	free(text);
	nav_free(&nav);
	content_library_free(lib);
	diag_clear(&diag);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reload_replaces_one_changed_topic),
		cmocka_unit_test(test_reload_keeps_the_last_good_version_of_a_broken_file),
		cmocka_unit_test(test_reload_adds_new_files_and_drops_deleted_ones),
		cmocka_unit_test(test_reload_of_a_glossary_replaces_it),
		cmocka_unit_test(test_watch_reports_a_closed_file_once_it_settles),
		cmocka_unit_test(test_watch_does_not_report_a_file_still_open_for_writing),
		cmocka_unit_test(test_watch_polling_waits_for_a_file_to_stop_changing),
		cmocka_unit_test(test_watch_reports_a_rescan_when_the_folder_link_is_swapped),
		cmocka_unit_test(test_log_failures_never_stop_the_kiosk),
		cmocka_unit_test(test_usage_log_records_topics_sections_and_resets),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
