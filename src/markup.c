#include "markup.h"

#include <string.h>

/* A well-formed mark starting at s ("[[...]]"): sets the parts and returns
 * its whole length, or 0 when s does not start a valid mark. */
static size_t parse_mark(const char *s, struct markup_span *span)
{
	const char *body, *end, *bar;

	if (s[0] != '[' || s[1] != '[')
		return 0;
	body = s + 2;
	/* Stops at the first '[' or line break, so scanning a string full of
	 * unclosed marks stays linear. */
	for (end = body; !(end[0] == ']' && end[1] == ']'); end++)
		if (*end == '\0' || *end == '[' || *end == '\n')
			return 0;
	if (end == body)
		return 0;
	bar = memchr(body, '|', (size_t)(end - body));
	span->text = body;
	span->len = (size_t)((bar ? bar : end) - body);
	span->term = bar ? bar + 1 : body;
	span->term_len = (size_t)(end - span->term);
	if (span->len == 0 || span->term_len == 0 ||
	    memchr(span->term, '|', span->term_len))
		return 0;
	return (size_t)(end + 2 - s);
}

bool markup_next(const char **cursor, struct markup_span *span)
{
	const char *s = *cursor, *p;
	size_t n;

	if (*s == '\0')
		return false;
	n = parse_mark(s, span);
	if (n) {
		*cursor = s + n;
		return true;
	}
	/* Plain text runs to the next possible mark. */
	p = s + 1;
	while (*p) {
		struct markup_span probe;
		if (p[0] == '[' && p[1] == '[' && parse_mark(p, &probe))
			break;
		p++;
	}
	span->text = s;
	span->len = (size_t)(p - s);
	span->term = NULL;
	span->term_len = 0;
	*cursor = p;
	return true;
}

const char *markup_check(const char *text, size_t *at)
{
	for (const char *p = text; *p; p++) {
		struct markup_span span;
		size_t n;

		if (p[0] == ']' && p[1] == ']') {
			*at = (size_t)(p - text);
			return "']]' without a matching '[['; remove it or add "
			       "'[[' before the marked word";
		}
		if (p[0] != '[' || p[1] != '[')
			continue;
		*at = (size_t)(p - text);
		n = parse_mark(p, &span);
		if (n == 0) {
			const char *end = strstr(p + 2, "]]");
			if (!end)
				return "'[[' is not closed; a marked word is "
				       "written [[word]]";
			return "badly written mark; write [[word]] or "
			       "[[word shown|glossary term]]";
		}
		p += n - 1;
	}
	return NULL;
}

size_t markup_strip(const char *text, char *out, size_t outsz)
{
	struct markup_span span;
	size_t o = 0;

	if (outsz == 0)
		return 0;
	while (markup_next(&text, &span)) {
		size_t n = span.len < outsz - 1 - o ? span.len : outsz - 1 - o;
		memcpy(out + o, span.text, n);
		o += n;
		if (o == outsz - 1)
			break;
	}
	out[o] = '\0';
	return o;
}
