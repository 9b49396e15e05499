#include "view_staff.h"

void view_staff_draw(const struct nav *nav, const struct draw_context *ctx)
{
	const struct staff_report *r = ctx->staff;
	int width = nav->cols - 2, rows = nav->rows - 2, inner = width - 4, shown;
	attr_t attr = theme_attr(&ctx->theme, ROLE_BOX);
	attr_t strong = theme_attr(&ctx->theme, ROLE_BOX_TITLE);
	size_t first = (size_t)nav->staff_scroll;

	draw_box_frame(1, 1, rows, width, ctx);
	draw_cut(2, 3, "Staff: the kiosk's content and settings", inner, strong, ctx);
	shown = rows - 5;
	if (r && first + (size_t)shown > r->count)
		first = r->count > (size_t)shown ? r->count - (size_t)shown : 0;
	for (int i = 0; r && i < shown && first + (size_t)i < r->count; i++)
		draw_str(4 + i, 3, r->lines[first + (size_t)i], inner, attr, ctx);
	draw_cut(rows - 1, 3, "L: leave the kiosk   S or Esc: stay   Up/Down: scroll",
		 inner, strong, ctx);
}
