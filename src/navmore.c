#include "navmore.h"

void navmore_open(struct nav *nav)
{
	if (!navcore_available(nav, ACT_MORE))
		return;
	nav->overlay = OVERLAY_MORE;
	nav->more_selected = 0;
}

struct navmore_box navmore_geometry(const struct nav *nav)
{
	static const enum nav_action listed[] = {
		ACT_LISTEN, ACT_TAKE_HOME, ACT_PRINT, ACT_STEPS,
	};
	struct navmore_box b = { .count = 0 };
	/* Where there is room the title bar and step line stay in view, as
	 * around the help box. */
	int max_rows = nav->rows >= NAV_ROOMY_ROWS ? nav->rows - 4 : nav->rows;
	int room;

	for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++)
		if (navcore_available(nav, listed[i]))
			b.actions[b.count++] = listed[i];
	/* Border, title, the rows, Close, border. */
	room = max_rows - 4;
	b.row_height = b.count ? room / (int)b.count : 1;
	if (b.row_height > NAVMORE_MAX_ROW_HEIGHT)
		b.row_height = NAVMORE_MAX_ROW_HEIGHT;
	if (b.row_height < 1)
		b.row_height = 1;
	b.rows = 4 + (int)b.count * b.row_height;
	b.cols = nav->cols - 4 < NAVMORE_MAX_COLS ? nav->cols - 4 : NAVMORE_MAX_COLS;
	b.top = (nav->rows - b.rows) / 2;
	b.left = (nav->cols - b.cols) / 2;
	b.title_row = b.top + 1;
	b.first_row = b.top + 2;
	b.close_row = b.first_row + (int)b.count * b.row_height;
	return b;
}

static void close_more(struct nav *nav)
{
	nav->overlay = OVERLAY_NONE;
}

/* Chooses row i: closes the box and hands back what the row does. */
static enum nav_action choose(struct nav *nav, const struct navmore_box *b, size_t i)
{
	close_more(nav);
	return i < b->count ? b->actions[i] : ACT_NONE;
}

enum nav_action navmore_action(struct nav *nav, enum nav_action action, int digit)
{
	struct navmore_box b = navmore_geometry(nav);
	size_t top = 0;

	if (navcore_list_action(action, &nav->more_selected, &top, b.count,
				(long)b.count))
		return ACT_NONE;
	if (action == ACT_SELECT)
		return choose(nav, &b, nav->more_selected);
	if (action == ACT_CHOOSE && digit >= 1)
		return choose(nav, &b, (size_t)digit - 1);
	/* A listed action's own key (L, T, P, S) does it at once. */
	for (size_t i = 0; i < b.count; i++)
		if (b.actions[i] == action)
			return choose(nav, &b, i);
	close_more(nav);
	return ACT_NONE;
}

enum nav_action navmore_click(struct nav *nav, int row, int col)
{
	struct navmore_box b = navmore_geometry(nav);

	if (row >= b.first_row && row < b.close_row && col >= b.left &&
	    col < b.left + b.cols)
		return choose(nav, &b, (size_t)(row - b.first_row) / (size_t)b.row_height);
	close_more(nav);
	return ACT_NONE;
}
