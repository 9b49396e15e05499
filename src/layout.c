#include "layout.h"

#include "markup.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

size_t layout_char(const char *s, size_t len, uint32_t *cp, int *cols)
{
	size_t n;

	/* Most text is ASCII: no decoding, no wcwidth. */
	if (len && (unsigned char)*s < 0x80) {
		*cp = (unsigned char)*s;
		*cols = *cp >= 0x20 && *cp < 0x7F ? 1 : -1;
		return 1;
	}
	n = utf8_decode(s, len, cp);

	if (n == 0) {
		*cols = -1;
		return len ? 1 : 0;
	}
	*cols = utf8_is_control(*cp) ? -1 : wcwidth((wchar_t)*cp);
	return n;
}

int layout_columns(const char *s, size_t len)
{
	int cols = 0;

	for (size_t i = 0; i < len; ) {
		uint32_t cp;
		int w;

		i += layout_char(s + i, len - i, &cp, &w);
		cols += w > 0 ? w : 0;
	}
	return cols;
}

/* Bytes of s[0..len) that fit in max columns, cut on a character boundary
 * (at least one character, so a very narrow screen still makes progress). */
static size_t fit_bytes(const char *s, size_t len, int max, int *cols)
{
	size_t i = 0;
	int used = 0;

	while (i < len) {
		uint32_t cp;
		int w;
		size_t n = layout_char(s + i, len - i, &cp, &w);

		if (w < 0)
			w = 0;
		if (used + w > max && i > 0)
			break;
		used += w;
		i += n;
	}
	*cols = used;
	return i;
}

/* The state of the line being filled. */
struct cursor {
	struct layout *l;
	int col;		/* next free column */
	int indent;		/* where wrapped lines start */
	enum layout_style fill;
	const char *fill_marker;	/* starts every line of a callout */
	bool line_open;		/* the current line has received text */
};

static void put_span(struct cursor *c, const char *text, size_t len, int cols,
		     enum layout_style style, int item);

static void new_line(struct cursor *c)
{
	struct layout *l = c->l;

	xgrow((void **)&l->lines, &l->line_cap, l->line_count + 1, sizeof *l->lines);
	l->lines[l->line_count++] = (struct layout_line){
		.first_span = l->span_count, .fill = c->fill,
	};
	if (c->fill_marker) {
		size_t n = strlen(c->fill_marker);

		c->col = 0;
		put_span(c, c->fill_marker, n, layout_columns(c->fill_marker, n),
			 c->fill, -1);
	}
	c->col = c->indent;
	c->line_open = false;
}

static void put_span(struct cursor *c, const char *text, size_t len, int cols,
		     enum layout_style style, int item)
{
	struct layout *l = c->l;

	if (l->line_count == 0)
		new_line(c);
	/* Words that follow each other in the text, one space apart and in
	 * the same style, become one span: fewer, longer runs to draw. */
	if (l->lines[l->line_count - 1].span_count) {
		struct layout_span *prev = &l->spans[l->span_count - 1];
		int gap = c->col - (prev->col + prev->cols);

		if (prev->style == style && prev->item == item &&
		    (gap == 0 || gap == 1) && prev->text + prev->len + gap == text &&
		    (gap == 0 || text[-1] == ' ')) {
			prev->len += (size_t)gap + len;
			prev->cols += gap + cols;
			c->col += cols;
			c->line_open = true;
			return;
		}
	}
	xgrow((void **)&l->spans, &l->span_cap, l->span_count + 1, sizeof *l->spans);
	l->spans[l->span_count++] = (struct layout_span){
		.text = text, .len = len, .col = c->col, .cols = cols,
		.style = style, .item = item,
	};
	l->lines[l->line_count - 1].span_count++;
	c->col += cols;
	c->line_open = true;
}

/* Places one word, wrapping before it when it does not fit and cutting it
 * when it is wider than the whole line. */
static void put_word(struct cursor *c, const char *w, size_t len,
		     enum layout_style style, int item, bool glued)
{
	int cols = layout_columns(w, len);
	int room = c->l->width - c->indent;
	int gap = c->line_open && !glued;

	if (c->line_open && c->col + gap + cols > c->l->width)
		new_line(c);
	else
		c->col += gap;
	while (cols > c->l->width - c->col && room > 0) {
		int part_cols;
		size_t part = fit_bytes(w, len, c->l->width - c->col, &part_cols);

		put_span(c, w, part, part_cols, style, item);
		w += part;
		len -= part;
		cols -= part_cols;
		if (len == 0)
			return;
		new_line(c);
	}
	put_span(c, w, len, cols, style, item);
}

