#include "view_menu.h"

#include "bidi.h"
#include "i18n.h"
#include "layoutrtl.h"
#include "navmenu.h"
#include "view_groups.h"

#include <stdio.h>
#include <string.h>

/* A topic's summary in the menu: two wrapped lines at most. */
static void draw_summary(int row, int left, int width, const char *summary,
			 const struct draw_context *ctx)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*" };
	/* A summary read from the right ends on the left: the room for the
	 * "..." is there. */
	bool rtl = bidi_starts_rtl(summary, strlen(summary));
	int shift = rtl ? 4 : 0;

	/* Room for "..." at the end, so a cut summary looks cut. */
	layoutrtl_text(&l, summary, width - 4, &opt);
	draw_layout(&l, row, 2, left + shift, 0, -1, A_NORMAL, ctx);
	if (l.line_count > 2) {
		const struct layout_line *second = &l.lines[1];
		const struct layout_span *first = &l.spans[second->first_span];
		const struct layout_span *last = first + second->span_count - 1;
		int col = rtl ? first->col - 3 : last->col + last->cols;

		draw_str(row + 1, left + shift + col, "...", 3, A_NORMAL, ctx);
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
		int used, text_left;
		bool rtl;

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
		/* A topic read from the right has its number on the right. */
		used = (int)strlen(number);
		rtl = bidi_starts_rtl(t->title, strlen(t->title));
		draw_str(row, rtl ? g.text_left + g.text_width - used : g.text_left, number,
			 used, attr, ctx);
		text_left = rtl ? g.text_left : g.text_left + used;
		draw_cut(row, text_left, draw_plain_title(t->title, title, sizeof title),
			 g.text_width - used, attr, ctx);
		draw_summary(row + 1, text_left, g.text_width - used, t->summary, ctx);
	}
	if (nav->menu_top + (size_t)visible < nav->menu_count)
		draw_centred(g.indicator_row, _("-- More topics below: press Down, or touch here --"),
			     _("-- More topics: touch here --"), strong, ctx);
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch a topic or a button. Press ? for help."), ctx);
}
