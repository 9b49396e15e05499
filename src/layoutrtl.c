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
	size_t *span_start;		/* per span of the line: its first byte */
	size_t span_start_cap;
	struct bidi_work bidi;
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
 * between them, noting where each span starts.  Returns the bytes. */
static size_t reading_order(struct visual_work *w, const struct layout_span *spans,
			    size_t count)
{
	size_t len = 0;
	int col = spans[0].col;

	xgrow((void **)&w->span_start, &w->span_start_cap, count, sizeof *w->span_start);
	for (size_t i = 0; i < count; i++) {
		const struct layout_span *s = &spans[i];
		size_t gap = (size_t)(s->col > col ? s->col - col : 0);

		xgrow((void **)&w->text, &w->text_cap, len + gap + s->len + 1, 1);
		memset(w->text + len, ' ', gap);
		len += gap;
		w->span_start[i] = len;
		memcpy(w->text + len, s->text, s->len);
		len += s->len;
		col = s->col + s->cols;
	}
	return len;
}

/* The span of the line (count spans) whose text holds byte at, or -1 for
 * a gap's space.  The search starts from near, the previous answer (or
 * -1): characters drawn side by side mostly sit side by side in the
 * text. */
static int owner_of(const struct visual_work *w, const struct layout_span *spans,
		    size_t count, size_t at, int near)
{
	size_t i = near >= 0 ? (size_t)near : 0;

	/* Unsigned: a byte before the span wraps round to a large number. */
	if (at - w->span_start[i] < spans[i].len)
		return (int)i;
	while (i > 0 && w->span_start[i] > at)
		i--;
	while (i + 1 < count && w->span_start[i + 1] <= at)
		i++;
	return at < w->span_start[i] + spans[i].len ? (int)i : -1;
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
			 size_t count, const struct bidi_line *v, const char *drawn,
			 int left)
{
	struct visual_word word = { .owner = -1 };
	size_t byte = 0;
	int col = left, owner = -1;

	for (size_t k = 0; k < v->count; k++) {
		int cols = v->widths[k];
		size_t n = char_bytes(drawn[byte]);
		size_t at = v->logical[k];

		owner = owner_of(w, spans, count, at, owner);
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

/* The table doubles from the first size while half full; at the most,
 * holding 2,048 lines, it starts again. */
enum {
	CACHE_FIRST_SLOTS = 256,	/* a power of two */
	CACHE_MAX_SLOTS = 4096,
};

/* A line's key and drawing order point into the cache's arena. */
struct layoutrtl_cached {
	const char *key;	/* the line in reading order; NULL: free slot */
	size_t key_len, hash;
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

void layoutrtl_cache_free(struct layoutrtl_cache *c)
{
	arena_free(&c->lines);
	free(c->slots);
	c->slots = NULL;
	c->slot_count = c->count = 0;
}

/* The free slot or the slot holding the line text[0..len) with hash h. */
static struct layoutrtl_cached *cache_slot(struct layoutrtl_cache *c, size_t h,
					   const char *text, size_t len)
{
	size_t mask = c->slot_count - 1, i;

	for (i = h & mask; c->slots[i].key; i = (i + 1) & mask)
		if (c->slots[i].hash == h && c->slots[i].key_len == len &&
		    memcmp(c->slots[i].key, text, len) == 0)
			break;
	return &c->slots[i];
}

/* Makes room for one more line: the table starts small, so a cache that
 * sees few lines costs little, doubles while half full, and at its largest
 * starts again. */
static void cache_make_room(struct layoutrtl_cache *c)
{
	struct layoutrtl_cached *old = c->slots;
	size_t old_count = c->slot_count;

	if (c->slot_count && (c->count + 1) * 2 <= c->slot_count)
		return;
	if (c->slot_count == CACHE_MAX_SLOTS) {
		arena_free(&c->lines);
		memset(c->slots, 0, CACHE_MAX_SLOTS * sizeof *c->slots);
		c->count = 0;
		return;
	}
	c->slot_count = old_count ? old_count * 2 : CACHE_FIRST_SLOTS;
	c->slots = xcalloc(c->slot_count, sizeof *c->slots);
	for (size_t i = 0; i < old_count; i++)
		if (old[i].key)
			*cache_slot(c, old[i].hash, old[i].key, old[i].key_len) = old[i];
	free(old);
}

/* Copies the line text[0..len) and its drawing order v into slot, in the
 * cache's arena. */
static void cache_keep(struct layoutrtl_cache *c, struct layoutrtl_cached *slot,
		       size_t h, const char *text, size_t len,
		       const struct bidi_line *v)
{
	size_t *logical = arena_alloc(&c->lines, v->count * sizeof *logical +
				      v->count + v->bytes + 1 + len);
	unsigned char *widths = (unsigned char *)(logical + v->count);
	char *drawn = (char *)widths + v->count, *key = drawn + v->bytes + 1;

	memcpy(logical, v->logical, v->count * sizeof *logical);
	memcpy(widths, v->widths, v->count);
	memcpy(drawn, v->text, v->bytes + 1);
	memcpy(key, text, len);
	*slot = (struct layoutrtl_cached){
		.key = key, .key_len = len, .hash = h,
		.visual = { .text = drawn, .bytes = v->bytes, .logical = logical,
			    .widths = widths, .count = v->count, .width = v->width },
	};
	c->count++;
}

/* The drawing order of text[0..len) from the cache, worked out in bidi
 * and kept there on a miss.  NULL when bidi cannot take the line. */
static const struct bidi_line *cached_visual(struct layoutrtl_cache *c,
					     struct bidi_work *bidi,
					     const char *text, size_t len)
{
	size_t h = hash(text, len);
	struct layoutrtl_cached *slot;
	struct bidi_line v;

	if (c->slot_count && (slot = cache_slot(c, h, text, len))->key)
		return &slot->visual;
	if (!bidi_line_visual_in(bidi, text, len, true, &v))
		return NULL;
	cache_make_room(c);
	slot = cache_slot(c, h, text, len);
	cache_keep(c, slot, h, text, len, &v);
	return &slot->visual;
}

/* Puts line n in drawing order into w: right to left, shaped, aligned
 * right with its indent as the right margin.  A line bidi cannot take
 * (not UTF-8, or wider than its room) keeps its spans, aligned right. */
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
		v = cached_visual(cache, &w->bidi, w->text, len);
	else if (bidi_line_visual_in(&w->bidi, w->text, len, true, &own))
		v = &own;
	/* Shaping never widens a line; only a character the layout split
	 * between spans (malformed bytes) can make it wider than its room. */
	if (v && v->width > l->width - spans[0].col)
		v = NULL;
	if (v) {
		char *drawn = arena_strndup(&l->text, v->text, v->bytes);

		visual_words(w, spans, ln->span_count, v, drawn,
			     l->width - spans[0].col - v->width);
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
	free(w.span_start);
	bidi_work_free(&w.bidi);
}

void layoutrtl_text(struct layout *l, const char *text, int width,
		    const struct layout_options *opt)
{
	layout_text(l, text, width, opt);
	if (bidi_starts_rtl(text, strlen(text)))
		layoutrtl_visual(l, NULL);
}
