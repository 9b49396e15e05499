/* diag: collected problems in content and config files.
 *
 * Loaders add every problem they find and keep going; the caller prints them
 * all at once, gcc style: "path:line:col: error: message".  Messages are made
 * safe for a terminal when they are added, so file names and text quoted from
 * hostile files can never carry escape sequences to the screen. */
#ifndef KIOSK_DIAG_H
#define KIOSK_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

struct diag_entry {
	char *path;		/* owned */
	unsigned line, col;	/* 1-based; 0 means "not known" and is left out */
	enum diag_severity severity;
	char *message;		/* owned, already escaped */
	size_t seq;		/* order of adding, keeps sorting stable */
};

struct diag {
	struct diag_entry *entries;
	size_t count, cap;
	size_t errors, warnings;
};

#define DIAG_INIT { NULL, 0, 0, 0, 0 }

/* Adds one problem.  Aborts only when out of memory. */
void diag_add(struct diag *d, enum diag_severity severity, const char *path,
	      unsigned line, unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
void diag_vadd(struct diag *d, enum diag_severity severity, const char *path,
	       unsigned line, unsigned col, const char *fmt, va_list ap)
	__attribute__((format(printf, 6, 0)));

/* Formats one entry as a line without the newline into buf; returns buf. */
char *diag_format(const struct diag_entry *e, char *buf, size_t size);

/* Sorts entries by path, line and column (stable) and prints one per line. */
void diag_print(struct diag *d, FILE *out);

/* Moves every entry of src to the end of dst; src is left empty. */
void diag_move(struct diag *dst, struct diag *src);

/* Drops every entry not about the file path, or every entry about it, and
 * counts again. */
void diag_keep_path(struct diag *d, const char *path);
void diag_drop_path(struct diag *d, const char *path);

/* Adds a copy of every entry of src to dst. */
void diag_copy(struct diag *dst, const struct diag *src);

void diag_clear(struct diag *d);

/* Quotes a value from a file for a message: escaped and cut to a short
 * length.  Writes into buf (size >= 8) and returns it. */
char *diag_quote(const char *s, size_t len, char *buf, size_t size);

#endif
