/* markup: glossary marks inside content text.
 *
 * "[[bursa]]" marks a word that has a glossary entry; "[[tendons|tendon]]"
 * shows "tendons" and explains "tendon".  Everything else is plain text. */
#ifndef KIOSK_MARKUP_H
#define KIOSK_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

struct markup_span {
	const char *text;	/* what is shown */
	size_t len;
	const char *term;	/* glossary term, or NULL for plain text */
	size_t term_len;
};

/* Reads the next span from *cursor and advances it.  Returns false at the
 * end of the string.  Text that is not well-formed markup is returned as
 * plain text, so drawing never fails; markup_check reports it. */
bool markup_next(const char **cursor, struct markup_span *span);

/* Checks the marks in text.  Returns NULL when they are well formed, or a
 * message saying how to fix the first bad one, with *at set to its byte
 * offset. */
const char *markup_check(const char *text, size_t *at);

/* Writes text without the marks into out (size outsz, NUL-terminated, cut
 * if needed); returns the length written. */
size_t markup_strip(const char *text, char *out, size_t outsz);

#endif
