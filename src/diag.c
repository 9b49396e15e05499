#include "diag.h"

#include "utf8.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum { DIAG_MESSAGE_MAX = 400, DIAG_PATH_MAX = 300 };

static char *escaped_copy(const char *s, size_t max)
{
	char *buf = xmalloc(max);
	return utf8_escape(s, strlen(s), buf, max);
}

void diag_vadd(struct diag *d, enum diag_severity severity, const char *path,
	       unsigned line, unsigned col, const char *fmt, va_list ap)
{
	char raw[DIAG_MESSAGE_MAX * 2];
	struct diag_entry *e;

	vsnprintf(raw, sizeof raw, fmt, ap);
	xgrow((void **)&d->entries, &d->cap, d->count + 1, sizeof *d->entries);
	e = &d->entries[d->count++];
	e->path = escaped_copy(path ? path : "", DIAG_PATH_MAX);
	e->line = line;
	e->col = col;
	e->severity = severity;
	e->seq = d->count - 1;
	e->message = escaped_copy(raw, DIAG_MESSAGE_MAX);
	if (severity == DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
}

void diag_add(struct diag *d, enum diag_severity severity, const char *path,
	      unsigned line, unsigned col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, severity, path, line, col, fmt, ap);
	va_end(ap);
}

char *diag_format(const struct diag_entry *e, char *buf, size_t size)
{
	const char *sev = e->severity == DIAG_ERROR ? "error" : "warning";

	if (e->line && e->col)
		snprintf(buf, size, "%s:%u:%u: %s: %s", e->path, e->line,
			 e->col, sev, e->message);
	else if (e->line)
		snprintf(buf, size, "%s:%u: %s: %s", e->path, e->line, sev,
			 e->message);
	else
		snprintf(buf, size, "%s: %s: %s", e->path, sev, e->message);
	return buf;
}

static int entry_cmp(const void *a, const void *b)
{
	const struct diag_entry *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void diag_print(struct diag *d, FILE *out)
{
	char line[DIAG_MESSAGE_MAX + DIAG_PATH_MAX + 64];

	if (d->count)
		qsort(d->entries, d->count, sizeof *d->entries, entry_cmp);
	for (size_t i = 0; i < d->count; i++)
		fprintf(out, "%s\n", diag_format(&d->entries[i], line, sizeof line));
}

void diag_move(struct diag *dst, struct diag *src)
{
	xgrow((void **)&dst->entries, &dst->cap, dst->count + src->count,
	      sizeof *dst->entries);
	for (size_t i = 0; i < src->count; i++) {
		dst->entries[dst->count + i] = src->entries[i];
		dst->entries[dst->count + i].seq = dst->count + i;
	}
	dst->count += src->count;
	dst->errors += src->errors;
	dst->warnings += src->warnings;
	free(src->entries);
	*src = (struct diag)DIAG_INIT;
}

/* Keeps the entries whose path is (keep true) or is not (keep false) path. */
static void filter_path(struct diag *d, const char *path, bool keep)
{
	size_t kept = 0;

	d->errors = d->warnings = 0;
	for (size_t i = 0; i < d->count; i++) {
		struct diag_entry *e = &d->entries[i];

		if ((strcmp(e->path, path) == 0) != keep) {
			free(e->path);
			free(e->message);
			continue;
		}
		if (e->severity == DIAG_ERROR)
			d->errors++;
		else
			d->warnings++;
		d->entries[kept++] = *e;
	}
	d->count = kept;
}

void diag_keep_path(struct diag *d, const char *path)
{
	filter_path(d, path, true);
}

void diag_drop_path(struct diag *d, const char *path)
{
	filter_path(d, path, false);
}

void diag_copy(struct diag *dst, const struct diag *src)
{
	for (size_t i = 0; i < src->count; i++) {
		const struct diag_entry *e = &src->entries[i];
		diag_add(dst, e->severity, e->path, e->line, e->col, "%s", e->message);
	}
}

void diag_clear(struct diag *d)
{
	for (size_t i = 0; i < d->count; i++) {
		free(d->entries[i].path);
		free(d->entries[i].message);
	}
	free(d->entries);
	*d = (struct diag)DIAG_INIT;
}

char *diag_quote(const char *s, size_t len, char *buf, size_t size)
{
	return utf8_escape(s, len, buf, size);
}
