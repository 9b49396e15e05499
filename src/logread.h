/* logread: reads usage logs back, in every form a kiosk's log reaches
 * staff, for `kiosk --stats` and `kiosk --errors`:
 *   - the kiosk's own log file (log.h): "TIME<TAB>EVENT<TAB>FIELD...";
 *   - system log lines as rsyslog writes them: traditional
 *     ("Nov 29 10:00:01 host kiosk[123]: MESSAGE"), with an RFC 3339 time
 *     in front instead, or RFC 5424 ("<14>1 2026-11-29T10:00:01Z host kiosk
 *     123 - - MESSAGE");
 *   - `journalctl -o export`: records of NAME=value lines, or NAME, a
 *     64-bit little-endian length and that many bytes, ending in an empty
 *     line; MESSAGE, SYSLOG_IDENTIFIER, _HOSTNAME and
 *     __REALTIME_TIMESTAMP are read.
 * The form is told from the input's first bytes; system log lines and the
 * kiosk's own lines may be mixed.  System log messages count only from
 * the ident "kiosk" with "kiosk_name=NAME " in front (log.h); rsyslog's
 * "#011" for a tab is read as a tab.
 *
 * Memory is a fixed buffer whatever the input: lines and messages longer
 * than LOGREAD_LINE_MAX are skipped and counted, and a binary field's
 * length is never allocated, only read past.  Time is linear in the input. */
#ifndef KIOSK_LOGREAD_H
#define KIOSK_LOGREAD_H

#include <stdbool.h>
#include <stdio.h>

enum { LOGREAD_LINE_MAX = 4096, LOGREAD_NAME_MAX = 64, LOGREAD_SHOWN_MAX = 512 };

/* One event, valid until the next logread_next call. */
struct logread_entry {
	const char *kiosk;	/* the kiosk's name; "" for the kiosk's own log file */
	const char *date;	/* "2026-11-29", "Nov 29" (no year), or "" */
	char *line;		/* "EVENT<TAB>FIELD...", no line break; may be
				 * changed in place */
	unsigned long line_no;	/* where it starts in the input, from 1 */
};

/* One log to read, named name in messages. */
struct logread_input {
	FILE *in;
	const char *name;
};

struct logread_counts {
	unsigned long not_understood;	/* lines or records, kiosk's or unclear */
	unsigned long other_programs;	/* system log lines of other programs */
	unsigned long too_long;		/* past LOGREAD_LINE_MAX, skipped */
	unsigned long truncated;	/* an export record cut off by the end */
};

struct logread;

/* Starts reading in (which the caller keeps open and closes).  Returns a
 * reader to free with logread_close. */
struct logread *logread_open(FILE *in);

/* Reads up to the next event and fills e.  Returns false at the end of the
 * input (a read error ends it too). */
bool logread_next(struct logread *r, struct logread_entry *e);

/* The name reports give e's kiosk, in buf (size bytes): "kiosk NAME" for
 * a system log message, or input, the name of the log it came from, for
 * the kiosk's own log file (one file, one kiosk).  Returns buf. */
char *logread_kiosk_shown(const struct logread_entry *e, const char *input,
			  char *buf, size_t size);

/* What was skipped so far, and why. */
const struct logread_counts *logread_counts(const struct logread *r);

void logread_close(struct logread *r);

#endif
