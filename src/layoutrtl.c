#include "layoutrtl.h"

#include "bidi.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Buffers for putting a right-to-left layout in drawing order, reused from
 * line to line. */
struct visual_work {
	struct layout_span *spans;	/* the new spans of every line */
	size_t span_count, span_cap;
	char *text;			/* one line in reading order */
	size_t text_cap;
	int *owner;			/* per byte of text: its span in the
					 * line, or -1 for a gap's space */
	size_t owner_cap;
	size_t *span_start;		/* per span of the line: its first byte */
	size_t span_start_cap;
};

/* One word being gathered in drawing order. */
struct visual_word {
	int owner;			/* -1: none open */
	size_t byte, bytes;		/* in the drawn text */
	int col, cols;
	size_t low, high;		/* its reading-order bytes, high past the end */
};

/* Adds word as a span.  Its source is the whole word in the text: a
 * lam-alef ligature stands for two letters, the second dropped. */
static void add_visual_span(struct visual_work *w, struct visual_word *word,
			    const char *drawn, const struct layout_span *from,
			    size_t from_start)
{
	size_t end = from_start + from->len;

	while (word->low > from_start && w->text[word->low - 1] != ' ')
		word->low--;
	while (word->high < end && w->text[word->high] != ' ')
		word->high++;
	xgrow((void **)&w->spans, &w->span_cap, w->span_count + 1, sizeof *w->spans);
	w->spans[w->span_count++] = (struct layout_span){
		.text = drawn + word->byte, .len = word->bytes,
		.source = from->source + (word->low - from_start),
		.source_len = word->high - word->low,
		.col = word->col, .cols = word->cols,
		.style = from->style, .item = from->item,
	};
}

/* Joins a line's spans in reading order, with a space for each column
 * between them, noting which span each byte came from.  Returns the
 * bytes. */
static size_t reading_order(struct visual_work *w, const struct layout_span *spans,
			    size_t count)
{
	size_t len = 0;
	int col = spans[0].col;

	xgrow((void **)&w->span_start, &w->span_start_cap, count, sizeof *w->span_start);
	for (size_t i = 0; i < count; i++) {
		const struct layout_span *s = &spans[i];
		size_t need = len + (size_t)(s->col > col ? s->col - col : 0) + s->len + 1;

		xgrow((void **)&w->text, &w->text_cap, need, 1);
		xgrow((void **)&w->owner, &w->owner_cap, need, sizeof *w->owner);
		for (; col < s->col; col++) {
			w->owner[len] = -1;
			w->text[len++] = ' ';
		}
		w->span_start[i] = len;
		memcpy(w->text + len, s->text, s->len);
		for (size_t b = 0; b < s->len; b++)
			w->owner[len + b] = (int)i;
		len += s->len;
		col = s->col + s->cols;
	}
	return len;
}

/* Bytes of the UTF-8 character that starts with byte b, in text bidi
 * took or made, so valid. */
static size_t char_bytes(char b)
{
	unsigned char c = (unsigned char)b;

	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Splits the drawn line into one span per word (a marked word of several
 * keeps its spaces), each taking its style and item from the span its
 * characters came from, right-aligned at the line's indent.  A word as
 * the unit lets the sentence being read be found and highlighted, in
 * whichever order its words are drawn. */
static void visual_words(struct visual_work *w, const struct layout_span *spans,
			 const struct bidi_line *v, const char *drawn, int left)
{
	struct visual_word word = { .owner = -1 };
	size_t byte = 0;
	int col = left;

	for (size_t k = 0; k < v->count; k++) {
		int cols = v->widths[k];
		size_t n = char_bytes(drawn[byte]);
		size_t at = v->logical[k];
		int owner = w->owner[at];
		bool space = drawn[byte] == ' ' &&
			     !(owner >= 0 && owner == word.owner && spans[owner].item >= 0);

		if (word.owner >= 0 && (owner != word.owner || space)) {
			add_visual_span(w, &word, drawn, &spans[word.owner],
					w->span_start[word.owner]);
			word.owner = -1;
		}
		if (!space && owner >= 0) {
			size_t end = at + char_bytes(w->text[at]);

			if (word.owner < 0)
				word = (struct visual_word){ .owner = owner, .byte = byte,
					.col = col, .low = at, .high = end };
			word.bytes = byte + n - word.byte;
			word.cols = col + cols - word.col;
			word.low = at < word.low ? at : word.low;
			word.high = end > word.high ? end : word.high;
		}
		col += cols;
		byte += n;
	}
	if (word.owner >= 0)
		add_visual_span(w, &word, drawn, &spans[word.owner],
				w->span_start[word.owner]);
}

enum {
	CACHE_SLOTS = 4096,	/* a power of two */
	CACHE_MAX_LINES = CACHE_SLOTS / 2,	/* then it starts again */
};

struct layoutrtl_cached {
	char *key;		/* the line in reading order; NULL: free slot */
	size_t key_len;
	struct bidi_line visual;
};

/* FNV-1a over eight bytes at a time: a line is hashed on every layout. */
static size_t hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037u, chunk;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&chunk, s + i, 8);
		h = (h ^ chunk) * 1099511628211u;
		h ^= h >> 29;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return (size_t)(h ^ h >> 32);
}

