#include "console.h"

#include <linux/vt.h>
#include <sys/ioctl.h>

static int real_ioctl(int fd, unsigned long request, void *arg)
{
	return ioctl(fd, request, arg);
}

enum console_lock console_lock_switching(int fd, console_ioctl_fn ioctl_fn)
{
	struct vt_stat state;

	if (!ioctl_fn)
		ioctl_fn = real_ioctl;
	/* Only a virtual console answers VT_GETSTATE. */
	if (ioctl_fn(fd, VT_GETSTATE, &state) != 0)
		return CONSOLE_NOT_A_VT;
	return ioctl_fn(fd, VT_LOCKSWITCH, 0) == 0 ? CONSOLE_LOCKED : CONSOLE_NOT_ALLOWED;
}

void console_unlock_switching(int fd, console_ioctl_fn ioctl_fn)
{
	(ioctl_fn ? ioctl_fn : real_ioctl)(fd, VT_UNLOCKSWITCH, 0);
}
