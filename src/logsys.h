/* logsys: messages for the system log, sent from a thread of their own.
 *
 * syslog(3) waits when the system log is stuck (a journald that does not
 * read its socket), and the kiosk must never wait for its log: the caller
 * only queues a message; the thread hands it to the sink.  When
 * LOGSYS_QUEUE messages are waiting, the next ones are dropped. */
#ifndef KIOSK_LOGSYS_H
#define KIOSK_LOGSYS_H

#include <stdbool.h>

enum {
	LOGSYS_QUEUE = 32,
	LOGSYS_MESSAGE_MAX = 2048,	/* bytes with the NUL; longer is cut */
	LOGSYS_FLUSH_MS = 500,
};

/* The system log: logsys_system calls openlog(ident, LOG_PID, LOG_USER)
 * and syslog(3); tests put a stand-in here.  send may block: it is only
 * ever called from the logsys thread, one call at a time. */
struct logsys_sink {
	void (*open)(const char *ident);
	void (*send)(int priority, const char *message);
};

extern const struct logsys_sink logsys_system;

struct logsys;

/* Opens the system log through sink with ident (which must outlive every
 * logsys, like a string literal) and starts the sending thread.  Returns
 * NULL when no thread could be started. */
struct logsys *logsys_open(const struct logsys_sink *sink, const char *ident);

/* Queues message at priority (LOG_INFO, LOG_ERR...).  Returns false when
 * the queue is full and the message was dropped.  Never waits for the
 * sink. */
bool logsys_send(struct logsys *sys, int priority, const char *message);

/* Stops the thread once the queued messages are sent, waiting for that at
 * most LOGSYS_FLUSH_MS; a thread stuck in the sink is left to finish on
 * its own and frees what it shares.  NULL is ignored. */
void logsys_close(struct logsys *sys);

#endif
