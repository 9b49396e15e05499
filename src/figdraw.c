#include "figdraw.h"

#include "layout.h"
#include "markup.h"

#include <langinfo.h>
#include <stdio.h>
#include <string.h>

void figdraw_init(struct figdraw *d, bool colour)
{
	bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	figcache_clear(&d->cache);
	d->mode = figure_mode_for(termname(), has_colors() ? COLORS : 0, utf8,
				  !colour);
	d->bold_for_bright = d->mode == FIGURE_CONSOLE && COLORS < 16;
}

void figdraw_free(struct figdraw *d)
{
	figcache_clear(&d->cache);
}

bool figdraw_can_draw(const struct figdraw *d)
{
	return d->mode != FIGURE_NONE;
}

static int pair_for(struct figdraw *d, figure_color fg, figure_color bg,
		    attr_t *attr)
{
	struct figdraw_pairs *p = &d->pairs;
	size_t i = ((size_t)fg * 31u + (size_t)bg) % FIGDRAW_PAIR_SLOTS;

	*attr = A_NORMAL;
	if (d->bold_for_bright && fg >= 8) {
		fg -= 8;
		*attr = A_BOLD;
	}
	for (size_t probes = 0; probes < FIGDRAW_PAIR_SLOTS; probes++) {
		if (!p->used[i]) {
			int pair = alloc_pair(fg, bg);

			p->used[i] = true;
			p->fg[i] = fg;
			p->bg[i] = bg;
			p->pair[i] = pair < 0 ? 0 : pair;
			return p->pair[i];
		}
		if (p->fg[i] == fg && p->bg[i] == bg)
			return p->pair[i];
		i = (i + 1) % FIGDRAW_PAIR_SLOTS;
	}
	return 0;
}

static void put_char(WINDOW *win, int y, int x, uint32_t cp, attr_t attr,
		     int pair)
{
	wchar_t text[2] = { (wchar_t)cp, L'\0' };
	cchar_t cell;

	/* The pair goes through opts: extended pairs do not fit a short. */
	setcchar(&cell, text, attr, 0, &pair);
	mvwadd_wch(win, y, x, &cell);
}

static void put_marker(struct figdraw *d, WINDOW *win, int y, int x, const struct figure_marker *m,
		       bool highlighted)
{
	char digits[4];
	attr_t attr;
	int pair = pair_for(d, m->fg, m->bg, &attr);

	attr |= A_BOLD | (highlighted ? A_REVERSE | A_UNDERLINE : A_NORMAL);
	snprintf(digits, sizeof digits, "%u", m->number);
	for (int i = 0; digits[i] && i < m->width; i++)
		put_char(win, y, x + i, (uint32_t)digits[i], attr, pair);
}

bool figdraw_picture(struct figdraw *d, WINDOW *win,
		     const struct content_figure *f, int y, int x, int max_rows,
		     int max_cols, unsigned highlight, struct figdraw_placed *out)
{
	const struct figure_picture *pic;

	memset(out, 0, sizeof *out);
	pic = figcache_get(&d->cache, f, d->mode, max_cols, max_rows);
	if (!pic)
		return false;
	/* Pairs may have been reused for other colours since the last
	 * drawing: ask again. */
	memset(d->pairs.used, 0, sizeof d->pairs.used);
	out->y = y;
	out->x = x;
	out->rows = pic->rows;
	out->cols = pic->cols;
	for (int r = 0; r < pic->rows; r++)
		for (int c = 0; c < pic->cols; c++) {
			const struct figure_cell *cell = &pic->cells[(size_t)r * pic->cols + c];
			attr_t attr;
			int pair = pair_for(d, cell->fg, cell->bg, &attr);

			put_char(win, y + r, x + c, cell->cp, attr, pair);
		}
	out->marker_count = figure_markers(f, pic, out->markers);
	for (size_t i = 0; i < out->marker_count; i++)
		put_marker(d, win, y + out->markers[i].row,
			   x + out->markers[i].col, &out->markers[i],
			   out->markers[i].number == highlight);
	return true;
}

static const struct figure_marker *marker_of(const struct figdraw_placed *placed,
					     size_t label)
{
	for (size_t i = 0; placed && i < placed->marker_count; i++)
		if (placed->markers[i].label == label)
			return &placed->markers[i];
	return NULL;
}

/* Bytes of s that fit in cols columns. */
static size_t fit(const char *s, int cols)
{
	size_t len = strlen(s), i = 0;
	int used = 0;

	while (i < len) {
		uint32_t cp;
		int w;
		size_t n = layout_char(s + i, len - i, &cp, &w);

		if (used + (w > 0 ? w : 0) > cols)
			break;
		used += w > 0 ? w : 0;
		i += n;
	}
	return i;
}

int figdraw_legend(struct figdraw *d, WINDOW *win,
		   const struct content_figure *f,
		   const struct figdraw_placed *placed, int y, int x, int rows,
		   int cols, unsigned highlight)
{
	int drawn = 0;

	for (size_t i = 0; i < f->label_count && drawn < rows; i++) {
		const struct content_figure_label *l = &f->labels[i];
		const struct figure_marker *m = marker_of(placed, i);
		char number[8], words[CONTENT_LABEL_TEXT_MAX * 4 + 8];
		int pair = 0;
		attr_t attr = A_BOLD | A_REVERSE;

		if (m) {
			pair = pair_for(d, m->fg, m->bg, &attr);
			attr |= A_BOLD;
		}
		if (l->number == highlight)
			attr |= A_UNDERLINE | A_REVERSE;
		snprintf(number, sizeof number, "%2u", l->number);
		wattr_set(win, attr, 0, &pair);
		mvwaddnstr(win, y + drawn, x, number, (int)fit(number, cols));
		wattr_set(win, A_NORMAL, 0, NULL);
		if (cols > 3 && l->text) {
			markup_strip(l->text, words, sizeof words);
			mvwaddnstr(win, y + drawn, x + 3, words, (int)fit(words, cols - 3));
		}
		drawn++;
	}
	return drawn;
}

int figdraw_marker_at(const struct figdraw_placed *placed, int row, int col)
{
	for (size_t i = 0; i < placed->marker_count; i++) {
		const struct figure_marker *m = &placed->markers[i];
		int top = placed->y + m->row, left = placed->x + m->col;

		if (row == top && col >= left && col < left + m->width)
			return (int)m->label;
	}
	return -1;
}
