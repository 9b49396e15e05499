/* printjob: a topic's handout printed at reception through print_command,
 * without ever making the patient wait.
 *
 * The command (split by cmdline.h's rules, no shell) is started with the
 * handout on its standard input and no terminal (see child.h); the caller
 * calls printjob_tick every tick, which feeds it and notices its end
 * without waiting.  A command that has not ended after the timeout is
 * killed with everything it started.  At most `limit` handouts are started
 * in any hour.  The log gets only "printed<TAB>TOPIC" (or "print_failed"
 * with the topic and what went wrong): nothing about the patient. */
#ifndef KIOSK_PRINTJOB_H
#define KIOSK_PRINTJOB_H

#include "child.h"
#include "content.h"
#include "log.h"
#include "print.h"

#include <stdbool.h>

enum { PRINTJOB_TIMEOUT_MS = 60 * 1000, PRINTJOB_HOUR_MS = 60 * 60 * 1000 };

enum printjob_state {
	PRINTJOB_IDLE,		/* nothing to show */
	PRINTJOB_PRINTING,	/* the command is running */
	PRINTJOB_DONE,		/* it ended well */
	PRINTJOB_FAILED,	/* it failed, was not found or timed out */
	PRINTJOB_LIMITED,	/* refused: print_limit reached this hour */
};

struct printjob {
	char **argv;			/* the command's words, owned */
	int limit;			/* handouts an hour */
	long timeout_ms;
	struct kiosk_log *log;		/* not owned; may be NULL */
	struct print_options handout;	/* its strings are the two below;
					 * date set at each start */
	char *clinic_name, *clinic_phone;	/* owned copies */
	enum printjob_state state;
	struct child child;
	char *text;			/* the handout being sent, owned */
	size_t len, sent;
	long started_ms;
	char topic[CONTENT_TOPIC_KEY_MAX + 1];	/* for the log */
	long *started;			/* start times of the last `limit`
					 * handouts, a ring; owned */
	size_t started_count, started_next;
};

/* Sets p up for command (print_command), limit handouts an hour and a
 * timeout (PRINTJOB_TIMEOUT_MS in the kiosk), logging to log.  Handouts are
 * laid out by handout's width and page_lines and carry its clinic_name and
 * clinic_phone (copied: the caller keeps its strings); its date is ignored,
 * each handout is dated the day it is printed.  Returns false, with
 * nothing to free, when command is empty or cannot be split: then there is
 * no Print button. */
bool printjob_init(struct printjob *p, const char *command, int limit,
		   long timeout_ms, const struct print_options *handout,
		   struct kiosk_log *log);

/* Heads the handouts from now on with this clinic name and phone (NULL:
 * none); p keeps its own copies. */
void printjob_set_clinic(struct printjob *p, const char *name, const char *phone);

/* Kills a command still running and frees everything p owns. */
void printjob_free(struct printjob *p);

/* Starts printing topic t of lib (the same text as `kiosk --print` with
 * the same settings) at
 * now_ms (a monotonic clock in milliseconds), with the patient's ticked
 * questions (question_count of them, may be 0) listed under "My questions
 * to ask"; they go only to the command, never to the log, and the handout's
 * text is wiped once sent.  Does nothing while a
 * handout is still printing.  Returns the new state: PRINTING, FAILED when
 * the command could not be started, or LIMITED. */
enum printjob_state printjob_start(struct printjob *p,
				   const struct content_library *lib,
				   const struct content_topic *t,
				   const char *const *questions, size_t question_count,
				   long now_ms);

/* Feeds the running command and notices its end or its timeout.  Never
 * waits; call it every tick while the state is PRINTING. */
void printjob_tick(struct printjob *p, long now_ms);

/* Forgets a finished job's outcome (the state becomes IDLE unless it is
 * still printing), e.g. when the patient moves on or the kiosk resets. */
void printjob_dismiss(struct printjob *p);

/* What the patient is told in a state, in the language of the screens
 * (i18n.h); NULL for IDLE.  Static strings. */
const char *printjob_message(enum printjob_state state);

#endif
