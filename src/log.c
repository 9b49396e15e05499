#include "log.h"

#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

enum { LOG_WRITE_TRIES = 3 };

/* O_NONBLOCK: a FIFO with no reader fails at once instead of waiting for
 * one; anything but a regular file is closed again unwritten. */
static bool try_open(struct kiosk_log *log)
{
	struct stat st;

	log->fd = open(log->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC |
		       O_NONBLOCK | O_NOCTTY, 0640);
	if (log->fd < 0)
		return errno != ENXIO;	/* a FIFO with no reader */
	if (fstat(log->fd, &st) == 0 && S_ISREG(st.st_mode))
		return true;
	close(log->fd);
	log->fd = -1;
	return false;
}

bool log_open(struct kiosk_log *log, const char *path)
{
	memset(log, 0, sizeof *log);
	log->fd = -1;
	if (!path || !*path)
		return true;
	log->path = xstrdup(path);
	return try_open(log);
}

/* Host names may hold anything a DNS label or a hostnamectl call lets in;
 * kiosk_name=NAME must stay one field. */
static char *host_name(void)
{
	char name[CONF_MAX_KIOSK_NAME + 1] = "";

	if (gethostname(name, sizeof name) != 0 || !name[0])
		return xstrdup("kiosk");
	name[CONF_MAX_KIOSK_NAME] = '\0';
	for (char *p = name; *p; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789._-", *p))
			*p = '-';
	return xstrdup(name);
}

bool log_open_syslog(struct kiosk_log *log, const char *kiosk_name,
		     const struct logsys_sink *sink)
{
	memset(log, 0, sizeof *log);
	log->fd = -1;
	log->system = logsys_open(sink, "kiosk");
	if (!log->system)
		return false;
	log->kiosk_name = *kiosk_name ? xstrdup(kiosk_name) : host_name();
	return true;
}

bool log_open_conf(struct kiosk_log *log, const struct conf *conf)
{
	if (conf->log == CONF_LOG_SYSLOG)
		return log_open_syslog(log, conf->kiosk_name, &logsys_system);
	return log_open(log, conf->log_file);
}

bool log_differs(const struct kiosk_log *log, const struct conf *conf)
{
	if (conf->log == CONF_LOG_SYSLOG)
		return !log->system || (*conf->kiosk_name &&
					strcmp(conf->kiosk_name, log->kiosk_name));
	return log->system || strcmp(log->path ? log->path : "", conf->log_file);
}

void log_close(struct kiosk_log *log)
{
	if (log->fd >= 0)
		close(log->fd);
	logsys_close(log->system);
	free(log->path);
	free(log->kiosk_name);
	memset(log, 0, sizeof *log);
	log->fd = -1;
}

/* A short write (a full disk) leaves part of a line: cut it off again, or,
 * when that fails, start the next line on a fresh line. */
static void remove_part_line(struct kiosk_log *log, ssize_t written)
{
	off_t end;

	if (written <= 0)
		return;
	end = lseek(log->fd, 0, SEEK_END);
	if (end < written || ftruncate(log->fd, end - written) != 0)
		log->torn = true;
}

/* One write(2) per line, so lines from a restarted kiosk never interleave
 * mid-line, and a short write drops the line, not the kiosk.  A signal
 * during the write is retried a few times only, so SIGTERM always ends the
 * kiosk. */
static void write_line(struct kiosk_log *log, long now_ms, char *line, size_t len)
{
	ssize_t n = -1;

	if (!log->path)
		return;
	if (log->fd < 0) {
		if (now_ms < log->retry_at_ms) {
			log->dropped++;
			return;
		}
		try_open(log);
	}
	if (log->torn) {
		/* line has a byte free in front for this */
		line--;
		*line = '\n';
		len++;
	}
	for (int try = 0; try < LOG_WRITE_TRIES && log->fd >= 0; try++) {
		n = write(log->fd, line, len);
		if (n >= 0 || errno != EINTR)
			break;
	}
	if (n == (ssize_t)len) {
		log->torn = false;
		return;
	}
	log->dropped++;
	if (log->fd >= 0) {
		remove_part_line(log, n);
		close(log->fd);
	}
	log->fd = -1;
	log->retry_at_ms = now_ms + LOG_RETRY_MS;
}

static size_t timestamp(char *buf, size_t size)
{
	time_t now = time(NULL);
	struct tm tm;

	if (!gmtime_r(&now, &tm))
		return (size_t)snprintf(buf, size, "-");
	return strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int priority_of(const char *event)
{
	if (!strcmp(event, "error"))
		return LOG_ERR;
	if (!strcmp(event, "warning") || strstr(event, "_failed"))
		return LOG_WARNING;
	return LOG_INFO;
}

void log_event(struct kiosk_log *log, long now_ms, const char *event,
	       const char *fmt, ...)
{
	char fields[LOG_LINE_MAX], safe[LOG_LINE_MAX], buf[LOG_LINE_MAX * 2 + 128];
	char *line = buf + 1;	/* room for a fresh-line byte */
	size_t n;
	va_list ap;

	if (!log->path && !log->system)
		return;
	va_start(ap, fmt);
	vsnprintf(fields, sizeof fields, fmt, ap);
	va_end(ap);
	/* Fields are separated by tabs in fmt; escape each field's own. */
	const size_t size = sizeof buf - 1;

	/* The system log stamps the time itself. */
	if (log->system) {
		n = (size_t)snprintf(line, size, "kiosk_name=%s %s", log->kiosk_name, event);
	} else {
		n = timestamp(line, size);
		n += (size_t)snprintf(line + n, size - n, "\t%s", event);
	}
	for (char *field = fields, *tab; field; field = tab ? tab + 1 : NULL) {
		tab = strchr(field, '\t');
		utf8_escape(field, tab ? (size_t)(tab - field) : strlen(field),
			    safe, sizeof safe);
		if (*fields)
			n += (size_t)snprintf(line + n, size - n, "\t%s", safe);
		if (n >= size - 2)
			n = size - 2;
	}
	if (log->system) {
		line[n] = '\0';
		if (!logsys_send(log->system, priority_of(event), line))
			log->dropped++;
		return;
	}
	line[n++] = '\n';
	write_line(log, now_ms, line, n);
}

void log_diag(struct kiosk_log *log, long now_ms, const char *scope,
	      struct diag *diag)
{
	log_event(log, now_ms, "checked", "%s", scope);
	for (size_t i = 0; i < diag->count; i++) {
		const struct diag_entry *e = &diag->entries[i];
		log_event(log, now_ms, e->severity == DIAG_ERROR ? "error" : "warning",
			  "%s\t%u\t%u\t%s", e->path, e->line, e->col, e->message);
	}
}
