#include "navgroups.h"

#include "navmenu.h"

int navgroups_visible(const struct nav *nav)
{
	int n = navcore_geometry(nav).body_rows / NAV_GROUP_ITEM_ROWS;
	return n < 1 ? 1 : n;
}

void navgroups_select(struct nav *nav, long index)
{
	navcore_select(&nav->groups_selected, &nav->groups_top, index,
		       nav->group_count, navgroups_visible(nav));
}

static void open_group(struct nav *nav, long index)
{
	if (index < 0 || (size_t)index >= nav->group_count)
		return;
	navgroups_select(nav, index);
	navcore_choose_group(nav, index);
	nav->screen = NAV_MENU;
}

void navgroups_action(struct nav *nav, enum nav_action action, int digit)
{
	if (navcore_list_action(action, &nav->groups_selected, &nav->groups_top,
				nav->group_count, navgroups_visible(nav)))
		return;
	switch (action) {
	case ACT_HOME:
		navgroups_select(nav, 0);
		break;
	case ACT_SELECT:
	case ACT_NEXT:
		open_group(nav, (long)nav->groups_selected);
		break;
	case ACT_CHOOSE:
		open_group(nav, digit - 1);
		break;
	case ACT_BACK:
		nav->screen = NAV_WELCOME;
		break;
	default:
		break;
	}
}

void navgroups_click(struct nav *nav, int row)
{
	struct nav_geometry g = navcore_geometry(nav);
	int shown = (row - g.body_top) / NAV_GROUP_ITEM_ROWS;

	if (row == g.indicator_row) {
		/* The next screenful from its top, so the groups not yet seen
		 * are all shown at once. */
		size_t top = nav->groups_top + (size_t)navgroups_visible(nav);

		if (top < nav->group_count) {
			navgroups_select(nav, (long)top);
			nav->groups_top = top;
		}
		return;
	}
	if (row < g.body_top || row >= g.body_top + g.body_rows ||
	    shown >= navgroups_visible(nav))
		return;
	open_group(nav, (long)nav->groups_top + shown);
}

bool navgroups_back(struct nav *nav)
{
	if (nav->screen != NAV_MENU || nav->menu_group < 0)
		return false;
	navcore_choose_group(nav, -1);
	nav->screen = navcore_menu_grouped(nav) ? NAV_GROUPS : NAV_WELCOME;
	return true;
}

void navgroups_fit(struct nav *nav)
{
	bool grouped = navcore_menu_grouped(nav);

	if (nav->menu_group >= 0 && !grouped) {
		/* The whole list fits now: the same topic, among all. */
		size_t topic = nav->groups[nav->menu_group].first + nav->menu_selected;

		navcore_choose_group(nav, -1);
		navmenu_select(nav, (long)topic);
	}
	if (nav->screen == NAV_GROUPS && !grouped)
		nav->screen = NAV_MENU;
	else if (nav->screen == NAV_MENU && grouped && nav->menu_group < 0)
		nav->screen = NAV_GROUPS;
	navgroups_select(nav, (long)nav->groups_selected);
}