static int add_item(struct layout *l, enum layout_item_kind kind,
		    const char *target, size_t len)
{
	xgrow((void **)&l->items, &l->item_cap, l->item_count + 1, sizeof *l->items);
	l->items[l->item_count] = (struct layout_item){
		.kind = kind, .target = target, .target_len = len,
		.line = l->line_count ? l->line_count - 1 : 0,
	};
	return (int)l->item_count++;
}

/* Flows text (with glossary marks) from the cursor onwards. */
static void flow(struct cursor *c, const char *text, enum layout_style style,
		 const struct layout_options *opt)
{
	struct markup_span span;
	bool glued = false;	/* no space since the last word: "[[bursa]]." */

	while (markup_next(&text, &span)) {
		bool marked = span.term && (!opt->term_exists ||
			opt->term_exists(opt->ctx, span.term, span.term_len));
		int item = -1;
		const char *p = span.text, *end = span.text + span.len;

		while (p < end) {
			const char *word = p;

			if (*p == ' ') {
				glued = false;
				p++;
				continue;
			}
			if (*p == '\n') {
				new_line(c);
				glued = false;
				p++;
				continue;
			}
			while (p < end && *p != ' ' && *p != '\n')
				p++;
			if (marked && item < 0) {
				size_t first = c->l->span_count;

				put_word(c, word, (size_t)(p - word), STYLE_TERM, -1, glued);
				glued = true;
				item = add_item(c->l, ITEM_TERM, span.term, span.term_len);
				c->l->items[item].line = c->l->line_count - 1;
				for (size_t i = first; i < c->l->span_count; i++)
					c->l->spans[i].item = item;
				continue;
			}
			put_word(c, word, (size_t)(p - word),
				 marked ? STYLE_TERM : style, item, glued);
			glued = true;
		}
	}
}

/* A paragraph-like block: a marker (may be NULL) then text whose wrapped
 * lines line up after the marker. */
static void block(struct cursor *c, const char *marker, enum layout_style marker_style,
		  const char *text, enum layout_style style, int indent,
		  const struct layout_options *opt)
{
	c->indent = indent;
	new_line(c);
	if (marker) {
		size_t n = strlen(marker);
		put_span(c, marker, n, layout_columns(marker, n), marker_style, -1);
		c->indent = c->col + 1;
		c->col = c->indent;
		c->line_open = false;
	}
	flow(c, text, style, opt);
	c->indent = 0;
}

static void blank(struct cursor *c)
{
	enum layout_style fill = c->fill;

	c->fill = STYLE_BODY;
	c->indent = 0;
	new_line(c);
	c->fill = fill;
}

static const char *number(struct layout *l, size_t n)
{
	char buf[24];
	int len = snprintf(buf, sizeof buf, "%zu.", n);
	return arena_strndup(&l->text, buf, (size_t)len);
}

static void list(struct cursor *c, const struct content_list *items,
		 const char *bullet, bool numbered, enum layout_style style,
		 int indent, const struct layout_options *opt)
{
	for (size_t i = 0; i < items->count; i++)
		block(c, numbered ? number(c->l, i + 1) : bullet, STYLE_MARKER,
		      items->items[i], style, indent, opt);
}

static const char *const help_markers[] = { "!  ", "!! ", "!!!" };
static const char *const printed_urgencies[] = { "", "URGENT: ", "EMERGENCY: " };
static const char *const help_titles[] = {
	"Good to know", "Get help today", "Emergency: get help now",
};

static void get_help(struct cursor *c, const struct content_get_help *h,
		     const struct layout_options *opt)
{
	enum layout_style style = (enum layout_style)(STYLE_ROUTINE + (int)h->urgency);
	const char *title = h->title ? h->title : help_titles[h->urgency];

	/* The marker starts every line, so the box stands out without
	 * colour too; on paper the urgency is said in words. */
	c->fill = style;
	c->fill_marker = opt->plain_links ? "|  " : help_markers[h->urgency];
	if (opt->plain_links && h->urgency != URGENCY_ROUTINE) {
		size_t n = strlen(printed_urgencies[h->urgency]) + strlen(title) + 1;
		char *said = arena_alloc(&c->l->text, n);

		snprintf(said, n, "%s%s", printed_urgencies[h->urgency], title);
		title = said;
	}
	block(c, NULL, style, title, style, 4, opt);
	if (h->text)
		block(c, NULL, style, h->text, style, 4, opt);
	for (size_t i = 0; i < h->items.count; i++)
		block(c, opt->bullet, style, h->items.items[i], style, 4, opt);
	c->fill = STYLE_BODY;
	c->fill_marker = NULL;
}

