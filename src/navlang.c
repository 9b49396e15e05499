#include "navlang.h"

#include "lang.h"
#include "languages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LIST_TOP_ROW = 2 };

void navlang_reset(struct nav *nav)
{
	navlang_choose(nav, nav->cfg.language);
	nav->focus = -1;
}

bool navlang_is_default(const struct nav *nav)
{
	return strcmp(nav->language, nav->cfg.language) == 0;
}

bool navlang_untranslated(const struct nav *nav, const struct content_topic *t)
{
	return t && strcmp(t->language, nav->language) != 0;
}

bool navlang_choose(struct nav *nav, const char *code)
{
	if (strlen(code) >= sizeof nav->language)
		return false;
	strcpy(nav->language, code);
	navcore_build_menu(nav);
	return true;
}

/* The cells of one row, from cells[first] to cells[end - 1], centred on
 * row with gap columns between them. */
static void place_row(const struct nav *nav, struct navlang_cell *cells,
		      size_t first, size_t end, int row, int gap)
{
	int width = 0, col;

	for (size_t i = first; i < end; i++)
		width += cells[i].width + (i > first ? gap : 0);
	col = (nav->cols - width) / 2;
	for (size_t i = first; i < end; i++) {
		cells[i].row = row;
		cells[i].col = col;
		col += cells[i].width + gap;
	}
}

size_t navlang_cells(const struct nav *nav, struct navlang_cell out[NAVLANG_MAX])
{
	const char *codes[NAVLANG_MAX];
	size_t n = languages_offered(nav->lib, nav->cfg.languages,
				     nav->cfg.language_count, nav->cfg.language,
				     codes, NAVLANG_MAX);
	int room = nav->cols - 2, total = 0, gap, used = 0, row = LIST_TOP_ROW;
	size_t first = 0;

	if (n < 2)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const char *name = lang_native_name(codes[i]);

		out[i].code = codes[i];
		snprintf(out[i].label, sizeof out[i].label, "%zu %s", i + 1,
			 name ? name : codes[i]);
		out[i].width = NAVLANG_MARK_COLS + 1 +
			       layout_columns(out[i].label, strlen(out[i].label));
		if (out[i].width > room)
			out[i].width = room;
		total += out[i].width;
	}
	/* Two columns between languages when they all fit on one row so,
	 * else one, as many to a row as fit. */
	gap = total + 2 * (int)(n - 1) <= room ? 2 : 1;
	for (size_t i = 0; i < n; i++) {
		if (i > first && used + gap + out[i].width > room) {
			place_row(nav, out, first, i, row++, gap);
			first = i;
			used = 0;
		}
		used += (i > first ? gap : 0) + out[i].width;
	}
	place_row(nav, out, first, n, row, gap);
	return n;
}

int navlang_top_row(const struct nav *nav)
{
	(void)nav;
	return LIST_TOP_ROW;
}

int navlang_end_row(const struct nav *nav)
{
	struct navlang_cell cells[NAVLANG_MAX];
	size_t n = navlang_cells(nav, cells);

	/* A blank row between the list and what follows it. */
	return n ? cells[n - 1].row + 2 : LIST_TOP_ROW;
}

/* Moves the highlight by step along the list of count languages; Tab
 * goes round from the last to the first, the arrows stop at the ends. */
static void move_focus(struct nav *nav, int step, size_t count, bool round)
{
	long to = nav->focus < 0 ? (step > 0 ? 0 : (long)count - 1)
				 : nav->focus + step;

	if (round)
		to = (to + (long)count) % (long)count;
	if (to < 0)
		to = 0;
	if (to >= (long)count)
		to = (long)count - 1;
	nav->focus = (int)to;
}

bool navlang_key(struct nav *nav, int key)
{
	struct navlang_cell cells[NAVLANG_MAX];
	size_t n = navlang_cells(nav, cells);

	if (n == 0)
		return false;
	if (key >= '1' && key < '1' + (int)n) {
		nav->focus = -1;
		return navlang_choose(nav, cells[key - '1'].code);
	}
	switch (key) {
	case KEYC_RIGHT: case KEYC_DOWN:
		move_focus(nav, 1, n, false);
		return true;
	case KEYC_LEFT: case KEYC_UP:
		move_focus(nav, -1, n, false);
		return true;
	case KEYC_TAB:
		move_focus(nav, 1, n, true);
		return true;
	case KEYC_BACK_TAB:
		move_focus(nav, -1, n, true);
		return true;
	case KEYC_ENTER: case ' ':
		/* Enter on the language in force starts the visit. */
		if (nav->focus < 0 || (size_t)nav->focus >= n ||
		    strcmp(cells[nav->focus].code, nav->language) == 0)
			return false;
		return navlang_choose(nav, cells[nav->focus].code);
	default:
		return false;
	}
}

bool navlang_click(struct nav *nav, int row, int col)
{
	struct navlang_cell cells[NAVLANG_MAX];
	size_t n = navlang_cells(nav, cells), best = n;
	int best_distance = 0;

	/* A touch in a gap goes to the nearest language on its row. */
	for (size_t i = 0; i < n; i++) {
		int distance = navcore_columns_away(col, cells[i].col, cells[i].width);

		if (cells[i].row == row && (best == n || distance < best_distance)) {
			best = i;
			best_distance = distance;
		}
	}
	if (best == n)
		return false;
	nav->focus = -1;
	navlang_choose(nav, cells[best].code);
	return true;
}
