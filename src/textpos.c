#include "textpos.h"

#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Bytes of the UTF-8 character that starts with byte c. */
static size_t char_bytes(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Characters in s[0..n). */
static unsigned count_chars(const char *s, size_t n)
{
	unsigned chars = 0;

	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)s[i] & 0xC0) != 0x80;
	return chars;
}

/* Walks the file and the text side by side.  Every character of the text
 * that is not white space is in the file, in the same order, with only
 * white space (indentation, line breaks that folding joined) between, in
 * a plain or block scalar.  A single-quoted '' stands for one quote.  The
 * first character that does not match (a double-quoted escape) ends the
 * walk: the rest of the text maps to the scalar's start. */
struct walk {
	const char *src;
	size_t at, end;
	unsigned line, col;		/* of src[at], 1-based */
	struct textpos_run *runs;
	size_t count, cap;
};

static void add_run(struct walk *w, size_t offset, unsigned line, unsigned col,
		    bool exact)
{
	xgrow((void **)&w->runs, &w->cap, w->count + 1, sizeof *w->runs);
	w->runs[w->count++] = (struct textpos_run) { offset, line, col, exact };
}

/* Steps over one character of the file. */
static void step(struct walk *w)
{
	char c = w->src[w->at];

	if (c == '\n' || (c == '\r' && (w->at + 1 >= w->end || w->src[w->at + 1] != '\n'))) {
		w->line++;
		w->col = 1;
		w->at++;
		return;
	}
	w->at += c == '\r' ? 1 : char_bytes((unsigned char)c);
	w->col += c != '\r';
}

static void walk_text(struct walk *w, const char *text, size_t len,
		      const struct ynode *node)
{
	size_t j = 0;
	unsigned run_chars = 0;		/* of the text since the last run began */

	while (j < len) {
		size_t n = char_bytes((unsigned char)text[j]);
		const struct textpos_run *last = w->count ? &w->runs[w->count - 1] : NULL;

		if (is_space(text[j])) {
			j++;
			run_chars++;
			continue;
		}
		while (w->at < w->end && is_space(w->src[w->at]))
			step(w);
		if (w->at + n > w->end || memcmp(w->src + w->at, text + j, n) != 0) {
			/* An escape: nothing after it can be counted. */
			add_run(w, j, node->line, node->col, false);
			return;
		}
		if (!last || last->line != w->line || last->col + run_chars != w->col) {
			add_run(w, j, w->line, w->col, true);
			run_chars = 0;
		}
		step(w);
		j += n;
		run_chars++;
		if (node->style == YSTYLE_SINGLE && text[j - 1] == '\'' &&
		    w->at < w->end && w->src[w->at] == '\'') {
			step(w);	/* '' in the file, ' in the text */
			add_run(w, j, w->line, w->col, true);
			run_chars = 0;
		}
	}
}

/* The runs of node's value text[0..len) (a malloc'd array, at least one
 * run, in w->runs). */
static void walk_scalar(struct walk *w, const char *text, size_t len,
			const struct ynode *node, const char *source,
			size_t source_len)
{
	*w = (struct walk) {
		.src = source, .at = node->start, .end = source_len,
		.line = node->line, .col = node->col,
	};
	if (w->at > w->end)
		w->at = w->end;
	/* A block's text starts on the line after its '|' or '>' (and any
	 * comment there); a quoted one after its quote. */
	if (node->style == YSTYLE_LITERAL || node->style == YSTYLE_FOLDED) {
		while (w->at < w->end && source[w->at] != '\n' && source[w->at] != '\r')
			step(w);
	} else if (node->style != YSTYLE_PLAIN && w->at < w->end) {
		step(w);
	}
	walk_text(w, text, len, node);
	if (!w->count)
		add_run(w, 0, node->line, node->col, true);
}

void textpos_add(struct textpos_table *table, struct arena *arena,
		 const char *text, size_t len, const struct ynode *node,
		 const char *source, size_t source_len)
{
	struct walk w;
	struct textpos_text *t;

	walk_scalar(&w, text, len, node, source, source_len);
	xgrow((void **)&table->texts, &table->cap, table->count + 1, sizeof *table->texts);
	t = &table->texts[table->count++];
	t->text = text;
	t->len = len;
	t->run_count = w.count;
	t->runs = arena_alloc(arena, w.count * sizeof *w.runs);
	memcpy((void *)t->runs, w.runs, w.count * sizeof *w.runs);
	free(w.runs);
}

static int text_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct textpos_text *)a)->text;
	uintptr_t y = (uintptr_t)((const struct textpos_text *)b)->text;

	return (x > y) - (x < y);
}

void textpos_finish(struct textpos_table *table)
{
	if (table->count)
		qsort(table->texts, table->count, sizeof *table->texts, text_cmp);
}

/* The place of the character at offset in t. */
static void place_in(const struct textpos_text *t, size_t offset, unsigned *line,
		     unsigned *col)
{
	const struct textpos_run *run = t->runs;

	for (size_t i = 1; i < t->run_count && t->runs[i].offset <= offset; i++)
		run = &t->runs[i];
	*line = run->line;
	*col = run->col;
	if (run->exact && offset >= run->offset)
		*col += count_chars(t->text + run->offset, offset - run->offset);
}

bool textpos_find(const struct textpos_table *table, const char *at,
		  unsigned *line, unsigned *col)
{
	size_t lo = 0, hi = table->count, offset;
	const struct textpos_text *t;

	/* The last text starting at or before at. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if ((uintptr_t)table->texts[mid].text <= (uintptr_t)at)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	t = &table->texts[lo - 1];
	offset = (size_t)((uintptr_t)at - (uintptr_t)t->text);
	if (offset > t->len)
		return false;
	place_in(t, offset, line, col);
	return true;
}

void textpos_locate(const struct ynode *node, const char *source,
		    size_t source_len, size_t offset, unsigned *line, unsigned *col)
{
	struct walk w;
	struct textpos_text t;

	walk_scalar(&w, node->text, node->len, node, source, source_len);
	t = (struct textpos_text) { node->text, node->len, w.runs, w.count };
	place_in(&t, offset <= node->len ? offset : node->len, line, col);
	free(w.runs);
}

void textpos_free(struct textpos_table *table)
{
	free(table->texts);
	*table = (struct textpos_table) { 0 };
}
