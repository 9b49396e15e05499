#include "draw.h"

#include "bidi.h"
#include "i18n.h"
#include "layoutrtl.h"
#include "markup.h"

#include "xalloc.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The columns drawn on each row, this frame and the last.  A new frame
 * clears only what the last one drew instead of the whole screen: curses
 * compares every cell a frame touches, so on a wide screen with a
 * 100-column text area this halves the work of each redraw. */
struct extent {
	int first, last;	/* first > last: nothing drawn */
};

static struct extent *drawn, *drawing;
static int extent_rows, extent_cols;

static void touch(int row, int col, int width)
{
	int last = col + width - 1;

	if (row < 0 || row >= extent_rows || width <= 0)
		return;
	if (col < drawing[row].first)
		drawing[row].first = col < 0 ? 0 : col;
	if (last > drawing[row].last)
		drawing[row].last = last >= extent_cols ? extent_cols - 1 : last;
}

void draw_begin_frame(void)
{
	if (LINES != extent_rows || COLS != extent_cols || !drawn) {
		extent_rows = LINES;
		extent_cols = COLS;
		free(drawn);
		free(drawing);
		drawn = xcalloc((size_t)(LINES > 0 ? LINES : 1), sizeof *drawn);
		drawing = xcalloc((size_t)(LINES > 0 ? LINES : 1), sizeof *drawing);
		erase();
	} else {
		attrset(A_NORMAL);
		for (int r = 0; r < extent_rows; r++)
			if (drawn[r].first <= drawn[r].last)
				mvhline(r, drawn[r].first, ' ',
					drawn[r].last - drawn[r].first + 1);
	}
	for (int r = 0; r < extent_rows; r++)
		drawing[r] = (struct extent){ COLS, -1 };
}

void draw_mark_drawn(int row, int col, int rows, int cols)
{
	for (int r = row; r < row + rows; r++)
		touch(r, col, cols);
}

void draw_end_frame(void)
{
	struct extent *t = drawn;
	drawn = drawing;
	drawing = t;
}

static attr_t role(const struct draw_context *ctx, enum theme_role r)
{
	return theme_attr(&ctx->theme, r);
}

/* Writes at most max_cols columns of UTF-8 text at (row, col) in the
 * order given (already in drawing order), dropping control characters and
 * malformed bytes, and replacing what the terminal cannot show.  Returns
 * the columns used. */
static int put_visual(int row, int col, const char *s, size_t len, int max_cols,
		      attr_t attr, const struct draw_context *ctx)
{
	wchar_t buf[256];
	size_t n = 0, i = 0;
	int used = 0;

	if (max_cols <= 0 || row < 0 || row >= LINES || col >= COLS)
		return 0;
	if (col + max_cols > COLS)
		max_cols = COLS - col;
	while (i < len && n + 2 < sizeof buf / sizeof buf[0]) {
		uint32_t cp;
		int w;

		i += layout_char(s + i, len - i, &cp, &w);
		if (w < 0)
			continue;
		if (!ctx->utf8 && cp > 0x7E) {
			cp = '?';
			w = 1;
		}
		if (w == 0 && n == 0)
			continue;	/* a combining mark needs a base */
		if (used + w > max_cols)
			break;
		buf[n++] = (wchar_t)cp;
		used += w;
	}
	buf[n] = L'\0';
	attrset(attr);
	mvaddnwstr(row, col, buf, (int)n);
	touch(row, col, used);
	attrset(A_NORMAL);
	return used;
}

/* Like put_visual for text in reading order: text with right-to-left
 * letters (an Arabic title, a label) is reordered and shaped first, in a
 * line that runs right to left when rtl is true.  Such strings are short
 * and few on a screen: this is the only bidi work a frame does. */
static int put_text_dir(int row, int col, const char *s, size_t len, int max_cols,
			attr_t attr, bool rtl, const struct draw_context *ctx)
{
	struct bidi_line v;
	int used;

	if (!bidi_has_rtl(s, len) || !bidi_line_visual(s, len, rtl, &v))
		return put_visual(row, col, s, len, max_cols, attr, ctx);
	used = put_visual(row, col, v.text, v.bytes, max_cols, attr, ctx);
	bidi_line_free(&v);
	return used;
}

