#include "view_groups.h"

#include "i18n.h"
#include "navgroups.h"

#include <stdio.h>

/* A group's title as shown: its plain words, or "Other topics" for the
 * topics in no group. */
static const char *group_title(const struct groups_range *r, char *buf, size_t size)
{
	return r->title ? draw_plain_title(r->title, buf, size) : _("Other topics");
}

const char *view_groups_menu_heading(const struct nav *nav, char *buf, size_t size)
{
	char title[256];

	if (nav->menu_group < 0)
		return _("Choose a topic");
	if (!nav->groups[nav->menu_group].title)
		return _("Other topics");
	/* TRANSLATORS: the topic list of one group, e.g. "Topics: Hip and groin". */
	snprintf(buf, size, _("Topics: %s"),
		 group_title(&nav->groups[nav->menu_group], title, sizeof title));
	return buf;
}

static void draw_group(const struct nav *nav, size_t index, int row,
		       const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	const struct groups_range *r = &nav->groups[index];
	attr_t attr = index == nav->groups_selected
		? theme_attr(&ctx->theme, ROLE_FOCUS)
		: theme_attr(&ctx->theme, ROLE_STRONG);
	char number[16], title[256], count[64];
	int used;

	if (index < 9)
		snprintf(number, sizeof number, " %zu. ", index + 1);
	else
		snprintf(number, sizeof number, "    ");
	snprintf(count, sizeof count, ngettext("%zu topic", "%zu topics", r->count),
		 r->count);
	draw_fill(row, g.text_left, g.text_width, attr);
	used = draw_str(row, g.text_left, number, g.text_width, attr, ctx);
	draw_cut(row, g.text_left + used, group_title(r, title, sizeof title),
		 g.text_width - used, attr, ctx);
	draw_cut(row + 1, g.text_left + used, count, g.text_width - used,
		 A_NORMAL, ctx);
}

void view_groups_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	int visible = navgroups_visible(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);

	draw_title_bar(ctx->clinic_name, NULL, ctx);
	draw_cut(1, g.text_left, _("Choose a group of topics"), g.text_width,
		 strong, ctx);
	draw_cut(2, g.text_left, _("Press its number, or touch it."), g.text_width,
		 A_NORMAL, ctx);
	for (int i = 0; i < visible; i++) {
		size_t index = nav->groups_top + (size_t)i;

		if (index >= nav->group_count)
			break;
		draw_group(nav, index, g.body_top + i * NAV_GROUP_ITEM_ROWS, ctx);
	}
	if (nav->groups_top + (size_t)visible < nav->group_count)
		draw_centred(g.indicator_row,
			     _("-- More groups below: press Down, or touch here --"),
			     _("-- More groups: touch here --"), strong, ctx);
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch a group or a button. Press ? for help."), ctx);
}
