/* The log never blocks or tears: only regular files are written, a FIFO is
 * refused at once, a full disk leaves whole lines; and `kiosk --errors`
 * reads back the problems in force. */
#include "testutil.h"

#include "errors.h"
#include "log.h"

#include <pthread.h>
#include <signal.h>
#include <syslog.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/kiosk-log-XXXXXX";

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[64];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd);
}

static void test_log_refuses_a_fifo_without_waiting_for_a_reader(void **state)
{
	struct kiosk_log log;
	char path[128];
	(void)state;

	snprintf(path, sizeof path, "%s/fifo.log", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	/* With no reader a blocking open would never return. */
	assert_false(log_open(&log, path));
	log_event(&log, 0, "open", "%s", "alpha");
	assert_int_equal(log.dropped, 1);
	log_close(&log);
}

static void test_log_refuses_a_device(void **state)
{
	struct kiosk_log log;
	(void)state;

	assert_false(log_open(&log, "/dev/null"));
	log_close(&log);
}

/* A file size limit makes write(2) stop short, as a full disk does. */
static void test_log_on_a_full_disk_leaves_whole_lines_only(void **state)
{
	struct rlimit old, small;
	struct kiosk_log log;
	char path[128], *text, *line;
	(void)state;

	snprintf(path, sizeof path, "%s/full.log", dir);
	assert_true(log_open(&log, path));
	log_event(&log, 0, "open", "%s", "first");
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 60;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	log_event(&log, 1, "open", "%s", "a topic whose line does not fit");
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	assert_int_equal(log.dropped, 1);
	log_event(&log, LOG_RETRY_MS + 1, "open", "%s", "after");
	log_close(&log);
	text = test_read_file(path, NULL);
	assert_non_null(strstr(text, "\topen\tfirst\n"));
	assert_non_null(strstr(text, "\topen\tafter\n"));
	free(text);
	text = test_read_file(path, NULL);
	/* Every line whole: nothing of the dropped one, nothing glued. */
	for (line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
		if (strlen(line) < 20 || (strcmp(line + 20, "\topen\tfirst") &&
					  strcmp(line + 20, "\topen\tafter")))
			fail_msg("a torn line in the log: %s", line);
	free(text);
}

/* A stand-in system log: records what it is given; while held, it blocks
 * like a stuck journald. */
static struct {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	bool held;
	char ident[16];
	int priority[8];
	char message[8][256];
	size_t count, calls;
} sink = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, false, "", { 0 },
	   { "" }, 0, 0 };

static void sink_open(const char *ident)
{
	snprintf(sink.ident, sizeof sink.ident, "%s", ident);
}

static void sink_send(int priority, const char *message)
{
	pthread_mutex_lock(&sink.lock);
	while (sink.held)
		pthread_cond_wait(&sink.changed, &sink.lock);
	if (sink.count < 8) {
		sink.priority[sink.count] = priority;
		snprintf(sink.message[sink.count++], sizeof sink.message[0], "%s", message);
	}
	sink.calls++;
	pthread_cond_broadcast(&sink.changed);
	pthread_mutex_unlock(&sink.lock);
}

static const struct logsys_sink stand_in = { sink_open, sink_send };

static void test_log_sends_events_to_the_system_log_with_the_kiosk_name(void **state)
{
	struct kiosk_log log;
	(void)state;

	assert_true(log_open_syslog(&log, "front-desk", &stand_in));
	log_event(&log, 0, "open", "%s", "hip");
	log_event(&log, 0, "error", "%s\t%u\t%u\t%s", "a.yaml", 6u, 12u, "broken");
	log_event(&log, 0, "speech_failed", "%s", "no voice");
	log_close(&log);	/* waits for the queue to be sent */
	assert_string_equal(sink.ident, "kiosk");
	assert_int_equal(sink.count, 3);
	assert_string_equal(sink.message[0], "kiosk_name=front-desk open\thip");
	assert_int_equal(sink.priority[0], LOG_INFO);
	assert_string_equal(sink.message[1], "kiosk_name=front-desk error\ta.yaml\t6\t12\tbroken");
	assert_int_equal(sink.priority[1], LOG_ERR);
	assert_int_equal(sink.priority[2], LOG_WARNING);
}

static void test_log_never_waits_for_a_stuck_system_log(void **state)
{
	struct kiosk_log log;
	struct timespec t0, t1;
	unsigned long dropped;
	double seconds;
	(void)state;

	sink.count = sink.calls = 0;
	sink.held = true;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_true(log_open_syslog(&log, "", &stand_in));
	for (int i = 0; i < 1000; i++)
		log_event(&log, 0, "open", "topic-%d", i);
	/* The queue holds LOGSYS_QUEUE; one more is in the stuck send. */
	dropped = log.dropped;
	assert_true(dropped >= 1000 - LOGSYS_QUEUE - 1);
	log_close(&log);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	if (seconds > 0.5 + 5.0)	/* LOGSYS_FLUSH_MS, and a loaded machine */
		fail_msg("closing a log stuck in syslog took %.2f s", seconds);
	/* Let go: the thread sends what was queued, then frees the queue. */
	pthread_mutex_lock(&sink.lock);
	sink.held = false;
	pthread_cond_broadcast(&sink.changed);
	while (sink.calls < 1000 - dropped)
		pthread_cond_wait(&sink.changed, &sink.lock);
	pthread_mutex_unlock(&sink.lock);
}

static char *errors_of(const char *log_text, int *status)
{
	FILE *in = fmemopen((void *)log_text, strlen(log_text), "r");
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	*status = errors_run(&(struct logread_input){ in, "usage.log" }, 1, out);
	fclose(in);
	fclose(out);
	return text;
}

static void test_errors_lists_the_problems_of_the_last_reading_of_each_file(void **state)
{
	static const char log_text[] =
		"2026-11-02T08:00:00Z\tchecked\tk.conf\n"
		"2026-11-02T08:00:00Z\terror\tk.conf\t2\t0\tunknown key 'x'\n"
		"2026-11-02T08:00:00Z\tchecked\tcontent\n"
		"2026-11-02T08:00:00Z\terror\tcontent/a.yaml\t3\t1\tbad a\n"
		"2026-11-02T08:00:00Z\terror\tcontent/b.yaml\t4\t2\tbad b\n"
		"2026-11-02T08:00:01Z\tstart\n"
		"2026-11-02T08:00:02Z\topen\tsome-topic\n"
		"2026-11-02T08:00:03Z\tchecked\tcontent/b.yaml\n"
		"2026-11-02T08:00:03Z\twarning\tcontent/b.yaml\t7\t5\tlong\n"
		"2026-11-02T09:00:00Z\tchecked\tk.conf\n";
	int status;
	char *text = errors_of(log_text, &status);
	(void)state;

	assert_string_equal(text, "content/a.yaml:3:1: error: bad a\n"
			    "content/b.yaml:7:5: warning: long\n"
			    "1 error, 1 warning in force\n");
	assert_int_equal(status, 1);
	free(text);
}

static void test_errors_of_a_folder_read_again_are_gone(void **state)
{
	static const char log_text[] =
		"2026-11-02T08:00:00Z\tchecked\tcontent\n"
		"2026-11-02T08:00:00Z\terror\tcontent/a.yaml\t3\t1\tbad a\n"
		"2026-11-02T08:00:05Z\tchecked\tcontent\n";
	int status;
	char *text = errors_of(log_text, &status);
	(void)state;

	assert_string_equal(text, "0 errors, 0 warnings in force\n");
	assert_int_equal(status, 0);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_log_refuses_a_fifo_without_waiting_for_a_reader),
		cmocka_unit_test(test_log_refuses_a_device),
		cmocka_unit_test(test_log_on_a_full_disk_leaves_whole_lines_only),
		cmocka_unit_test(test_log_sends_events_to_the_system_log_with_the_kiosk_name),
		cmocka_unit_test(test_log_never_waits_for_a_stuck_system_log),
		cmocka_unit_test(test_errors_lists_the_problems_of_the_last_reading_of_each_file),
		cmocka_unit_test(test_errors_of_a_folder_read_again_are_gone),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
