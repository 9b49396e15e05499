#include "figdraw.h"

#include "layout.h"
#include "markup.h"
#include "xalloc.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void figdraw_init(struct figdraw *d, bool colour)
{
	bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	figdraw_free(d);
	memset(&d->pairs, 0, sizeof d->pairs);
	d->mode = figure_mode_for(termname(), has_colors() ? COLORS : 0, utf8,
				  !colour);
	d->bold_for_bright = d->mode == FIGURE_CONSOLE && COLORS < 16;
	if (d->mode != FIGURE_NONE) {
		d->images = imgcache_new(FIGDRAW_IMAGES_BYTES);
		d->ahead = figahead_open(d->images);
	}
	d->cache.ahead = d->ahead;
	d->cache.images = d->images;
}

void figdraw_free(struct figdraw *d)
{
	figcache_clear(&d->cache);
	d->cache.ahead = NULL;
	d->cache.images = NULL;
	/* The worker first: it may be decoding through images. */
	figahead_close(d->ahead);
	d->ahead = NULL;
	imgcache_free(d->images);
	d->images = NULL;
	free(d->ready.cells);
	memset(&d->ready, 0, sizeof d->ready);
}

void figdraw_ahead(struct figdraw *d, const struct figahead_want *wants,
		   size_t count)
{
	struct figahead_want missing[FIGAHEAD_MAX];
	size_t n = 0;

	if (!d->ahead)
		return;
	for (size_t i = 0; i < count && n < FIGAHEAD_MAX; i++) {
		missing[n] = wants[i];
		missing[n].mode = d->mode;
		if (figahead_note_file(&missing[n]) &&
		    !figcache_holds(&d->cache, &missing[n]))
			n++;
	}
	figahead_plan(d->ahead, missing, n);
}

bool figdraw_can_draw(const struct figdraw *d)
{
	return d->mode != FIGURE_NONE;
}

/* True when curses still has pair number pair as fg on bg: alloc_pair
 * may hand a pair out again for other colours once its table is full. */
static bool pair_still(int pair, figure_color fg, figure_color bg)
{
	int now_fg, now_bg;

	return extended_pair_content(pair, &now_fg, &now_bg) == OK &&
	       now_fg == (int)fg && now_bg == (int)bg;
}

static int pair_for(struct figdraw *d, figure_color fg, figure_color bg,
		    attr_t *attr)
{
	struct figdraw_pairs *p = &d->pairs;
	size_t i;

	*attr = A_NORMAL;
	if (d->bold_for_bright && fg >= 8) {
		fg -= 8;
		*attr = A_BOLD;
	}
	i = ((size_t)fg * 31u + (size_t)bg) % FIGDRAW_PAIR_SLOTS;
	for (size_t probes = 0; probes < FIGDRAW_PAIR_SLOTS; probes++) {
		if (p->used[i] && p->fg[i] == fg && p->bg[i] == bg &&
		    (p->checked[i] == p->drawing ||
		     pair_still(p->pair[i], fg, bg))) {
			p->checked[i] = p->drawing;
			return p->pair[i];
		}
		if (!p->used[i] || (p->fg[i] == fg && p->bg[i] == bg)) {
			int pair = alloc_pair((int)fg, (int)bg);

			p->allocations++;
			p->used[i] = true;
			p->fg[i] = fg;
			p->bg[i] = bg;
			p->pair[i] = pair < 0 ? 0 : pair;
			p->checked[i] = p->drawing;
			return p->pair[i];
		}
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

/* pic's cells as curses cells, made again only when they may be stale. */
static const cchar_t *cells_of(struct figdraw *d, const struct figure_picture *pic)
{
	struct figdraw_cells *r = &d->ready;
	size_t count = (size_t)pic->rows * (size_t)pic->cols;

	if (r->cells && r->picture == pic && r->pictures_made == d->cache.made &&
	    r->allocations == d->pairs.allocations)
		return r->cells;
	free(r->cells);
	r->cells = xcalloc(count, sizeof *r->cells);
	for (size_t i = 0; i < count; i++) {
		wchar_t text[2] = { (wchar_t)pic->cells[i].cp, L'\0' };
		attr_t attr;
		int pair = pair_for(d, pic->cells[i].fg, pic->cells[i].bg, &attr);

		/* The pair goes through opts: extended pairs do not fit a short. */
		setcchar(&r->cells[i], text, attr, 0, &pair);
	}
	r->picture = pic;
	r->pictures_made = d->cache.made;
	r->allocations = d->pairs.allocations;
	return r->cells;
}

static bool row_in(const struct figdraw_area *a, int row)
{
	return row >= a->first_row && row <= a->last_row;
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
		     const struct content_figure *f,
		     const struct figdraw_area *area, unsigned highlight,
		     struct figdraw_placed *out)
{
	const struct figure_picture *pic;
	const cchar_t *cells;

	memset(out, 0, sizeof *out);
	pic = figcache_get(&d->cache, f, d->mode, area->cols, area->rows);
	if (!pic)
		return false;
	d->pairs.drawing++;
	out->y = area->y;
	out->x = area->x;
	out->rows = pic->rows;
	out->cols = pic->cols;
	cells = cells_of(d, pic);
	/* A picture row has no line ends or wide glyphs for curses to work
	 * out: it goes in one call. */
	for (int r = 0; r < pic->rows; r++)
		if (row_in(area, area->y + r))
			mvwadd_wchnstr(win, area->y + r, area->x,
				       &cells[(size_t)r * pic->cols], pic->cols);
	out->marker_count = figcache_markers(&d->cache, f, pic, out->markers);
	for (size_t i = 0; i < out->marker_count; i++)
		if (row_in(area, area->y + out->markers[i].row))
			put_marker(d, win, area->y + out->markers[i].row,
				   area->x + out->markers[i].col, &out->markers[i],
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
		   const struct figdraw_placed *placed,
		   const struct figdraw_area *area, unsigned highlight)
{
	int lines = 0, cols = area->cols;

	for (size_t i = 0; i < f->label_count && lines < area->rows; i++, lines++) {
		const struct content_figure_label *l = &f->labels[i];
		const struct figure_marker *m = marker_of(placed, i);
		char number[8], words[CONTENT_LABEL_TEXT_MAX * 4 + 8];
		int pair = 0, y = area->y + lines;
		attr_t attr = A_BOLD | A_REVERSE;

		if (!row_in(area, y))
			continue;
		if (m) {
			pair = pair_for(d, m->fg, m->bg, &attr);
			attr |= A_BOLD;
		}
		if (l->number == highlight)
			attr |= A_UNDERLINE | A_REVERSE;
		snprintf(number, sizeof number, "%2u", l->number);
		wattr_set(win, attr, 0, &pair);
		mvwaddnstr(win, y, area->x, number, (int)fit(number, cols));
		wattr_set(win, A_NORMAL, 0, NULL);
		if (cols > 3 && l->text) {
			markup_strip(l->text, words, sizeof words);
			mvwaddnstr(win, y, area->x + 3, words, (int)fit(words, cols - 3));
		}
	}
	return lines;
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
