#include "view_menu.h"

#include "i18n.h"
#include "navmenu.h"
#include "view_groups.h"

#include <stdio.h>

/* A topic's summary in the menu: two wrapped lines at most. */
static void draw_summary(int row, int left, int width, const char *summary,
			 const struct draw_context *ctx)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*" };

	/* Room for "..." at the end, so a cut summary looks cut. */
	layout_text(&l, summary, width - 4, &opt);
	draw_layout(&l, row, 2, left, 0, -1, A_NORMAL, ctx);
	if (l.line_count > 2) {
		const struct layout_line *second = &l.lines[1];
		const struct layout_span *last =
			&l.spans[second->first_span + second->span_count - 1];
		draw_str(row + 1, left + last->col + last->cols, "...", 3, A_NORMAL, ctx);
	}
	layout_free(&l);
}

void view_menu_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	int visible = navmenu_visible(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	char heading[300];

	draw_title_bar(ctx->clinic_name, NULL, ctx);
	draw_cut(1, g.text_left, view_groups_menu_heading(nav, heading, sizeof heading),
		 g.text_width, strong, ctx);
	draw_cut(2, g.text_left, _("Press its number, or touch it."), g.text_width,
		 A_NORMAL, ctx);
	if (nav->menu_count == 0) {
		draw_cut(g.body_top, g.text_left, _("The information is being updated."),
			 g.text_width, strong, ctx);
		draw_cut(g.body_top + 1, g.text_left, _("Please try again in a few "
			 "minutes, or ask at the desk."), g.text_width, A_NORMAL, ctx);
	}
	for (int i = 0; i < visible; i++) {
		size_t index = nav->menu_top + (size_t)i;
		const struct content_topic *t;
		int row = g.body_top + i * NAV_MENU_ITEM_ROWS;
		char number[16], title[256];
		attr_t attr;
		int used;

		if (index >= nav->menu_count)
			break;
		t = nav->menu[index];
		attr = index == nav->menu_selected
			? theme_attr(&ctx->theme, ROLE_FOCUS) : strong;
		if (index < 9)
			snprintf(number, sizeof number, " %zu. ", index + 1);
		else
			snprintf(number, sizeof number, "    ");
		draw_fill(row, g.text_left, g.text_width, attr);
		used = draw_str(row, g.text_left, number, g.text_width, attr, ctx);
		draw_cut(row, g.text_left + used,
			 draw_plain_title(t->title, title, sizeof title),
			 g.text_width - used, attr, ctx);
		draw_summary(row + 1, g.text_left + used, g.text_width - used,
			     t->summary, ctx);
	}
	if (nav->menu_top + (size_t)visible < nav->menu_count)
		draw_centred(g.indicator_row, _("-- More topics below: press Down, or touch here --"),
			     _("-- More topics: touch here --"), strong, ctx);
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch a topic or a button. Press ? for help."), ctx);
}
