#include "view_box.h"

#include "i18n.h"
#include "navbox.h"

#include <string.h>

/* Whether the glossary word itself (the box's heading) is being read
 * aloud: reading a glossary box starts with the word. */
static bool reading_term(const struct nav *nav, const struct draw_context *ctx)
{
	size_t skip, count;

	return nav->overlay == OVERLAY_GLOSSARY && ctx->reading &&
	       ctx->reading_sentence >= 0 &&
	       sentences_part(ctx->reading, (size_t)ctx->reading_sentence, nav->term->term,
			      strlen(nav->term->term), &skip, &count);
}

void view_box_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_box b = navbox_geometry(nav);
	attr_t box = theme_attr(&ctx->theme, ROLE_BOX);
	attr_t title = theme_attr(&ctx->theme, ROLE_BOX_TITLE);
	const char *close = _("[ Close ]  Touch or press any key");
	const char *heading = nav->overlay == OVERLAY_HELP ? _("Help: how to use this screen")
			    : nav->overlay == OVERLAY_OPTION ? nav->option->name
			    : nav->overlay == OVERLAY_ROW ?
				layout_option_row_name(nav->row_block->u.options.items, nav->row)
			    : nav->term->term;

	draw_box_frame(b.top, b.left, b.rows, b.cols, ctx);
	draw_cut(b.title_row, b.text_left, heading, b.text_width,
		 reading_term(nav, ctx) ? theme_attr(&ctx->theme, ROLE_READING) : title,
		 ctx);
	draw_layout(&nav->box, b.text_top, b.text_rows, b.text_left, nav->box_scroll,
		    -1, box, ctx);
	if (navbox_more_below(nav))
		draw_cut(b.more_row, b.text_left, _("-- More below: touch here --"),
			 b.text_width, title, ctx);
	if (layout_columns(close, strlen(close)) > b.text_width)
		close = _("[ Close ]");
	draw_str(b.close_row, b.text_left, close, b.text_width, title, ctx);
}
