#include "layout.h"

#include "figure.h"
#include "i18n.h"
#include "markup.h"
#include "optgrid.h"
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
	/* Shaped Arabic (layoutrtl) is nearly all presentation forms, one
	 * column each. */
	if (*cp >= 0xFE70 && *cp <= 0xFEFC) {
		*cols = 1;
		return n;
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

size_t layout_fit(const char *s, size_t len, int max_cols, bool *cut)
{
	size_t best = 0, i = 0;
	int cols = 0, room = max_cols - 3;

	*cut = layout_columns(s, len) > max_cols;
	if (!*cut)
		return len;
	if (room <= 0)
		return 0;
	while (i < len) {
		uint32_t cp;
		int w;
		size_t n = layout_char(s + i, len - i, &cp, &w);

		if (cp == ' ' && i > 0 && s[i - 1] != ' ')
			best = i;
		cols += w > 0 ? w : 0;
		if (cols > room)
			break;
		i += n;
	}
	if (best == 0) {
		int used;
		best = fit_bytes(s, len, room, &used);
		if (used > room)
			best = 0;
	}
	/* "hip,..." reads as a stray comma: the cut mark replaces it. */
	while (best > 0 && strchr(",;:", s[best - 1]))
		best--;
	return best;
}

/* What may not start a line: it belongs to the word before. */
static const char CLOSING_PUNCTUATION[] = ".,;:!?)]}";

/* The narrowest text that may hang beside a marker. */
enum { MIN_HANGING_COLS = 16 };

/* The state of the line being filled. */
struct cursor {
	struct layout *l;
	int col;		/* next free column */
	int indent;		/* where wrapped lines start */
	enum layout_style fill;
	bool line_open;		/* the current line has received text */
};

static void new_line(struct cursor *c)
{
	struct layout *l = c->l;

	xgrow((void **)&l->lines, &l->line_cap, l->line_count + 1, sizeof *l->lines);
	l->lines[l->line_count++] = (struct layout_line){
		.first_span = l->span_count, .fill = c->fill,
	};
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
			prev->source_len = prev->len;
			prev->cols += gap + cols;
			c->col += cols;
			c->line_open = true;
			return;
		}
	}
	xgrow((void **)&l->spans, &l->span_cap, l->span_count + 1, sizeof *l->spans);
	l->spans[l->span_count++] = (struct layout_span){
		.text = text, .len = len, .source = text, .source_len = len,
		.col = c->col, .cols = cols, .style = style, .item = item,
	};
	l->lines[l->line_count - 1].span_count++;
	c->col += cols;
	c->line_open = true;
}

/* Places one word, wrapping before it when it (with the keep columns of
 * text glued after it, such as the "." after a marked word) does not fit,
 * and cutting it when it is wider than the whole line. */
static void put_word(struct cursor *c, const char *w, size_t len,
		     enum layout_style style, int item, bool glued, int keep)
{
	int cols = layout_columns(w, len);
	int room = c->l->width - c->indent;
	int gap = c->line_open && !glued;

