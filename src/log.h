/* log: the kiosk's log file, for anonymous usage figures and for problems
 * found in content while running.
 *
 * One line per event: "YYYY-MM-DDTHH:MM:SSZ<TAB>event<TAB>field..." in UTC.
 * Nothing a patient types is ever logged.  Writing never stops the kiosk:
 * when the disk is full or the file cannot be written, the line is dropped,
 * counted, and the file is tried again a minute later. */
#ifndef KIOSK_LOG_H
#define KIOSK_LOG_H

#include "diag.h"

#include <stdbool.h>

enum { LOG_RETRY_MS = 60 * 1000, LOG_LINE_MAX = 1024 };

struct kiosk_log {
	char *path;		/* NULL: logging is off */
	int fd;
	long retry_at_ms;
	unsigned long dropped;	/* lines that could not be written */
};

/* Opens path for appending ("" or NULL turns logging off). */
void log_open(struct kiosk_log *log, const char *path);
void log_close(struct kiosk_log *log);

/* Appends one event with tab-separated fields made by fmt.  Tabs, line
 * breaks and control characters in the fields are escaped. */
void log_event(struct kiosk_log *log, long now_ms, const char *event,
	       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Appends every problem in diag as an "error" or "warning" event. */
void log_diag(struct kiosk_log *log, long now_ms, struct diag *diag);

#endif
