#include "sentences.h"

#include "markup.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Short forms that end in a full stop but do not end a sentence. */
static const char *const short_forms[] = {
	"dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "vs", "approx", "no",
	"etc", "eg", "ie",
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* True when the word ending just before the '.' at end (the word starts
 * after a space or at text) is a short form. */
static bool after_short_form(const char *text, const char *end)
{
	const char *w = end;
	size_t n;

	while (w > text && !is_space(w[-1]) && w[-1] != '(')
		w--;
	n = (size_t)(end - w);
	for (size_t i = 0; i < sizeof short_forms / sizeof *short_forms; i++) {
		size_t k;

		if (strlen(short_forms[i]) != n)
			continue;
		for (k = 0; k < n && lower(w[k]) == short_forms[i][k]; k++)
			;
		if (k == n)
			return true;
	}
	return false;
}

static bool is_closer(char c)
{
	return c == ')' || c == '"' || c == '\'' || c == ']';
}

/* If p is a sentence's last mark, returns the byte after it and its
 * closers; else NULL. */
static const char *sentence_end(const char *text, const char *p)
{
	const char *q = p + 1;

	if (*p != '.' && *p != '!' && *p != '?')
		return NULL;
	while (is_closer(*q))
		q++;
	if (*q && !is_space(*q))
		return NULL;
	if (*p == '.' && after_short_form(text, p))
		return NULL;
	{
		const char *next = q;

		while (is_space(*next))
			next++;
		if (*next >= 'a' && *next <= 'z')
			return NULL;
	}
	return q;
}

/* The sentence being gathered. */
struct gather {
	struct sentences *s;
	const char *text;
	const char *start;	/* NULL: between sentences */
	char *spoken;
	size_t spoken_len, spoken_cap;
	bool space_pending;
};

static void say_char(struct gather *g, char c)
{
	if (is_space(c) || (unsigned char)c < 0x20 || c == 0x7f) {
		g->space_pending = g->spoken_len > 0;
		return;
	}
	xgrow((void **)&g->spoken, &g->spoken_cap, g->spoken_len + 3, 1);
	if (g->space_pending)
		g->spoken[g->spoken_len++] = ' ';
	g->space_pending = false;
	g->spoken[g->spoken_len++] = c;
	g->spoken[g->spoken_len] = '\0';
}

static void close_sentence(struct gather *g, const char *end)
{
	struct sentences *s = g->s;
	struct sentence *out;

	if (!g->start)
		return;
	if (!g->spoken_len) {
		g->start = NULL;
		return;
	}
	xgrow((void **)&s->items, &s->cap, s->count + 1, sizeof *s->items);
	out = &s->items[s->count++];
	*out = (struct sentence){
		.start = g->start, .len = (size_t)(end - g->start),
		.text = s->texts, .offset = (size_t)(g->start - g->text),
		.spoken = g->spoken,
	};
	g->start = NULL;
	g->spoken = NULL;
	g->spoken_len = g->spoken_cap = 0;
	g->space_pending = false;
}

void sentences_add_text(struct sentences *s, const char *text)
{
	struct gather g = { .s = s, .text = text };
	const char *cursor = text, *at = text;
	struct markup_span span;

	while (markup_next(&cursor, &span)) {
		if (span.term) {
			if (!g.start)
				g.start = at;
			for (size_t i = 0; i < span.len; i++)
				say_char(&g, span.text[i]);
			at = cursor;
			continue;
		}
		for (const char *p = span.text; p < span.text + span.len; p++) {
			const char *end;

			if (!g.start && !is_space(*p))
				g.start = p;
			say_char(&g, *p);
			if (g.start && (end = sentence_end(text, p))) {
				/* The closers belong to this sentence. */
				while (++p < end)
					say_char(&g, *p);
				p--;
				close_sentence(&g, end);
			}
		}
		at = cursor;
	}
	{
		const char *end = cursor;

		while (end > text && is_space(end[-1]))
			end--;
		close_sentence(&g, end);
	}
	free(g.spoken);
	s->texts++;
}

static void add_page_text(void *ctx, const char *text)
{
	sentences_add_text(ctx, text);
}

void sentences_of_page(struct sentences *s, const struct content_page *page)
{
	sentences_free(s);
	content_page_texts(page, add_page_text, s);
}

void sentences_of_term(struct sentences *s, const struct content_term *term)
{
	sentences_free(s);
	xgrow((void **)&s->items, &s->cap, 1, sizeof *s->items);
	s->items[s->count++] = (struct sentence){
		.start = term->term, .len = strlen(term->term),
		.spoken = sentences_say_term(term),
	};
	s->texts = 1;
	sentences_add_text(s, term->plain);
}

void sentences_free(struct sentences *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->items[i].spoken);
	free(s->items);
	*s = (struct sentences)SENTENCES_INIT;
}

/* Compared as addresses: the pointers may be into different texts. */
static bool holds(const struct sentence *t, const char *p)
{
	uintptr_t a = (uintptr_t)p, from = (uintptr_t)t->start;

	return a >= from && a < from + t->len;
}

long sentences_find(const struct sentences *s, const char *p)
{
	for (size_t i = 0; i < s->count; i++)
		if (holds(&s->items[i], p))
			return (long)i;
	return -1;
}

bool sentences_part(const struct sentences *s, size_t i, const char *text,
		    size_t len, size_t *skip, size_t *count)
{
	uintptr_t a, b, from, to;

	if (i >= s->count)
		return false;
	a = (uintptr_t)text;
	b = a + len;
	from = (uintptr_t)s->items[i].start;
	to = from + s->items[i].len;
	if (b <= from || a >= to)
		return false;
	*skip = from > a ? from - a : 0;
	*count = (to < b ? to : b) - (a + *skip);
	return true;
}

bool sentences_lines(const struct sentences *s, size_t i, const struct layout *l,
		     size_t *first, size_t *last)
{
	bool found = false;

	if (i >= s->count)
		return false;
	for (size_t ln = 0; ln < l->line_count; ln++) {
		const struct layout_line *line = &l->lines[ln];

		for (size_t k = 0; k < line->span_count; k++) {
			const struct layout_span *span = &l->spans[line->first_span + k];
			size_t skip, count;

			if (!sentences_part(s, i, span->source, span->source_len, &skip,
					    &count))
				continue;
			if (!found)
				*first = ln;
			*last = ln;
			found = true;
			break;
		}
	}
	return found;
}

char *sentences_say_term(const struct content_term *term)
{
	const char *from = term->say ? term->say : term->term;
	char *out = xstrdup(from);

	if (!term->say)
		return out;
	for (char *p = out; *p; p++)
		*p = *p == '-' ? ' ' : lower(*p);
	return out;
}
