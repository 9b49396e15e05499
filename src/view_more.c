#include "view_more.h"

#include "i18n.h"
#include "navmore.h"

#include <stdio.h>
#include <string.h>

/* Whether every row's "1  Listen: read this page aloud" fits the width;
 * else every row has its short label ("1  Listen"), alike. */
static bool helps_fit(const struct navmore_box *b, int width)
{
	for (size_t i = 0; i < b->count; i++) {
		const char *help = _(key_action_help(b->actions[i]));

		if (3 + layout_columns(help, strlen(help)) > width)
			return false;
	}
	return true;
}

void view_more_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct navmore_box b = navmore_geometry(nav);
	attr_t title = theme_attr(&ctx->theme, ROLE_BOX_TITLE);
	/* Rows fill the inside of the frame; text stands one cell in. */
	int inside = b.cols - 2, width = b.cols - 4;
	bool full = helps_fit(&b, width);
	const char *close = _("[ Close ]  Esc or Back");

	draw_box_frame(b.top, b.left, b.rows, b.cols, ctx);
	draw_cut(b.title_row, b.left + 2, _("Touch one, or press its number"),
		 width, title, ctx);
	for (size_t i = 0; i < b.count; i++) {
		int top = b.first_row + (int)i * b.row_height;
		/* A blank row of the box's own colour between rows where there
		 * is room, so each looks like a button of its own. */
		int filled = b.row_height > 1 ? b.row_height - 1 : 1;
		attr_t attr = theme_attr(&ctx->theme, i == nav->more_selected ?
					 ROLE_FOCUS : ROLE_BUTTON);
		char text[160];

		snprintf(text, sizeof text, "%zu  %s", i + 1,
			 full ? _(key_action_help(b.actions[i]))
			      : key_action_label(b.actions[i]));
		for (int r = 0; r < filled; r++)
			draw_fill(top + r, b.left + 1, inside, attr);
		draw_str(top + (filled - 1) / 2, b.left + 2, text, width, attr, ctx);
	}
	if (layout_columns(close, strlen(close)) > width)
		close = _("[ Close ]");
	draw_str(b.close_row, b.left + 2, close, width, title, ctx);
}