static void cache_clear(struct layoutrtl_cache *c)
{
	for (size_t i = 0; c->slots && i < CACHE_SLOTS; i++)
		if (c->slots[i].key) {
			free(c->slots[i].key);
			bidi_line_free(&c->slots[i].visual);
			c->slots[i].key = NULL;
		}
	c->count = 0;
}

void layoutrtl_cache_free(struct layoutrtl_cache *c)
{
	cache_clear(c);
	free(c->slots);
	c->slots = NULL;
}

/* The drawing order of text[0..len) from the cache, worked out and kept
 * there on a miss.  NULL when bidi cannot take the line. */
static const struct bidi_line *cached_visual(struct layoutrtl_cache *c,
					     const char *text, size_t len)
{
	size_t i;

	if (!c->slots)
		c->slots = xcalloc(CACHE_SLOTS, sizeof *c->slots);
	for (i = hash(text, len) & (CACHE_SLOTS - 1); c->slots[i].key;
	     i = (i + 1) & (CACHE_SLOTS - 1))
		if (c->slots[i].key_len == len && memcmp(c->slots[i].key, text, len) == 0)
			return &c->slots[i].visual;
	if (c->count >= CACHE_MAX_LINES) {
		cache_clear(c);
		i = hash(text, len) & (CACHE_SLOTS - 1);
	}
	if (!bidi_line_visual(text, len, true, &c->slots[i].visual))
		return NULL;
	c->slots[i].key = xmalloc(len + 1);
	memcpy(c->slots[i].key, text, len);
	c->slots[i].key_len = len;
	c->count++;
	return &c->slots[i].visual;
}

/* Puts line n in drawing order into w: right to left, shaped, aligned
 * right with its indent as the right margin.  A line bidi cannot take
 * (not UTF-8) keeps its spans, aligned right. */
/* Puts line n in drawing order into w: right to left, shaped, aligned
 * right with its indent as the right margin.  A line bidi cannot take
 * (not UTF-8) keeps its spans, aligned right. */
static void visual_line(struct layout *l, size_t n, struct visual_work *w,
			struct layoutrtl_cache *cache)
{
	struct layout_line *ln = &l->lines[n];
	const struct layout_span *spans;
	size_t first = w->span_count, len;
	const struct bidi_line *v = NULL;
	struct bidi_line own;

	/* An empty line may come before any span (l->spans still NULL). */
	if (ln->span_count == 0) {
		ln->first_span = first;
		return;
	}
	spans = &l->spans[ln->first_span];
	ln->first_span = first;
	len = reading_order(w, spans, ln->span_count);
	if (cache)
		v = cached_visual(cache, w->text, len);
	else if (bidi_line_visual(w->text, len, true, &own))
		v = &own;
	if (v) {
		char *drawn = arena_strndup(&l->text, v->text, v->bytes);

		visual_words(w, spans, v, drawn, l->width - spans[0].col - v->width);
		if (v == &own)
			bidi_line_free(&own);
	} else {
		int shift = l->width - spans[ln->span_count - 1].col -
			    spans[ln->span_count - 1].cols - spans[0].col;

		for (size_t i = 0; i < ln->span_count; i++) {
			xgrow((void **)&w->spans, &w->span_cap, w->span_count + 1,
			      sizeof *w->spans);
			w->spans[w->span_count] = spans[i];
			w->spans[w->span_count++].col += shift;
		}
	}
	ln->span_count = w->span_count - first;
}

void layoutrtl_visual(struct layout *l, struct layoutrtl_cache *cache)
{
	struct visual_work w = { 0 };

	for (size_t i = 0; i < l->line_count; i++)
		visual_line(l, i, &w, cache);
	free(l->spans);
	l->spans = w.spans;
	l->span_count = w.span_count;
	l->span_cap = w.span_cap;
	free(w.text);
	free(w.owner);
	free(w.span_start);
}

void layoutrtl_text(struct layout *l, const char *text, int width,
		    const struct layout_options *opt)
{
	layout_text(l, text, width, opt);
	if (bidi_starts_rtl(text, strlen(text)))
		layoutrtl_visual(l, NULL);
}
