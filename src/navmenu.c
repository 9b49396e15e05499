#include "navmenu.h"

int navmenu_visible(const struct nav *nav)
{
	int n = navcore_geometry(nav).body_rows / NAV_MENU_ITEM_ROWS;
	return n < 1 ? 1 : n;
}

void navmenu_select(struct nav *nav, long index)
{
	navcore_select(&nav->menu_selected, &nav->menu_top, index, nav->menu_count,
		       navmenu_visible(nav));
}

void navmenu_action(struct nav *nav, enum nav_action action, int digit)
{
	if (navcore_list_action(action, &nav->menu_selected, &nav->menu_top,
				nav->menu_count, navmenu_visible(nav)))
		return;
	switch (action) {
	case ACT_HOME:
		navmenu_select(nav, 0);
		break;
	case ACT_SELECT:
	case ACT_NEXT:
		if (nav->menu_count)
			navcore_open_topic(nav, nav->menu[nav->menu_selected]);
		break;
	case ACT_CHOOSE:
		if (digit >= 1 && (size_t)digit <= nav->menu_count) {
			navmenu_select(nav, digit - 1);
			navcore_open_topic(nav, nav->menu[digit - 1]);
		}
		break;
	case ACT_BACK:
		nav->screen = NAV_WELCOME;
		break;
	default:
		break;
	}
}

void navmenu_click(struct nav *nav, int row)
{
	struct nav_geometry g = navcore_geometry(nav);
	long index;

	if (row == g.indicator_row) {
		navmenu_action(nav, ACT_PAGE_DOWN, 0);
		return;
	}
	if (row < g.body_top || row >= g.body_top + g.body_rows)
		return;
	index = (long)nav->menu_top + (row - g.body_top) / NAV_MENU_ITEM_ROWS;
	if (index < (long)nav->menu_count &&
	    (row - g.body_top) / NAV_MENU_ITEM_ROWS < navmenu_visible(nav)) {
		navmenu_select(nav, index);
		navcore_open_topic(nav, nav->menu[index]);
	}
}