	if (cols + keep > room)
		keep = 0;
	if (c->line_open && c->col + gap + cols + keep > c->l->width)
		new_line(c);
	else
		c->col += gap;
	while (cols > c->l->width - c->col && room > 0) {
		int part_cols;
		size_t part = fit_bytes(w, len, c->l->width - c->col, &part_cols);

		/* Cut before punctuation, not just after it, so no line
		 * starts with a "." of a web address. */
		while (part > 1 && part < len && strchr(CLOSING_PUNCTUATION, w[part]) &&
		       (unsigned char)w[part - 1] < 0x80) {
			part--;
			part_cols--;
		}
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

/* Columns of the text glued to the end of a span: what follows it up to
 * the next space, across marks ("[[femur]]." glues the "."), counted over
 * at most limit columns and limit spans, so a long run of marks (even of
 * zero-width ones) costs no more than a line. */
static int glued_tail(const char *rest, int limit)
{
	struct markup_span span;
	int cols = 0;

	for (int spans = 0; cols < limit && spans < limit && markup_next(&rest, &span);
	     spans++) {
		size_t n = 0;

		while (n < span.len && span.text[n] != ' ' && span.text[n] != '\n')
			n++;
		cols += layout_columns(span.text, n);
		if (n < span.len)
			break;
	}
	return cols;
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
		int item = -1, keep;
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
			keep = p == end ? glued_tail(text, c->l->width) : 0;
			if (marked && item < 0) {
				size_t first = c->l->span_count;

				put_word(c, word, (size_t)(p - word), STYLE_TERM, -1, glued, keep);
				glued = true;
				item = add_item(c->l, ITEM_TERM, span.term, span.term_len);
				c->l->items[item].line = c->l->line_count - 1;
				for (size_t i = first; i < c->l->span_count; i++)
					c->l->spans[i].item = item;
				continue;
			}
			put_word(c, word, (size_t)(p - word),
				 marked ? STYLE_TERM : style, item, glued, keep);
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
		/* On a narrow screen a long marker ("What it is:") would leave
		 * the text a sliver of the line: the text goes under it. */
		if (c->l->width - c->indent < MIN_HANGING_COLS && *text) {
			c->indent = indent + 2;
			new_line(c);
		}
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

/* The urgency in a word, so the box reads the same without colour. */
static const char *const help_labels[] = {
	/* TRANSLATORS: the first word of a get-help box, in capitals where
	 * the language has them: how soon to get help. */
	N_("SOON"), N_("TODAY"), N_("EMERGENCY"),
};
static const char *const help_titles[] = {
	N_("Good to know"), N_("Get help today"), N_("Emergency: get help now"),
};

/* A get-help box: a solid block of its colour across the text width, from
 * the urgency word on its first row to a blank row at its end. */
static void get_help(struct cursor *c, const struct content_get_help *h,
		     const struct layout_options *opt)
{
	enum layout_style style = (enum layout_style)(STYLE_ROUTINE + (int)h->urgency);

	c->fill = style;
	block(c, NULL, style, _(help_labels[h->urgency]), style, 1, opt);
	block(c, NULL, style, h->title ? h->title : _(help_titles[h->urgency]),
	      style, 1, opt);
	if (h->text)
		block(c, NULL, style, h->text, style, 1, opt);
	for (size_t i = 0; i < h->items.count; i++)
		block(c, opt->bullet, style, h->items.items[i], style, 1, opt);
	if (opt->clinic_phone && h->urgency != URGENCY_EMERGENCY) {
		const char *format = _("Call the clinic on %s.");
		size_t size = strlen(format) + strlen(opt->clinic_phone) + 1;
		char *call = arena_alloc(&c->l->text, size);

		snprintf(call, size, format, opt->clinic_phone);
		block(c, NULL, style, call, style, 1, opt);
	}
	c->indent = 0;
	new_line(c);
	c->fill = STYLE_BODY;
}

enum { ROW_WHAT, ROW_GOOD, ROW_DRAWBACKS, ROW_FAQ };

size_t layout_option_rows(const struct content_option *o)
{
	return ROW_FAQ + o->faq_count;
}

const char *layout_option_row_name(const struct content_option *o, size_t row)
{
	static const char *const names[] = {
		N_("What it is"), N_("Good points"), N_("Drawbacks"),
	};

	if (row < ROW_FAQ)
		return _(names[row]);
	return row < layout_option_rows(o) ? o->faq[row - ROW_FAQ].question : NULL;
}

/* Option o's answer for one row, under a heading already placed. */
static void option_cell(struct cursor *c, const struct content_option *o,
			size_t row, int indent, const struct layout_options *opt)
{
	if (row == ROW_WHAT)
		block(c, NULL, STYLE_BODY, o->what, STYLE_BODY, indent, opt);
	else if (row == ROW_GOOD || row == ROW_DRAWBACKS)
		list(c, row == ROW_GOOD ? &o->good : &o->drawbacks,
		     row == ROW_GOOD ? "+" : "-", false, STYLE_BODY, indent, opt);
	else
		block(c, NULL, STYLE_BODY, o->faq[row - ROW_FAQ].answer, STYLE_BODY,
		      indent, opt);
}

/* A row's heading in a choice shown on its own: with block set (not
 * SIZE_MAX) the heading is an item, touched to read the row across the
 * choices. */
static void row_heading(struct cursor *c, const char *heading, enum layout_style style,
			const char *text, size_t block_index, size_t option_index,
			size_t row, const struct layout_options *opt)
{
	/* block starts a new line and puts the heading first on it. */
	size_t first = c->l->span_count, line = c->l->line_count;
	int item;

	block(c, heading, style, text, STYLE_BODY, 2, opt);
	if (block_index == SIZE_MAX || first == c->l->span_count)
		return;
	item = add_item(c->l, ITEM_ROW, heading, strlen(heading));
	c->l->items[item].block = block_index;
	c->l->items[item].option = option_index;
	c->l->items[item].row = row;
	c->l->items[item].line = line;
	c->l->spans[first].item = item;
}

/* "Choice 2:" and the choice's name, heading it. */
static void choice_name(struct cursor *c, const struct content_option *o, size_t n,
			const struct layout_options *opt)
{
	/* TRANSLATORS: before the name of a treatment choice: "Choice 2:". */
	const char *format = _("Choice %zu:");
	size_t size = strlen(format) + 24;
	char *title = arena_alloc(&c->l->text, size);

	snprintf(title, size, format, n);
	block(c, title, STYLE_OPTION, o->name, STYLE_OPTION, 0, opt);
}

/* Choice n of a block (block_index, or SIZE_MAX for a choice shown in a
 * box) with every row under its heading. */
static void option(struct cursor *c, const struct content_option *o, size_t n,
		   size_t block_index, const struct layout_options *opt)
{
	choice_name(c, o, n, opt);
	row_heading(c, _("What it is:"), STYLE_HEADING, o->what, block_index, n - 1,
		    ROW_WHAT, opt);
	row_heading(c, _("Good points:"), STYLE_GOOD, "", block_index, n - 1, ROW_GOOD, opt);
	list(c, &o->good, "+", false, STYLE_BODY, 4, opt);
	row_heading(c, _("Drawbacks:"), STYLE_DRAWBACK, "", block_index, n - 1,
		    ROW_DRAWBACKS, opt);
	list(c, &o->drawbacks, "-", false, STYLE_BODY, 4, opt);
	for (size_t r = 0; r < o->faq_count; r++)
		row_heading(c, o->faq[r].question, STYLE_HEADING, o->faq[r].answer,
			    block_index, n - 1, ROW_FAQ + r, opt);
}

/* The grid's cells are laid out one by one at their column's width, then
 * copied side by side into the page, so a cell wraps like any text. */
struct grid {
	struct cursor *c;
	const struct optgrid_shape *shape;
	const struct layout_options *opt;
	struct layout cells[OPTGRID_MAX_OPTIONS + 1];	/* the row heading first */
	/* The item each cell's last copied span belonged to, in the cell and
	 * in the page: a word wrapped over two lines stays one item. */
	int copied_from[OPTGRID_MAX_OPTIONS + 1], copied_to[OPTGRID_MAX_OPTIONS + 1];
	size_t block;
};

static struct cursor grid_cell(struct grid *g, size_t cell)
{
	struct layout *l = &g->cells[cell];

	l->line_count = l->span_count = l->item_count = 0;
	l->width = cell == 0 ? g->shape->label_cols - 1 : g->shape->option_cols;
	return (struct cursor){ .l = l };
}

/* Copies line k of cell i into the page's current line at column x,
 * carrying its glossary words and headings over as the page's own items. */
static void copy_cell_line(struct grid *g, size_t i, size_t k, int x)
{
	struct layout *dst = g->c->l;
	const struct layout *cell = &g->cells[i];
	const struct layout_line *ln;

	if (k >= cell->line_count)
		return;
	ln = &cell->lines[k];
	for (size_t s = 0; s < ln->span_count; s++) {
		struct layout_span span = cell->spans[ln->first_span + s];

		if (span.item >= 0 && span.item == g->copied_from[i]) {
			span.item = g->copied_to[i];
		} else if (span.item >= 0) {
			const struct layout_item *it = &cell->items[span.item];

			g->copied_from[i] = span.item;
			span.item = add_item(dst, it->kind, it->target, it->target_len);
			dst->items[span.item].block = it->block;
			dst->items[span.item].option = it->option;
			g->copied_to[i] = span.item;
		}
		span.col += x;
		xgrow((void **)&dst->spans, &dst->span_cap, dst->span_count + 1,
		      sizeof *dst->spans);
		dst->spans[dst->span_count++] = span;
		dst->lines[dst->line_count - 1].span_count++;
	}
}

/* Puts the row's laid-out cells side by side, then a blank line. */
static void grid_emit_row(struct grid *g)
{
	size_t height = 0, cells = g->shape->options + 1;

	for (size_t i = 0; i < cells; i++)
		if (g->cells[i].line_count > height)
			height = g->cells[i].line_count;
	for (size_t i = 0; i < cells; i++)
		g->copied_from[i] = -1;
	for (size_t k = 0; k < height; k++) {
		new_line(g->c);
		for (size_t i = 0; i < cells; i++)
			copy_cell_line(g, i, k, i == 0 ? 0 : g->shape->option_col[i - 1]);
	}
	blank(g->c);
}

static void grid_heading(struct grid *g, const char *label)
{
	struct cursor cc = grid_cell(g, 0);

	if (label)
		block(&cc, NULL, STYLE_BODY, label, STYLE_HEADING, 0, g->opt);
}

static void grid_names(struct grid *g, const struct content_block *b)
{
	grid_heading(g, NULL);
	for (size_t o = 0; o < b->u.options.count; o++) {
		const char *name = b->u.options.items[o].name;
		struct cursor cc = grid_cell(g, o + 1);
		int item = add_item(cc.l, ITEM_OPTION, name, strlen(name));

		cc.l->items[item].block = g->block;
		cc.l->items[item].option = o;
		block(&cc, NULL, STYLE_BODY, name, STYLE_OPTION, 0, g->opt);
		for (size_t i = 0; i < cc.l->span_count; i++)
			cc.l->spans[i].item = item;
	}
	grid_emit_row(g);
}

static void grid_lists(struct grid *g, const struct content_block *b,
		       bool good)
{
	grid_heading(g, good ? _("Good points") : _("Drawbacks"));
	for (size_t o = 0; o < b->u.options.count; o++) {
		const struct content_option *opt = &b->u.options.items[o];
		struct cursor cc = grid_cell(g, o + 1);

		list(&cc, good ? &opt->good : &opt->drawbacks, good ? "+" : "-",
		     false, STYLE_BODY, 0, g->opt);
	}
	grid_emit_row(g);
}

static void options_grid(struct cursor *c, const struct content_block *b,
			 size_t block_index, const struct optgrid_shape *shape,
			 const struct layout_options *opt)
{
	struct grid g = { .c = c, .shape = shape, .opt = opt, .block = block_index };
	const struct content_option *first = &b->u.options.items[0];

	grid_names(&g, b);
	grid_heading(&g, _("What is it?"));
	for (size_t o = 0; o < b->u.options.count; o++) {
		struct cursor cc = grid_cell(&g, o + 1);
		block(&cc, NULL, STYLE_BODY, b->u.options.items[o].what,
		      STYLE_BODY, 0, opt);
	}
	grid_emit_row(&g);
	grid_lists(&g, b, true);
	grid_lists(&g, b, false);
	for (size_t r = 0; r < first->faq_count; r++) {
		grid_heading(&g, first->faq[r].question);
		for (size_t o = 0; o < b->u.options.count; o++) {
			struct cursor cc = grid_cell(&g, o + 1);
			block(&cc, NULL, STYLE_BODY, b->u.options.items[o].faq[r].answer,
			      STYLE_BODY, 0, opt);
		}
		grid_emit_row(&g);
	}
	/* The last row's blank line is the gap before the next block. */
	c->l->line_count--;
	for (size_t i = 0; i <= shape->options; i++)
		layout_free(&g.cells[i]);
}

/* A figure in words, where the picture goes: what it shows, its caption and
 * its numbered legend.  Handouts and terminals without pictures show only
 * this. */
static void figure_words(struct cursor *c, const struct content_figure *f,
			 const struct layout_options *opt)
{
	block(c, _("Picture:"), STYLE_HEADING, f->alt, STYLE_BODY, 0, opt);
	if (f->caption)
		block(c, NULL, STYLE_BODY, f->caption, STYLE_HEADING, 0, opt);
	for (size_t i = 0; i < f->label_count; i++)
		block(c, number(c->l, f->labels[i].number), STYLE_MARKER,
		      f->labels[i].text, STYLE_BODY, 2, opt);
}

enum {
	LEGEND_MIN_BESIDE = 24,	/* the narrowest legend beside a picture */
	LEGEND_GAP = 2,		/* columns between a picture and its legend */
};

/* Adds count empty lines, for a picture or its legend to be drawn in. */
static void reserve_lines(struct cursor *c, int count)
{
	c->indent = 0;
	for (int i = 0; i < count; i++)
		new_line(c);
}

bool layout_figure_size(const struct content_figure *f, int width,
			int figure_rows, int *cols, int *rows, bool *beside)
{
	int beside_cols = width - LEGEND_GAP - LEGEND_MIN_BESIDE;

	*beside = f->label_count > 0 &&
		figure_fit(f->width, f->height, beside_cols, figure_rows, cols, rows) &&
		(size_t)*rows >= f->label_count;
	if (!f->usable || figure_rows <= 0) {
		*cols = *rows = 0;
		*beside = false;
		return false;
	}
	return *beside || figure_fit(f->width, f->height, width, figure_rows,
				     cols, rows);
}

/* A figure as a picture: rows reserved for it at the largest size that
 * keeps its shape, its legend beside it when there is room (below it on a
 * narrow screen), one selectable item per label, then its caption.
 * Returns false, adding nothing, when the picture cannot be shown. */
static bool figure_picture(struct cursor *c, const struct content_figure *f,
			   const struct layout_options *opt)
{
	struct layout *l = c->l;
	struct layout_figure fig = { .figure = f, .first_item = l->item_count };
	bool beside;

	if (!layout_figure_size(f, l->width, opt->figure_rows, &fig.cols,
				&fig.rows, &beside))
		return false;
	new_line(c);
	fig.line = l->line_count - 1;
	reserve_lines(c, fig.rows - 1);
	if (beside) {
		fig.legend_line = fig.line;
		fig.legend_col = fig.cols + LEGEND_GAP;
	} else {
		fig.legend_line = l->line_count;
		reserve_lines(c, (int)f->label_count);
	}
	fig.legend_cols = l->width - fig.legend_col;
	for (size_t i = 0; i < f->label_count; i++) {
		const char *term = f->labels[i].term;
		int item = add_item(l, ITEM_LABEL, term, term ? strlen(term) : 0);

		l->items[item].line = fig.legend_line + i;
		l->items[item].figure = l->figure_count;
		l->items[item].label = i;
	}
	xgrow((void **)&l->figures, &l->figure_cap, l->figure_count + 1,
	      sizeof *l->figures);
	l->figures[l->figure_count++] = fig;
	if (f->caption)
		block(c, NULL, STYLE_BODY, f->caption, STYLE_HEADING, 0, opt);
	return true;
}

static const char *word_end(const char *p)
{
	while (*p && *p != ' ')
		p++;
	return p;
}

/* Places a link's label word by word, keeping "[" with the word after it
 * and ">" and "]" with the word before, so a long label wraps at its words
 * and never leaves a bracket alone on a line. */
static void put_label(struct cursor *c, const char *label, int item)
{
	const char *p = label;

	for (;;) {
		const char *start, *end;

		while (*p == ' ')
			p++;
		if (!*p)
			return;
		start = p;
		end = word_end(p);
		if (end - start == 1 && *start == '[' && *end)
			end = word_end(end + 1);
		while (*end == ' ' && (end[1] == '>' || end[1] == ']') &&
		       (end[2] == ' ' || end[2] == '\0'))
			end = word_end(end + 1);
		put_word(c, start, (size_t)(end - start), STYLE_LINK, item, false, 0);
		p = end;
	}
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
		block(c, _("Leaflet to ask for:"), STYLE_BODY, text, STYLE_LINK, 2, opt);
		return;
	}
	c->indent = 2;
	new_line(c);
	item = add_item(c->l, ITEM_LINK, link->topic_id, strlen(link->topic_id));
	n = strlen(text) + 8;
	label = arena_alloc(&c->l->text, n);
	snprintf(label, n, "[ %s > ]", text);
	put_label(c, label, item);
	c->indent = 0;
}

static void reset(struct layout *l, int width)
{
	l->line_count = l->span_count = l->item_count = l->figure_count = 0;
	arena_free(&l->text);
	l->width = width < 10 ? 10 : width;
}

void layout_page(struct layout *l, const struct content_page *page,
		 const struct content_link *related, size_t related_count,
		 int width, const struct layout_options *opt)
{
	struct cursor c = { .l = l };
	struct optgrid_shape shape;

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
			if (optgrid_shape(l->width, b->u.options.count, &shape)) {
				options_grid(&c, b, i, &shape, opt);
				break;
			}
			for (size_t o = 0; o < b->u.options.count; o++) {
				if (o > 0)
					blank(&c);
				option(&c, &b->u.options.items[o], o + 1, i, opt);
			}
			break;
		case BLOCK_LINK:
			link_line(&c, &b->u.link, _("Read more"), opt);
			break;
		case BLOCK_FIGURE:
			if (!figure_picture(&c, &b->u.figure, opt))
				figure_words(&c, &b->u.figure, opt);
			break;
		}
	}
	if (related && related_count) {
		blank(&c);
		block(&c, NULL, STYLE_BODY, opt->plain_links ? _("Other leaflets") :
		      _("Related topics"), STYLE_HEADING, 0, opt);
		for (size_t i = 0; i < related_count; i++)
			link_line(&c, &related[i], _("Related topic"), opt);
	}
}

