#include "view_page.h"

#include "i18n.h"
#include "layoutrtl.h"
#include "view_figure.h"
#include <stdio.h>
#include <string.h>

/* The page title on its row, laid out like text so glossary marks show
 * as marked words, not brackets. */
static void draw_page_title(const char *text, struct nav_geometry g, attr_t attr,
			    const struct draw_context *ctx)
{
	const struct layout_options opt = { .bullet = "*" };
	struct layout l = { 0 };

	layoutrtl_text(&l, text, g.text_width, &opt);
	draw_layout(&l, 2, 1, g.text_left, 0, -1, attr, ctx);
	layout_free(&l);
}

void view_page_draw(const struct nav *nav, const struct draw_context *ctx)
{
	const struct content_page *page = navcore_current_page(nav);
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	bool underlined = theme_term_look(&ctx->theme)[0] == 'u';
	char title[256];

	draw_title_bar(draw_plain_title(nav->topic->title, title, sizeof title),
		       ctx->clinic_name, ctx);
	draw_step_line(nav, ctx);
	/* On a small screen the page title's row says when there is text
	 * above; a roomy one has a row of its own for that. */
	if (g.body_top == 3 && navcore_more_above(nav))
		draw_centred(2, _("-- More above: touch here --"), NULL, strong, ctx);
	else
		draw_page_title(page->title, g,
				theme_attr(&ctx->theme, ROLE_PAGE_TITLE), ctx);
	if (g.body_top == 4 && navcore_more_above(nav))
		draw_centred(3, _("-- More above: press Up, or touch here --"),
			     _("-- More above: touch here --"), strong, ctx);
	draw_layout(&nav->layout, g.body_top, g.body_rows, g.text_left,
		    nav->scroll, nav->focus, theme_attr(&ctx->theme, ROLE_BODY), ctx);
	view_figure_draw(nav, ctx);
	if (navcore_more_below(nav))
		draw_centred(g.indicator_row, _("-- More below: press Next, or touch here --"),
			     _("-- More below: touch here --"), strong, ctx);
	else if (navcore_on_last_page(nav))
		draw_centred(g.indicator_row, _("-- This is the last page --"), NULL,
			     A_NORMAL, ctx);
	else
		draw_centred(g.indicator_row, _("-- End of page: press Next --"), NULL,
			     A_NORMAL, ctx);
	draw_buttons(nav, ctx);
	if (ctx->notice)
		draw_notice(nav, ctx->notice, strong, ctx);
	else
		draw_hint(nav, underlined
			  ? _("Touch a button, a step line or an underlined word. "
			      "Press ? for help.")
			  : _("Touch a button, a step line or a highlighted word. "
			      "Press ? for help."), ctx);
}