/* put_text_dir in the direction of the text's first letter. */
static int put_text(int row, int col, const char *s, size_t len, int max_cols,
		    attr_t attr, const struct draw_context *ctx)
{
	return put_text_dir(row, col, s, len, max_cols, attr,
			    bidi_starts_rtl(s, len), ctx);
}

int draw_str(int row, int col, const char *s, int max_cols, attr_t attr,
	     const struct draw_context *ctx)
{
	return put_text(row, col, s, strlen(s), max_cols, attr, ctx);
}

/* Columns s takes when cut at a word to max_cols. */
static int cut_columns(const char *s, int max_cols)
{
	bool cut;
	size_t n = layout_fit(s, strlen(s), max_cols, &cut);
	return layout_columns(s, n) + (cut ? 3 : 0);
}

int draw_cut(int row, int col, const char *s, int max_cols, attr_t attr,
	     const struct draw_context *ctx)
{
	bool cut;
	size_t n = layout_fit(s, strlen(s), max_cols, &cut);
	char *shown = xmalloc(n + 4);
	struct bidi_line v;
	int used, room = max_cols < COLS - col ? max_cols : COLS - col;

	memcpy(shown, s, n);
	if (cut) {
		memcpy(shown + n, "...", 3);
		n += 3;
	}
	shown[n] = '\0';
	/* Text read from the right stands at the right end of its columns,
	 * its "..." on the left where it ends. */
	if (bidi_starts_rtl(shown, n) && bidi_line_visual(shown, n, true, &v)) {
		used = put_visual(row, col + (v.width < room ? room - v.width : 0), v.text,
				  v.bytes, max_cols, attr, ctx);
		bidi_line_free(&v);
	} else {
		used = put_text_dir(row, col, shown, n, max_cols, attr, false, ctx);
	}
	free(shown);
	return used;
}

void draw_centred(int row, const char *s, const char *shorter, attr_t attr,
		  const struct draw_context *ctx)
{
	int cols;

	if (shorter && layout_columns(s, strlen(s)) > COLS - 2)
		s = shorter;
	cols = cut_columns(s, COLS - 2);
	/* Text read from the right is aligned right in its columns: give it
	 * just its own, so it stays centred. */
	draw_cut(row, (COLS - cols) / 2, s, bidi_starts_rtl(s, strlen(s)) ? cols : COLS - 2,
		 attr, ctx);
}

int draw_wrapped(int row, int max_rows, const char *s, attr_t attr,
		 const struct draw_context *ctx)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*" };
	int width = COLS > 12 ? COLS - 2 : 10, rows;
	bool cut;

	layoutrtl_text(&l, s, width, &opt);
	/* Too long for its rows: wrap again leaving room for "..." at the
	 * end of the last row shown. */
	cut = (int)l.line_count > max_rows;
	if (cut)
		layoutrtl_text(&l, s, width - 4, &opt);
	rows = (int)l.line_count < max_rows ? (int)l.line_count : max_rows;
	for (int r = 0; r < rows; r++) {
		const struct layout_line *ln = &l.lines[r];
		const struct layout_span *first = &l.spans[ln->first_span];
		const struct layout_span *last = first + ln->span_count - 1;
		int left, end;

		if (!ln->span_count)
			continue;
		end = last->col + last->cols + (cut && r == rows - 1 ? 3 : 0);
		left = (COLS - (end - first->col)) / 2 - first->col;
		for (const struct layout_span *sp = first; sp <= last; sp++)
			put_visual(row + r, left + sp->col, sp->text, sp->len, sp->cols,
				   attr, ctx);
		if (cut && r == rows - 1)
			draw_str(row + r, left + last->col + last->cols, "...", 3, attr, ctx);
	}
	layout_free(&l);
	return rows;
}

void draw_fill(int row, int col, int width, attr_t attr)
{
	if (row < 0 || row >= LINES || width <= 0)
		return;
	/* hline ignores attrset(): the attribute goes with the character. */
	mvhline(row, col, ' ' | (chtype)attr, width);
	touch(row, col, width);
}

/* The bar keeps the left text (the topic) whole where it can: the clinic
 * name on the right is shortened first, then left out, and only then is
 * the left text cut, always at a word with "...".  Sides swap for a title
 * read from the right. */
