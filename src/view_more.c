#include "view_more.h"

#include "i18n.h"
#include "navmore.h"

#include <stdio.h>
#include <string.h>

/* "1  Listen: read this page aloud" where it fits, else "1  Listen". */
static void row_text(enum nav_action action, size_t number, int width,
		     char *out, size_t size)
{
	snprintf(out, size, "%zu  %s", number, _(key_action_help(action)));
	if (layout_columns(out, strlen(out)) > width)
		snprintf(out, size, "%zu  %s", number, key_action_label(action));
}

void view_more_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct navmore_box b = navmore_geometry(nav);
	attr_t title = theme_attr(&ctx->theme, ROLE_BOX_TITLE);
	int width = b.cols - 4;
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

		row_text(b.actions[i], i + 1, width - 2, text, sizeof text);
		for (int r = 0; r < filled; r++)
			draw_fill(top + r, b.left + 2, width, attr);
		draw_str(top + (filled - 1) / 2, b.left + 3, text, width - 2, attr, ctx);
	}
	if (layout_columns(close, strlen(close)) > width)
		close = _("[ Close ]");
	draw_str(b.close_row, b.left + 2, close, width, title, ctx);
}
