/* The staff-PIN lockout state file: written whole, read back as of the
 * time of reading, and never longer than when it was written. */
#include "testutil.h"

#include "lockout.h"

#include <unistd.h>

static char dir[] = "/tmp/kiosk-lockout-XXXXXX";
static char path[128];

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/lockout", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	return rmdir(dir);
}

static void test_lockout_lives_beside_the_log(void **state)
{
	char *p = lockout_path("/var/log/kiosk/usage.log");
	(void)state;

	assert_string_equal(p, "/var/log/kiosk/lockout");
	free(p);
	p = lockout_path("usage.log");
	assert_string_equal(p, "lockout");
	free(p);
	assert_null(lockout_path(""));
}

static void test_lockout_read_back_counts_down_from_the_write(void **state)
{
	struct lockout st = { 2, 60000 }, got;
	(void)state;

	assert_true(lockout_write(path, 1000, &st));
	got = lockout_read(path, 1000);
	assert_int_equal(got.failures, 2);
	assert_int_equal(got.remaining_ms, 60000);
	got = lockout_read(path, 1045);
	assert_int_equal(got.remaining_ms, 15000);
	got = lockout_read(path, 2000);
	assert_int_equal(got.remaining_ms, 0);
	/* A clock set back does not make the lockout longer. */
	got = lockout_read(path, 10);
	assert_int_equal(got.remaining_ms, 60000);
	/* No temporary file is left behind. */
	char tmp[160];
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	assert_int_equal(access(tmp, F_OK), -1);
}

static void test_lockout_of_a_missing_or_broken_file_is_none(void **state)
{
	struct lockout got;
	FILE *f;
	(void)state;

	unlink(path);
	got = lockout_read(path, 0);
	assert_int_equal(got.failures, 0);
	assert_int_equal(got.remaining_ms, 0);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("failures -4\nwritten x\n", f);
	fclose(f);
	got = lockout_read(path, 0);
	assert_int_equal(got.failures, 0);
	assert_int_equal(got.remaining_ms, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lockout_lives_beside_the_log),
		cmocka_unit_test(test_lockout_read_back_counts_down_from_the_write),
		cmocka_unit_test(test_lockout_of_a_missing_or_broken_file_is_none),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