void draw_title_bar(const char *left, const char *right,
		    const struct draw_context *ctx)
{
	attr_t bar = role(ctx, ROLE_TITLE_BAR);
	int room = COLS - 2, gap = 3, left_cols = layout_columns(left, strlen(left));
	int right_room = room - left_cols - gap;
	/* A title read from the right (an Arabic topic) stands at the
	 * right, the clinic name then at the left. */
	bool mirrored = bidi_starts_rtl(left, strlen(left));

	draw_fill(0, 0, COLS, bar);
	if (right && *right && right_room >= 12) {
		int right_cols = cut_columns(right, right_room);
		draw_cut(0, mirrored ? 1 : COLS - 1 - right_cols, right, right_room, bar, ctx);
	}
	draw_cut(0, 1, left, room, bar, ctx);
}

/* label with its arrow turned to point the way the button moves in a
 * row read from the right: "< Back" becomes "Back >", "Next >" becomes
 * "< Next".  Other labels are copied as they are. */
static void mirror_arrow(const char *label, char *out, size_t size)
{
	size_t len = strlen(label);

	if (len > 2 && strncmp(label, "< ", 2) == 0)
		snprintf(out, size, "%s >", label + 2);
	else if (len > 2 && strcmp(label + len - 2, " >") == 0)
		snprintf(out, size, "< %.*s", (int)(len - 2), label);
	else
		snprintf(out, size, "%s", label);
}

void draw_buttons(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	size_t n = navcore_buttons(nav, b);
	int items = (int)nav->layout.item_count;

	for (size_t i = 0; i < n; i++) {
		bool focused = nav->screen == NAV_PAGE && nav->focus == items + (int)i;
		attr_t attr = role(ctx, focused ? ROLE_FOCUS : ROLE_BUTTON);
		int label_cols = layout_columns(b[i].label, strlen(b[i].label));
		char text[64], label[72];

		if (navcore_rtl(nav))
			mirror_arrow(b[i].label, text, sizeof text);
		else
			snprintf(text, sizeof text, "%s", b[i].label);
		snprintf(label, sizeof label, b[i].width == label_cols + 4 ? "[ %s ]" : " %s ",
			 text);
		draw_block(b[i].row, b[i].col, b[i].rows, b[i].width, label, attr, ctx);
	}
}

void draw_block(int row, int col, int rows, int width, const char *label,
		attr_t attr, const struct draw_context *ctx)
{
	int label_cols = layout_columns(label, strlen(label));

	for (int r = 0; r < rows; r++)
		draw_fill(row + r, col, width, attr);
	/* Left to right, whatever the language: a button's arrow already
	 * points the way it moves (draw_buttons), so bidi reorders the
	 * label's words without mirroring the arrow. */
	put_text_dir(row + (rows - 1) / 2, col + (label_cols < width ? (width - label_cols) / 2 : 0),
		     label, strlen(label), width, attr, false, ctx);
}

void draw_hint(const struct nav *nav, const char *text, const struct draw_context *ctx)
{
	int row = navcore_geometry(nav).hint_row;

	if (row >= 0)
		draw_centred(row, text, _("Press ? for help."), A_NORMAL, ctx);
}

/* The printer's news, on the hint row; without one, above the buttons,
 * over the last line of text too when it needs two rows: it must be read
 * whole. */
void draw_notice(const struct nav *nav, const char *notice, attr_t attr,
			const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	int last = g.hint_row >= 0 ? g.hint_row : g.indicator_row, row = last;

	if (g.hint_row < 0 && layout_columns(notice, strlen(notice)) > nav->cols)
		row--;
	for (int r = row; r <= last; r++)
		draw_fill(r, 0, nav->cols, A_NORMAL);
	draw_wrapped(row, last - row + 1, notice, attr, ctx);
}

