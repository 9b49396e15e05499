/* console: on a Linux virtual console, stops Ctrl-Alt-Fn (and chvt) from
 * switching a locked kiosk's screen to another console, which could hold a
 * login prompt.  Uses VT_LOCKSWITCH, which needs CAP_SYS_TTY_CONFIG: the
 * service grants it (deploy/kiosk.service), the kiosk never runs as root.
 * On anything that is not a virtual console (a terminal emulator, tmux, a
 * serial line) there is nothing to lock. */
#ifndef KIOSK_CONSOLE_H
#define KIOSK_CONSOLE_H

/* The ioctl(2) used; tests pass a stand-in. */
typedef int (*console_ioctl_fn)(int fd, unsigned long request, void *arg);

enum console_lock {
	CONSOLE_NOT_A_VT,	/* nothing to lock */
	CONSOLE_LOCKED,		/* switching is off until console_unlock */
	CONSOLE_NOT_ALLOWED,	/* a VT, but the lock was refused (no
				 * CAP_SYS_TTY_CONFIG): errno says why */
};

/* Turns console switching off when fd is a virtual console.  ioctl_fn may
 * be NULL for the real ioctl(2). */
enum console_lock console_lock_switching(int fd, console_ioctl_fn ioctl_fn);

/* Turns it on again after CONSOLE_LOCKED.  Harmless otherwise. */
void console_unlock_switching(int fd, console_ioctl_fn ioctl_fn);

#endif
