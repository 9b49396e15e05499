#include "navquestions.h"

#include "i18n.h"
#include "navsteps.h"
#include "xalloc.h"

#include <string.h>

int navquestions_visible(const struct nav *nav)
{
	return navcore_geometry(nav).body_rows;
}

static void toggle(struct nav *nav, size_t index)
{
	if (index >= nav->question_count)
		return;
	nav->question_ticked[index] = !nav->question_ticked[index];
	nav->questions_selected = index;
}

void navquestions_action(struct nav *nav, enum nav_action action, int digit)
{
	if (navcore_list_action(action, &nav->questions_selected, &nav->questions_top,
				nav->question_count, navquestions_visible(nav)))
		return;
	switch (action) {
	case ACT_SELECT:
		toggle(nav, nav->questions_selected);
		break;
	case ACT_CHOOSE:
		if (digit >= 1)
			toggle(nav, (size_t)digit - 1);
		break;
	case ACT_NEXT:
		if (nav->topic->quiz_count)
			navcore_show_quiz(nav);
		else
			navcore_go_menu(nav);
		break;
	case ACT_BACK:
		navcore_show_last_page(nav);
		break;
	case ACT_STEPS:
		navsteps_open(nav);
		break;
	case ACT_PRINT:
		if (navcore_available(nav, action))
			nav->request = ACT_PRINT;
		break;
	case ACT_TAKE_HOME:
		if (navcore_available(nav, action))
			nav->overlay = OVERLAY_TAKE_HOME;
		break;
	default:
		break;
	}
}

void navquestions_click(struct nav *nav, int row)
{
	struct nav_geometry g = navcore_geometry(nav);

	if (row < g.body_top || row >= g.body_top + g.body_rows)
		return;
	toggle(nav, nav->questions_top + (size_t)(row - g.body_top));
}

void navquestions_ticked(const struct nav *nav,
			 void (*fn)(void *ctx, const char *question), void *ctx)
{
	for (size_t i = 0; i < nav->question_count; i++)
		if (nav->question_ticked[i])
			fn(ctx, nav->topic->questions.items[i]);
}

char *navquestions_text(const struct nav *nav)
{
	const char *heading = _("My questions to ask:");
	size_t size = strlen(heading) + 1;
	char *text;

	for (size_t i = 0; i < nav->question_count; i++)
		if (nav->question_ticked[i])
			size += strlen(nav->topic->questions.items[i]) + 1;
	text = xmalloc(size);
	strcpy(text, heading);
	for (size_t i = 0; i < nav->question_count; i++)
		if (nav->question_ticked[i]) {
			strcat(text, "\n");
			strcat(text, nav->topic->questions.items[i]);
		}
	return text;
}
