#define _GNU_SOURCE
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Signals the kiosk ignores or handles, put back to their defaults so the
 * program behaves as it would from a shell. */
static const int reset_signals[] = {
	SIGINT, SIGQUIT, SIGTSTP, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTTIN,
	SIGTTOU,
};

static int spawn(struct child *c, char *const argv[], int child_in)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, defaults;
	int err;

	sigemptyset(&none);
	sigemptyset(&defaults);
	for (size_t i = 0; i < sizeof reset_signals / sizeof *reset_signals; i++)
		sigaddset(&defaults, reset_signals[i]);
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&attr);
	posix_spawn_file_actions_adddup2(&fa, child_in, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	posix_spawn_file_actions_addclosefrom_np(&fa, 3);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK |
				 POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	err = posix_spawnp(&c->pid, argv[0], &fa, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
	return err;
}

int child_start(struct child *c, char *const argv[], bool nonblocking)
{
	int pair[2];
	int err;

	*c = (struct child){ .pid = -1, .in = -1 };
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair))
		return errno;
	/* The child only reads. */
	shutdown(pair[1], SHUT_WR);
	shutdown(pair[0], SHUT_RD);
	err = spawn(c, argv, pair[1]);
	close(pair[1]);
	if (err) {
		close(pair[0]);
		c->pid = -1;
		return err;
	}
	if (nonblocking)
		fcntl(pair[0], F_SETFL, fcntl(pair[0], F_GETFL) | O_NONBLOCK);
	c->in = pair[0];
	return 0;
}

ssize_t child_write(struct child *c, const void *buf, size_t len)
{
	ssize_t n;

	if (c->in < 0) {
		errno = EPIPE;
		return -1;
	}
	do
		n = send(c->in, buf, len, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n;
}

void child_close_input(struct child *c)
{
	if (c->in >= 0)
		close(c->in);
	c->in = -1;
}

static int exit_code(int wstatus)
{
	return WIFSIGNALED(wstatus) ? 128 + WTERMSIG(wstatus) : WEXITSTATUS(wstatus);
}

bool child_ended(struct child *c, int *status)
{
	int wstatus;
	pid_t r;

	if (c->pid < 0) {
		*status = c->status;
		return true;
	}
	do
		r = waitpid(c->pid, &wstatus, WNOHANG);
	while (r < 0 && errno == EINTR);
	if (r == 0)
		return false;
	*status = c->status = r < 0 ? 127 : exit_code(wstatus);
	c->pid = -1;
	child_close_input(c);
	return true;
}

void child_kill(struct child *c)
{
	int wstatus;

	child_close_input(c);
	if (c->pid < 0)
		return;
	kill(-c->pid, SIGKILL);
	while (waitpid(c->pid, &wstatus, 0) < 0 && errno == EINTR)
		;
	c->status = 128 + SIGKILL;
	c->pid = -1;
}
