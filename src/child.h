/* child: a program run without a shell, fed through its standard input,
 * in a session of its own and away from the kiosk's terminal.
 *
 * Used for the print command and the sound player.  The child's standard
 * input is one end of a socket pair (so writing to a child that has died
 * gives EPIPE instead of killing the kiosk with SIGPIPE); its standard
 * output and error go to /dev/null, so nothing it prints can reach the
 * patient's screen; it gets no other file of the kiosk's, the default
 * signal dispositions and an empty signal mask; and, leading a session of
 * its own, it has no controlling terminal and can be killed with
 * everything it started. */
#ifndef KIOSK_CHILD_H
#define KIOSK_CHILD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct child {
	pid_t pid;		/* -1 once it has been waited for */
	int in;			/* our end of its standard input, or -1 */
	int status;		/* once ended: as child_ended gives it */
};

/* Starts argv[0] (a path, or a name looked up in PATH) with argv.  With
 * nonblocking, writes to the child's input never wait (see child_write).
 * Returns 0, or an errno value (ENOENT: no such program) with c->pid -1
 * and nothing to clean up. */
int child_start(struct child *c, char *const argv[], bool nonblocking);

/* Writes up to len bytes to the child's input; returns how many, or -1
 * with errno set (EAGAIN when a non-blocking input is full, EPIPE when the
 * child closed it). */
ssize_t child_write(struct child *c, const void *buf, size_t len);

/* Closes our end of the child's input: it reads end of file. */
void child_close_input(struct child *c);

/* True when the child has ended (it is then reaped): *status is its exit
 * status, or 128 + the signal that ended it (the same again on later
 * calls).  Never waits. */
bool child_ended(struct child *c, int *status);

/* Kills the child's whole process group with SIGKILL, closes its input and
 * reaps it (a killed process ends at once, so this does not wait long). */
void child_kill(struct child *c);

#endif
