#include "view_figure.h"

#include "figdraw.h"
#include "i18n.h"
#include "view_bodymap.h"

/* The area of the body rows where lines first_line onwards of the page
 * go, at column left, with room for rows x cols. */
static struct figdraw_area area_at(const struct nav *nav, size_t first_line,
				   int left, int rows, int cols)
{
	struct nav_geometry g = navcore_geometry(nav);

	return (struct figdraw_area){
		.y = g.body_top + (int)first_line - nav->scroll, .x = left,
		.rows = rows, .cols = cols,
		.first_row = g.body_top, .last_row = g.body_top + g.body_rows - 1,
	};
}

/* Marks the rows of what was drawn that are in sight as taken. */
static void mark_visible(const struct figdraw_area *a, int rows, int cols)
{
	int top = a->y > a->first_row ? a->y : a->first_row;
	int last = a->y + rows - 1 < a->last_row ? a->y + rows - 1 : a->last_row;

	if (top <= last)
		draw_mark_drawn(top, a->x, last - top + 1, cols);
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
	struct figdraw_area picture = area_at(nav, fig->line, left, fig->rows, fig->cols);
	struct figdraw_area legend = area_at(nav, fig->legend_line, left + fig->legend_col,
					     (int)f->label_count, fig->legend_cols);
	struct figdraw_placed placed;

	if (figdraw_picture(ctx->figures, stdscr, f, &picture, highlight, &placed))
		mark_visible(&picture, placed.rows, placed.cols);
	else
		draw_alt(nav, fig, ctx);
	if (f->label_count > 0)
		mark_visible(&legend, figdraw_legend(ctx->figures, stdscr, f, &placed,
						     &legend, highlight),
			     fig->legend_cols);
}

void view_figure_draw(const struct nav *nav, const struct draw_context *ctx)
{
	if (!ctx->figures)
		return;
	for (size_t i = 0; i < nav->layout.figure_count; i++)
		draw_one(nav, &nav->layout.figures[i], ctx);
}

/* On the menu, the figures on the pages its topics open at: the
 * highlighted topic's first, then those from the top of the screen.  A
 * topic opened then shows its first page's picture at once. */
static size_t menu_figures(const struct nav *nav, struct navcore_figure *out,
			   size_t max)
{
	size_t count = 0, last;

	if (nav->screen != NAV_MENU || nav->menu_count == 0)
		return 0;
	if (nav->menu_selected < nav->menu_count)
		count = navcore_opening_figures(nav, nav->menu[nav->menu_selected],
						out, max);
	/* No more topics than the screen has rows can be on it. */
	last = nav->menu_top + (size_t)(nav->rows > 0 ? nav->rows : 0);
	for (size_t i = nav->menu_top; i < nav->menu_count && i < last && count < max; i++)
		if (i != nav->menu_selected)
			count += navcore_opening_figures(nav, nav->menu[i],
							 out + count, max - count);
	return count;
}

void view_figure_ahead(const struct nav *nav, const struct draw_context *ctx)
{
	struct navcore_figure figures[FIGAHEAD_MAX];
	struct figahead_want wants[FIGAHEAD_MAX];
	char bodymap_path[4096];
	size_t count;

	if (!ctx->figures)
		return;
	count = menu_figures(nav, figures, FIGAHEAD_MAX);
	count += navcore_topic_figures(nav, figures + count, FIGAHEAD_MAX - count);
	for (size_t i = 0; i < count; i++)
		wants[i] = (struct figahead_want){
			.path = figures[i].figure->path,
			.max_cols = figures[i].cols, .max_rows = figures[i].rows,
		};
	if (count < FIGAHEAD_MAX &&
	    view_bodymap_ahead(nav, ctx, bodymap_path, sizeof bodymap_path,
			       &wants[count]))
		count++;
	figdraw_ahead(ctx->figures, wants, count);
}