void draw_box_frame(int top, int left, int rows, int cols,
		    const struct draw_context *ctx)
{
	attr_t attr = role(ctx, ROLE_BOX);

	for (int r = 0; r < rows; r++)
		draw_fill(top + r, left, cols, attr);
	attrset(attr);
	mvaddch(top, left, ACS_ULCORNER);
	mvhline(top, left + 1, ACS_HLINE | (chtype)attr, cols - 2);
	mvaddch(top, left + cols - 1, ACS_URCORNER);
	mvvline(top + 1, left, ACS_VLINE | (chtype)attr, rows - 2);
	mvvline(top + 1, left + cols - 1, ACS_VLINE | (chtype)attr, rows - 2);
	mvaddch(top + rows - 1, left, ACS_LLCORNER);
	mvhline(top + rows - 1, left + 1, ACS_HLINE | (chtype)attr, cols - 2);
	mvaddch(top + rows - 1, left + cols - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
}

const char *draw_plain_title(const char *title, char *buf, size_t size)
{
	if (!strstr(title, "[["))
		return title;
	markup_strip(title, buf, size);
	return buf;
}

void draw_step_line(const struct nav *nav, const struct draw_context *ctx)
{
	const struct content_topic *t = nav->topic;
	const struct content_section *sec = &t->sections[nav->section];
	struct nav_geometry g = navcore_geometry(nav);
	char progress[512], pages[128], title[256];
	int pages_cols = 0, left = g.text_left;
	bool rtl;

	/* TRANSLATORS: the step line: "Step 2 of 9: How the hip works". */
	snprintf(progress, sizeof progress, _("Step %zu of %zu: %s"), nav->section + 1,
		 t->section_count, draw_plain_title(sec->title, title, sizeof title));
	/* Read from the right, the step stands on the right, the page on
	 * the left. */
	rtl = bidi_starts_rtl(progress, strlen(progress));
	if (sec->page_count > 1 && nav->screen == NAV_PAGE) {
		snprintf(pages, sizeof pages, _("Page %zu of %zu"), nav->page + 1,
			 sec->page_count);
		pages_cols = layout_columns(pages, strlen(pages));
		draw_str(NAV_STEP_ROW, rtl ? g.text_left : g.text_left + g.text_width - pages_cols,
			 pages, pages_cols, A_NORMAL, ctx);
		if (rtl)
			left += pages_cols + 2;
	}
	draw_cut(NAV_STEP_ROW, left, progress,
		 g.text_width - (pages_cols ? pages_cols + 2 : 0), role(ctx, ROLE_STRONG), ctx);
}

/* Draws the part of span s that is in the sentence being read over it. */
static void draw_reading(int row, int left, const struct layout_span *s,
			 const struct draw_context *ctx)
{
	size_t skip, count;

	if (!ctx->reading || ctx->reading_sentence < 0 ||
	    !sentences_part(ctx->reading, (size_t)ctx->reading_sentence, s->source,
			    s->source_len, &skip, &count))
		return;
	/* A word of right-to-left text, drawn reordered: all of it (a
	 * sentence never ends inside a word). */
	if (s->source != s->text) {
		skip = 0;
		count = s->len;
	}
	put_visual(row, left + s->col + layout_columns(s->text, skip), s->text + skip,
		   count, layout_columns(s->text + skip, count), role(ctx, ROLE_READING),
		   ctx);
}

void draw_layout(const struct layout *l, int top, int rows, int left,
			int first_line, int focus, attr_t body,
			const struct draw_context *ctx)
{
	for (int r = 0; r < rows; r++) {
		size_t line = (size_t)(first_line + r);
		const struct layout_line *ln;

		if (line >= l->line_count)
			break;
		ln = &l->lines[line];
		if (ln->fill != STYLE_BODY)
			draw_fill(top + r, left, l->width, theme_style(&ctx->theme, ln->fill));
		for (size_t i = 0; i < ln->span_count; i++) {
			const struct layout_span *s = &l->spans[ln->first_span + i];
			bool focused = s->item >= 0 && s->item == focus;
			attr_t attr = s->style == STYLE_BODY ? body
							     : theme_style(&ctx->theme, s->style);

			if (ln->fill != STYLE_BODY)
				attr = theme_span_on_fill(&ctx->theme, s->style, ln->fill, focused);
			else if (focused)
				attr = role(ctx, ROLE_FOCUS);
			put_visual(top + r, left + s->col, s->text, s->len, s->cols,
				   attr, ctx);
			draw_reading(top + r, left, s, ctx);
		}
	}
}

