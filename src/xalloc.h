/* xalloc: allocation that cannot fail quietly.
 *
 * A kiosk with no memory left has nothing sensible to show, so running out
 * ends the process with a message (the terminal is restored by the exit
 * handler) instead of spreading NULL checks through every caller. */
#ifndef KIOSK_XALLOC_H
#define KIOSK_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

/* Like malloc, calloc, realloc and strdup, but never return NULL. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);

/* vsnprintf into a new allocation the caller frees. */
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Grows *items (each item_size bytes, *cap of them) to hold at least need,
 * doubling so repeated appends stay linear. */
void xgrow(void **items, size_t *cap, size_t need, size_t item_size);

#endif
