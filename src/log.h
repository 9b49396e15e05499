/* log: the kiosk's log file, for anonymous usage figures and for problems
 * found in settings and content while running.
 *
 * One line per event: "YYYY-MM-DDTHH:MM:SSZ<TAB>event<TAB>field..." in UTC.
 * Problems are kept apart from usage figures by their events:
 *   checked  SCOPE                      a file, or a folder, was (re)read:
 *                                       its earlier problems no longer hold
 *   error    FILE LINE COL MESSAGE      a problem found in that reading
 *   warning  FILE LINE COL MESSAGE
 * Every other event is a usage figure (usage.h).  Nothing a patient types
 * is ever logged.
 *
 * Writing never stops or blocks the kiosk: the file is opened without
 * waiting and only a regular file is taken (a FIFO or a device could
 * block); a line is written whole or not at all, and when the disk is full
 * or the file cannot be written the line is dropped, counted, and the file
 * is tried again a minute later.
 *
 * With 'log = syslog' the same events go to the system log instead
 * (syslog(3), ident "kiosk", facility LOG_USER; journald and rsyslog both
 * take it), one message an event: "kiosk_name=NAME EVENT<TAB>FIELD...",
 * with no time stamp (the system log adds its own), at LOG_ERR for
 * "error", LOG_WARNING for "warning" and failures, LOG_INFO otherwise.
 * logsys sends them from a thread of its own, so a stuck system log never
 * holds the kiosk up. */
#ifndef KIOSK_LOG_H
#define KIOSK_LOG_H

#include "conf.h"
#include "diag.h"
#include "logsys.h"

#include <stdbool.h>

enum {
	LOG_RETRY_MS = 60 * 1000, LOG_LINE_MAX = 1024,
};


struct kiosk_log {
	char *path;		/* NULL: no log file */
	struct logsys *system;	/* NULL: not the system log */
	char *kiosk_name;	/* with the system log: this kiosk's name */
	int fd;
	long retry_at_ms;
	unsigned long dropped;	/* lines that could not be written */
	bool torn;		/* a part line may be in the file */
};

/* Opens path for appending ("" or NULL turns logging off).  Returns false
 * when path names something other than a regular file, which is never
 * written to (the open is tried again with each retry). */
bool log_open(struct kiosk_log *log, const char *path);

/* Sends every event to the system log through sink (see above), naming
 * this kiosk kiosk_name, or the host name when that is "".  Returns false,
 * with logging off, when no thread could be started for it. */
bool log_open_syslog(struct kiosk_log *log, const char *kiosk_name,
		     const struct logsys_sink *sink);

/* Opens the log conf asks for: log_file or the system log.  Returns false
 * as log_open does. */
bool log_open_conf(struct kiosk_log *log, const struct conf *conf);

/* Whether conf asks for another log than the one open in log. */
bool log_differs(const struct kiosk_log *log, const struct conf *conf);

/* Closes the log (see logsys_close for messages still queued). */
void log_close(struct kiosk_log *log);

/* Appends one event with tab-separated fields made by fmt.  Tabs, line
 * breaks and control characters in the fields are escaped. */
void log_event(struct kiosk_log *log, long now_ms, const char *event,
	       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Appends a "checked" event for scope (a file or folder just read) and then
 * every problem in diag as an "error" or "warning" event. */
void log_diag(struct kiosk_log *log, long now_ms, const char *scope,
	      struct diag *diag);

#endif
