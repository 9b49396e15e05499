/* Console switching is locked on a virtual console and only there, through
 * a stand-in for ioctl(2) that plays a VT, a VT without the capability,
 * and a terminal that is no VT. */
#include "testutil.h"

#include "console.h"

#include <errno.h>
#include <linux/vt.h>

static bool is_vt, allowed;
static unsigned long calls[8];
static size_t call_count;

static int fake_ioctl(int fd, unsigned long request, void *arg)
{
	(void)fd;
	(void)arg;
	if (call_count < 8)
		calls[call_count++] = request;
	if (!is_vt) {
		errno = ENOTTY;
		return -1;
	}
	if (request != VT_GETSTATE && !allowed) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

static void play(bool vt, bool capability)
{
	is_vt = vt;
	allowed = capability;
	call_count = 0;
}

static void test_console_locks_switching_on_a_vt_and_unlocks_it(void **state)
{
	(void)state;
	play(true, true);
	assert_int_equal(console_lock_switching(0, fake_ioctl), CONSOLE_LOCKED);
	assert_int_equal(call_count, 2);
	assert_int_equal(calls[1], VT_LOCKSWITCH);
	console_unlock_switching(0, fake_ioctl);
	assert_int_equal(calls[2], VT_UNLOCKSWITCH);
}

static void test_console_says_when_the_capability_is_missing(void **state)
{
	(void)state;
	play(true, false);
	assert_int_equal(console_lock_switching(0, fake_ioctl), CONSOLE_NOT_ALLOWED);
	assert_int_equal(errno, EPERM);
}

static void test_console_leaves_a_terminal_that_is_no_vt_alone(void **state)
{
	(void)state;
	play(false, true);
	assert_int_equal(console_lock_switching(0, fake_ioctl), CONSOLE_NOT_A_VT);
	assert_int_equal(call_count, 1);
	assert_int_equal(calls[0], VT_GETSTATE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_console_locks_switching_on_a_vt_and_unlocks_it),
		cmocka_unit_test(test_console_says_when_the_capability_is_missing),
		cmocka_unit_test(test_console_leaves_a_terminal_that_is_no_vt_alone),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
