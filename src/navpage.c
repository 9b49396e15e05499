#include "navpage.h"

#include "navbox.h"
#include "navmore.h"
#include "navsteps.h"

static int screenful(const struct nav *nav)
{
	int rows = navcore_geometry(nav).body_rows;
	/* One line stays on screen, so the patient keeps their place. */
	return rows > 1 ? rows - 1 : 1;
}

/* Reads on: a screenful more of the page, or the next page once the end
 * of this one has been on screen, so no line is ever skipped. */
static void read_on(struct nav *nav)
{
	if (!nav->end_seen)
		navcore_scroll_by(nav, screenful(nav));
	else
		navcore_next_page(nav);
}

static int focus_count(const struct nav *nav)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	return (int)nav->layout.item_count + (int)navcore_buttons(nav, b);
}

static void scroll_to_line(struct nav *nav, size_t line)
{
	int rows = navcore_geometry(nav).body_rows;

	if ((int)line < nav->scroll)
		nav->scroll = (int)line;
	else if ((int)line >= nav->scroll + rows)
		nav->scroll = (int)line - rows + 1;
	navcore_scroll_by(nav, 0);
}

static void move_focus(struct nav *nav, int step)
{
	int n = focus_count(nav);

	if (n == 0)
		return;
	if (nav->focus < 0)
		nav->focus = step > 0 ? 0 : n - 1;
	else
		nav->focus = (nav->focus + step + n) % n;
	if (nav->focus < (int)nav->layout.item_count)
		scroll_to_line(nav, nav->layout.items[nav->focus].line);
}

static void activate_item(struct nav *nav, const struct layout_item *item)
{
	const struct content_page *page = navcore_current_page(nav);

	/* A figure's label opens its term; one of words only (no target)
	 * just stays highlighted on the picture. */
	if (item->kind == ITEM_OPTION && page && item->block < page->block_count)
		navbox_open_option(nav, &page->blocks[item->block].u.options.items[item->option],
				   item->option + 1);
	else if (item->kind == ITEM_ROW && page && item->block < page->block_count)
		navbox_open_row(nav, &page->blocks[item->block], item->row);
	else if (item->kind == ITEM_LINK)
		navcore_follow_link(nav, item->target, item->target_len);
	else if (item->target)
		navbox_open_term(nav, content_find_term(nav->glossary, item->target,
							item->target_len));
}

static void activate_focus(struct nav *nav)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	int items = (int)nav->layout.item_count;

	if (nav->focus < items) {
		activate_item(nav, &nav->layout.items[nav->focus]);
		return;
	}
	if ((size_t)(nav->focus - items) < navcore_buttons(nav, b))
		navpage_action(nav, b[nav->focus - items].action, 0);
}

void navpage_action(struct nav *nav, enum nav_action action, int digit)
{
	switch (action) {
	case ACT_NEXT:
		read_on(nav);
		break;
	case ACT_BACK:
		navcore_previous_page(nav);
		break;
	case ACT_HOME:
		navcore_go_menu(nav);
		break;
	case ACT_HELP:
		navbox_open_help(nav);
		break;
	case ACT_STEPS:
		navsteps_open(nav);
		break;
	case ACT_SELECT:
		if (nav->focus >= 0)
			activate_focus(nav);
		else
			read_on(nav);
		break;
	case ACT_SCROLL_DOWN:
		navcore_scroll_by(nav, 1);
		break;
	case ACT_SCROLL_UP:
		navcore_scroll_by(nav, -1);
		break;
	case ACT_PAGE_DOWN:
		navcore_scroll_by(nav, screenful(nav));
		break;
	case ACT_PAGE_UP:
		navcore_scroll_by(nav, -screenful(nav));
		break;
	case ACT_FOCUS_NEXT:
		move_focus(nav, 1);
		break;
	case ACT_FOCUS_PREV:
		move_focus(nav, -1);
		break;
	case ACT_LISTEN:
	case ACT_PRINT:
		if (navcore_available(nav, action))
			nav->request = action;
		break;
	case ACT_CLOSE:
		nav->request = ACT_CLOSE;	/* Esc stops reading aloud */
		break;
	case ACT_TAKE_HOME:
		if (navcore_available(nav, action))
			nav->overlay = OVERLAY_TAKE_HOME;
		break;
	case ACT_MORE:
		navmore_open(nav);
		break;
	case ACT_CHOOSE:
		if (digit >= 1 && (size_t)digit <= nav->topic->section_count)
			navcore_show_page(nav, (size_t)digit - 1, 0);
		break;
	default:
		break;
	}
}

/* The marked word or link at a body cell, or within one cell of it: a
 * short word such as "A&E" is hard to hit with a finger. */
static const struct layout_span *item_near(const struct nav *nav, int row, int col)
{
	static const int near[][2] = { { 0, 0 }, { 0, -1 }, { 0, 1 }, { -1, 0 }, { 1, 0 } };
	struct nav_geometry g = navcore_geometry(nav);

	for (size_t i = 0; i < sizeof near / sizeof near[0]; i++) {
		int r = row + near[i][0];
		const struct layout_span *span;

		if (r < g.body_top || r >= g.body_top + g.body_rows)
			continue;
		span = layout_span_at(&nav->layout, (size_t)(nav->scroll + r - g.body_top),
				      col + near[i][1] - g.text_left);
		if (span && span->item >= 0)
			return span;
	}
	return NULL;
}

void navpage_click(struct nav *nav, int row, int col)
{
	struct nav_geometry g = navcore_geometry(nav);
	const struct layout_span *span;
	int label;

	if (row == NAV_STEP_ROW) {
		navsteps_open(nav);
		return;
	}
	if (row == g.body_top - 1 && navcore_more_above(nav)) {
		navpage_action(nav, ACT_PAGE_UP, 0);
		return;
	}
	if (row == g.indicator_row && navcore_more_below(nav)) {
		navpage_action(nav, ACT_PAGE_DOWN, 0);
		return;
	}
	label = row >= g.body_top && row < g.body_top + g.body_rows ?
		layout_label_at(&nav->layout, (size_t)(nav->scroll + row - g.body_top),
				col - g.text_left) : -1;
	if (label >= 0) {
		nav->focus = label;
		activate_item(nav, &nav->layout.items[label]);
		return;
	}
	span = item_near(nav, row, col);
	if (span) {
		nav->focus = span->item;
		activate_item(nav, &nav->layout.items[span->item]);
	}
}
