#include "logsys.h"

#include "xalloc.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

struct logsys {
	pthread_mutex_t lock;
	pthread_cond_t wake;		/* a message waits, or stop */
	pthread_cond_t drained;		/* nothing waits or is being sent */
	const struct logsys_sink *sink;
	char message[LOGSYS_QUEUE][LOGSYS_MESSAGE_MAX];
	int priority[LOGSYS_QUEUE];
	size_t head, count;
	bool sending, stop;
	int users;			/* the caller and the thread */
};

static void system_open(const char *ident)
{
	openlog(ident, LOG_PID, LOG_USER);
}

static void system_send(int priority, const char *message)
{
	syslog(priority, "%s", message);
}

const struct logsys_sink logsys_system = { system_open, system_send };

/* The last of the caller and the thread to let go frees it. */
static void let_go(struct logsys *sys)
{
	bool last;

	pthread_mutex_lock(&sys->lock);
	last = --sys->users == 0;
	pthread_mutex_unlock(&sys->lock);
	if (!last)
		return;
	pthread_mutex_destroy(&sys->lock);
	pthread_cond_destroy(&sys->wake);
	pthread_cond_destroy(&sys->drained);
	free(sys);
}

static void *send_queued(void *arg)
{
	struct logsys *sys = arg;
	char message[LOGSYS_MESSAGE_MAX];
	int priority;

	pthread_mutex_lock(&sys->lock);
	for (;;) {
		while (!sys->count && !sys->stop)
			pthread_cond_wait(&sys->wake, &sys->lock);
		if (!sys->count)
			break;
		memcpy(message, sys->message[sys->head], sizeof message);
		priority = sys->priority[sys->head];
		sys->head = (sys->head + 1) % LOGSYS_QUEUE;
		sys->count--;
		sys->sending = true;
		pthread_mutex_unlock(&sys->lock);
		sys->sink->send(priority, message);
		pthread_mutex_lock(&sys->lock);
		sys->sending = false;
		if (!sys->count)
			pthread_cond_broadcast(&sys->drained);
	}
	pthread_mutex_unlock(&sys->lock);
	let_go(sys);
	return NULL;
}

struct logsys *logsys_open(const struct logsys_sink *sink, const char *ident)
{
	struct logsys *sys = xcalloc(1, sizeof *sys);
	pthread_attr_t attr;
	pthread_t thread;
	sigset_t all, old;
	int failed;

	sys->sink = sink;
	sys->users = 2;
	pthread_mutex_init(&sys->lock, NULL);
	pthread_cond_init(&sys->wake, NULL);
	pthread_cond_init(&sys->drained, NULL);
	sink->open(ident);
	/* Signals stay with the main thread, whose handlers end the kiosk. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	failed = pthread_create(&thread, &attr, send_queued, sys);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (failed) {
		sys->users = 1;
		let_go(sys);
		return NULL;
	}
	return sys;
}

bool logsys_send(struct logsys *sys, int priority, const char *message)
{
	bool queued = false;

	pthread_mutex_lock(&sys->lock);
	if (sys->count < LOGSYS_QUEUE) {
		size_t at = (sys->head + sys->count) % LOGSYS_QUEUE;

		snprintf(sys->message[at], LOGSYS_MESSAGE_MAX, "%s", message);
		sys->priority[at] = priority;
		sys->count++;
		queued = true;
		pthread_cond_signal(&sys->wake);
	}
	pthread_mutex_unlock(&sys->lock);
	return queued;
}

void logsys_close(struct logsys *sys)
{
	struct timespec until;

	if (!sys)
		return;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_nsec += (long)LOGSYS_FLUSH_MS * 1000000L;
	until.tv_sec += until.tv_nsec / 1000000000L;
	until.tv_nsec %= 1000000000L;
	pthread_mutex_lock(&sys->lock);
	while ((sys->count || sys->sending) &&
	       pthread_cond_timedwait(&sys->drained, &sys->lock, &until) != ETIMEDOUT)
		;
	sys->stop = true;
	pthread_cond_signal(&sys->wake);
	pthread_mutex_unlock(&sys->lock);
	let_go(sys);
}