void layout_option(struct layout *l, const struct content_option *o,
		   size_t number, int width, const struct layout_options *opt)
{
	struct cursor c = { .l = l };

	reset(l, width);
	option(&c, o, number, SIZE_MAX, opt);
}

void layout_option_row(struct layout *l, const struct content_option *options,
		       size_t count, size_t row, int width,
		       const struct layout_options *opt)
{
	struct cursor c = { .l = l };

	reset(l, width);
	for (size_t o = 0; o < count; o++) {
		if (row >= layout_option_rows(&options[o]))
			continue;
		if (o > 0)
			blank(&c);
		choice_name(&c, &options[o], o + 1, opt);
		option_cell(&c, &options[o], row, 2, opt);
	}
}

void layout_text(struct layout *l, const char *text, int width,
		 const struct layout_options *opt)
{
	struct cursor c = { .l = l };

	reset(l, width);
	block(&c, NULL, STYLE_BODY, text, STYLE_BODY, 0, opt);
}

void layout_add_text(struct layout *l, const char *text,
		     const struct layout_options *opt)
{
	struct cursor c = { .l = l };

	if (l->line_count)
		blank(&c);
	block(&c, NULL, STYLE_BODY, text, STYLE_BODY, 0, opt);
}

void layout_free(struct layout *l)
{
	free(l->lines);
	free(l->spans);
	free(l->items);
	free(l->figures);
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

/* The label whose marker covers column col of row of a picture, or -1. */
static int marker_at(const struct layout_figure *fig, int row, int col)
{
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
	size_t count = figure_place_markers(fig->figure, fig->cols, fig->rows,
					    markers);

	for (size_t i = 0; i < count; i++)
		if (markers[i].row == row && col >= markers[i].col &&
		    col < markers[i].col + markers[i].width)
			return (int)markers[i].label;
	return -1;
}

int layout_label_at(const struct layout *l, size_t line, int col)
{
	for (size_t i = 0; i < l->figure_count; i++) {
		const struct layout_figure *fig = &l->figures[i];
		size_t labels = fig->figure->label_count;
		int label = -1;

		if (line >= fig->line && line < fig->line + (size_t)fig->rows &&
		    col >= 0 && col < fig->cols)
			label = marker_at(fig, (int)(line - fig->line), col);
		else if (line >= fig->legend_line && line < fig->legend_line + labels &&
			 col >= fig->legend_col && col < fig->legend_col + fig->legend_cols)
			label = (int)(line - fig->legend_line);
		if (label >= 0)
			return (int)(fig->first_item + (size_t)label);
	}
	return -1;
}
