#include "log.h"

#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void try_open(struct kiosk_log *log)
{
	log->fd = open(log->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
}

void log_open(struct kiosk_log *log, const char *path)
{
	memset(log, 0, sizeof *log);
	log->fd = -1;
	if (!path || !*path)
		return;
	log->path = xstrdup(path);
	try_open(log);
}

void log_close(struct kiosk_log *log)
{
	if (log->fd >= 0)
		close(log->fd);
	free(log->path);
	memset(log, 0, sizeof *log);
	log->fd = -1;
}

/* One write(2) per line, so lines from a restarted kiosk never interleave
 * mid-line, and a short write (a full disk) drops the line, not the kiosk. */
static void write_line(struct kiosk_log *log, long now_ms, const char *line, size_t len)
{
	ssize_t n;

	if (!log->path)
		return;
	if (log->fd < 0) {
		if (now_ms < log->retry_at_ms) {
			log->dropped++;
			return;
		}
		try_open(log);
	}
	do
		n = log->fd >= 0 ? write(log->fd, line, len) : -1;
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)len) {
		log->dropped++;
		if (log->fd >= 0)
			close(log->fd);
		log->fd = -1;
		log->retry_at_ms = now_ms + LOG_RETRY_MS;
	}
}

static size_t timestamp(char *buf, size_t size)
{
	time_t now = time(NULL);
	struct tm tm;

	if (!gmtime_r(&now, &tm))
		return (size_t)snprintf(buf, size, "-");
	return strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void log_event(struct kiosk_log *log, long now_ms, const char *event,
	       const char *fmt, ...)
{
	char fields[LOG_LINE_MAX], safe[LOG_LINE_MAX], line[LOG_LINE_MAX * 2 + 64];
	size_t n;
	va_list ap;

	if (!log->path)
		return;
	va_start(ap, fmt);
	vsnprintf(fields, sizeof fields, fmt, ap);
	va_end(ap);
	/* Fields are separated by tabs in fmt; escape each field's own. */
	n = timestamp(line, sizeof line);
	n += (size_t)snprintf(line + n, sizeof line - n, "\t%s", event);
	for (char *field = fields, *tab; field; field = tab ? tab + 1 : NULL) {
		tab = strchr(field, '\t');
		utf8_escape(field, tab ? (size_t)(tab - field) : strlen(field),
			    safe, sizeof safe);
		if (*fields)
			n += (size_t)snprintf(line + n, sizeof line - n, "\t%s", safe);
		if (n >= sizeof line - 2)
			n = sizeof line - 2;
	}
	line[n++] = '\n';
	write_line(log, now_ms, line, n);
}

void log_diag(struct kiosk_log *log, long now_ms, struct diag *diag)
{
	char text[LOG_LINE_MAX];

	for (size_t i = 0; i < diag->count; i++) {
		const struct diag_entry *e = &diag->entries[i];
		log_event(log, now_ms, e->severity == DIAG_ERROR ? "error" : "warning",
			  "%s", diag_format(e, text, sizeof text));
	}
}