static void option(struct cursor *c, const struct content_option *o, size_t n,
		   const struct layout_options *opt)
{
	char *title = arena_alloc(&c->l->text, 32);

	snprintf(title, 32, "Choice %zu:", n);
	block(c, title, STYLE_OPTION, o->name, STYLE_OPTION, 0, opt);
	block(c, "What it is:", STYLE_HEADING, o->what, STYLE_BODY, 2, opt);
	block(c, "Good points:", STYLE_GOOD, "", STYLE_BODY, 2, opt);
	list(c, &o->good, "+", false, STYLE_BODY, 4, opt);
	block(c, "Drawbacks:", STYLE_DRAWBACK, "", STYLE_BODY, 2, opt);
	list(c, &o->drawbacks, "-", false, STYLE_BODY, 4, opt);
}

static void link_line(struct cursor *c, const struct content_link *link,
		      const char *fallback, const struct layout_options *opt)
{
	const char *title = opt->plain_links && opt->topic_title ?
			    opt->topic_title(opt->ctx, link->topic_id) : NULL;
	const char *text = title ? title : link->text ? link->text : fallback;
	char *label;
	int item;
	size_t n;

	if (opt->topic_exists && !opt->topic_exists(opt->ctx, link->topic_id))
		return;
	if (opt->plain_links) {
		/* On paper a title wraps like any text. */
		block(c, "Leaflet to ask for:", STYLE_BODY, text, STYLE_LINK, 2, opt);
		return;
	}
	c->indent = 2;
	new_line(c);
	item = add_item(c->l, ITEM_LINK, link->topic_id, strlen(link->topic_id));
	n = strlen(text) + 8;
	label = arena_alloc(&c->l->text, n);
	snprintf(label, n, "[ %s > ]", text);
	put_word(c, label, strlen(label), STYLE_LINK, item, false);
	c->indent = 0;
}

static void reset(struct layout *l, int width)
{
	l->line_count = l->span_count = l->item_count = 0;
	arena_free(&l->text);
	l->width = width < 10 ? 10 : width;
}

void layout_page(struct layout *l, const struct content_page *page,
		 const struct content_link *related, size_t related_count,
		 int width, const struct layout_options *opt)
{
	struct cursor c = { .l = l };

	reset(l, width);
	for (size_t i = 0; i < page->block_count; i++) {
		const struct content_block *b = &page->blocks[i];

		if (i > 0)
			blank(&c);
		switch (b->kind) {
		case BLOCK_HEADING:
			block(&c, NULL, STYLE_BODY, b->u.text, STYLE_HEADING, 0, opt);
			break;
		case BLOCK_PARAGRAPH:
			block(&c, NULL, STYLE_BODY, b->u.text, STYLE_BODY, 0, opt);
			break;
		case BLOCK_BULLETS:
			list(&c, &b->u.list, opt->bullet, false, STYLE_BODY, 2, opt);
			break;
		case BLOCK_STEPS:
			list(&c, &b->u.list, NULL, true, STYLE_BODY, 2, opt);
			break;
		case BLOCK_GET_HELP:
			get_help(&c, &b->u.help, opt);
			break;
		case BLOCK_OPTIONS:
			for (size_t o = 0; o < b->u.options.count; o++) {
				if (o > 0)
					blank(&c);
				option(&c, &b->u.options.items[o], o + 1, opt);
			}
			break;
		case BLOCK_LINK:
			link_line(&c, &b->u.link, "Read more", opt);
			break;
		}
	}
	if (related && related_count) {
		blank(&c);
		block(&c, NULL, STYLE_BODY, opt->plain_links ? "Other leaflets" :
		      "Related topics", STYLE_HEADING, 0, opt);
		for (size_t i = 0; i < related_count; i++)
			link_line(&c, &related[i], "Related topic", opt);
	}
}

void layout_text(struct layout *l, const char *text, int width,
		 const struct layout_options *opt)
{
	struct cursor c = { .l = l };

	reset(l, width);
	block(&c, NULL, STYLE_BODY, text, STYLE_BODY, 0, opt);
}

void layout_free(struct layout *l)
{
	free(l->lines);
	free(l->spans);
	free(l->items);
	arena_free(&l->text);
	memset(l, 0, sizeof *l);
}

const struct layout_span *layout_span_at(const struct layout *l, size_t line,
					 int col)
{
	const struct layout_line *ln;

	if (line >= l->line_count)
		return NULL;
	ln = &l->lines[line];
	for (size_t i = 0; i < ln->span_count; i++) {
		const struct layout_span *s = &l->spans[ln->first_span + i];
		if (col >= s->col && col < s->col + s->cols)
			return s;
	}
	return NULL;
}
