#include "navsteps.h"

#include "navbox.h"

int navsteps_visible(const struct nav *nav)
{
	return navcore_geometry(nav).body_rows;
}

size_t navsteps_count(const struct nav *nav)
{
	return nav->topic->section_count + (nav->topic->questions.count > 0);
}

static void select_step(struct nav *nav, long index)
{
	navcore_select(&nav->steps_selected, &nav->steps_top, index,
		       navsteps_count(nav), navsteps_visible(nav));
}

void navsteps_open(struct nav *nav)
{
	if (!nav->topic)
		return;
	nav->screen = NAV_STEPS;
	nav->steps_top = 0;
	select_step(nav, (long)nav->section);
}

/* Back to the page being read, where the patient left it. */
static void close_steps(struct nav *nav)
{
	nav->screen = NAV_PAGE;
}

static void jump(struct nav *nav, size_t step)
{
	if (step == nav->topic->section_count)
		navcore_show_questions(nav);
	else if (step == nav->section)
		close_steps(nav);
	else
		navcore_show_page(nav, step, 0);
}

void navsteps_action(struct nav *nav, enum nav_action action, int digit)
{
	if (navcore_list_action(action, &nav->steps_selected, &nav->steps_top,
				navsteps_count(nav), navsteps_visible(nav)))
		return;
	switch (action) {
	case ACT_SELECT:
	case ACT_NEXT:
		jump(nav, nav->steps_selected);
		break;
	case ACT_CHOOSE:
		if (digit >= 1 && (size_t)digit <= nav->topic->section_count)
			jump(nav, (size_t)digit - 1);
		break;
	case ACT_HELP:
		navbox_open_help(nav);
		break;
	case ACT_BACK:
	case ACT_STEPS:
	case ACT_CLOSE:
		close_steps(nav);
		break;
	case ACT_HOME:
		navcore_go_menu(nav);
		break;
	default:
		break;
	}
}

void navsteps_click(struct nav *nav, int row)
{
	struct nav_geometry g = navcore_geometry(nav);
	size_t index;

	if (row == NAV_STEP_ROW) {
		close_steps(nav);
		return;
	}
	if (row < g.body_top || row >= g.body_top + g.body_rows)
		return;
	index = nav->steps_top + (size_t)(row - g.body_top);
	if (index < navsteps_count(nav)) {
		nav->steps_selected = index;
		jump(nav, index);
	}
}
