#include "view_figure.h"

#include "figdraw.h"
#include "i18n.h"

/* Copies the rows of pad that are lines first_line onwards of the page
 * and in sight on the body rows to the screen, at column left. */
static void show_visible(WINDOW *pad, size_t first_line, int left,
			 const struct nav *nav)
{
	struct nav_geometry g = navcore_geometry(nav);
	int pad_rows = getmaxy(pad), pad_cols = getmaxx(pad);
	int top = g.body_top + (int)first_line - nav->scroll;
	int skip = top < g.body_top ? g.body_top - top : 0;
	int last = top + pad_rows - 1;

	if (last >= g.body_top + g.body_rows)
		last = g.body_top + g.body_rows - 1;
	if (top + skip > last)
		return;
	copywin(pad, stdscr, skip, 0, top + skip, left, last, left + pad_cols - 1,
		FALSE);
	draw_mark_drawn(top + skip, left, last - top - skip + 1, pad_cols);
}

/* The number of the label the patient chose on this figure, or 0. */
static unsigned highlighted(const struct nav *nav, const struct layout_figure *fig)
{
	size_t focus = (size_t)nav->focus;

	if (nav->focus < 0 || focus < fig->first_item ||
	    focus >= fig->first_item + fig->figure->label_count)
		return 0;
	return fig->figure->labels[focus - fig->first_item].number;
}

/* What a picture that cannot be read now shows on its first row. */
static void draw_alt(const struct nav *nav, const struct layout_figure *fig,
		     const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	int row = g.body_top + (int)fig->line - nav->scroll;
	int used;

	if (row < g.body_top || row >= g.body_top + g.body_rows)
		return;
	used = draw_str(row, g.text_left, _("Picture: "), fig->cols,
			theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	draw_cut(row, g.text_left + used, fig->figure->alt, fig->cols - used,
		 theme_attr(&ctx->theme, ROLE_BODY), ctx);
}

static void draw_one(const struct nav *nav, const struct layout_figure *fig,
		     const struct draw_context *ctx)
{
	const struct content_figure *f = fig->figure;
	int left = navcore_geometry(nav).text_left;
	unsigned highlight = highlighted(nav, fig);
	struct figdraw_placed placed;
	WINDOW *pad = newpad(fig->rows, fig->cols);
	WINDOW *legend;

	if (!pad)
		return;
	if (figdraw_picture(ctx->figures, pad, f, 0, 0, fig->rows, fig->cols,
			    highlight, &placed))
		show_visible(pad, fig->line, left, nav);
	else
		draw_alt(nav, fig, ctx);
	delwin(pad);
	if (f->label_count == 0)
		return;
	legend = newpad((int)f->label_count, fig->legend_cols);
	if (!legend)
		return;
	figdraw_legend(ctx->figures, legend, f, &placed, 0, 0, (int)f->label_count,
		       fig->legend_cols, highlight);
	show_visible(legend, fig->legend_line, left + fig->legend_col, nav);
	delwin(legend);
}

void view_figure_draw(const struct nav *nav, const struct draw_context *ctx)
{
	if (!ctx->figures)
		return;
	for (size_t i = 0; i < nav->layout.figure_count; i++)
		draw_one(nav, &nav->layout.figures[i], ctx);
}
