#include "view_figure.h"

#include "figdraw.h"
#include "i18n.h"
#include "navbodymap.h"
#include "navsearch.h"
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

static const struct content_topic *menu_topic(const struct nav *nav, size_t i)
{
	return nav->menu[i];
}

static const struct content_topic *a_to_z_topic(const struct nav *nav, size_t i)
{
	return nav->search.a_to_z[i].topic;
}

/* Adds t to out (n so far) unless it is NULL or there; returns the new n. */
static size_t add_topic(const struct content_topic **out, size_t n,
			const struct content_topic *t)
{
	for (size_t j = 0; j < n; j++)
		if (out[j] == t)
			return n;
	if (t)
		out[n++] = t;
	return n;
}

/* The topics a list of count entries offers (topic_at gives entry i's),
 * the highlighted entry's first, then the others from the top of the
 * screen, each once, at most max; returns how many. */
static size_t from_list(const struct nav *nav,
			const struct content_topic *(*topic_at)(const struct nav *, size_t),
			size_t count, size_t selected, size_t top,
			const struct content_topic **out, size_t max)
{
	/* No more entries than the screen has rows can be on it. */
	size_t last = top + (size_t)(nav->rows > 0 ? nav->rows : 0), n = 0;

	if (max == 0)
		return 0;
	if (selected < count)
		n = add_topic(out, n, topic_at(nav, selected));
	for (size_t i = top; i < count && i < last && n < max; i++)
		n = add_topic(out, n, topic_at(nav, i));
	return n;
}

/* The topics the screen lists to be opened (the menu, A to Z, the search's
 * hits, as from_list gives them; a body map region's topics). */
static size_t listed_topics(const struct nav *nav,
			    const struct content_topic **out, size_t max)
{
	switch (nav->screen) {
	case NAV_MENU:
		return from_list(nav, menu_topic, nav->menu_count,
				 nav->menu_selected, nav->menu_top, out, max);
	case NAV_A_TO_Z:
		return from_list(nav, a_to_z_topic, nav->search.a_to_z_count,
				 nav->search.a_to_z_selected, nav->search.a_to_z_top,
				 out, max);
	case NAV_SEARCH:
		return from_list(nav, navsearch_hit_topic, nav->search.hit_count,
				 nav->search.selected, nav->search.top, out, max);
	case NAV_BODYMAP: {
		/* A region lists a few topics: all of them, in order. */
		size_t n = navbodymap_topics(nav, out, max);

		return n < max ? n : max;
	}
	default:
		return 0;
	}
}

/* The figures on the pages the listed topics open at, so a topic opened
 * from a list shows its first page's picture at once. */
static size_t listed_figures(const struct nav *nav, struct navcore_figure *out,
			     size_t max)
{
	const struct content_topic *topics[FIGAHEAD_MAX];
	size_t count = 0, n = listed_topics(nav, topics, FIGAHEAD_MAX);

	for (size_t i = 0; i < n && count < max; i++)
		count += navcore_opening_figures(nav, topics[i], out + count,
						 max - count);
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
	count = listed_figures(nav, figures, FIGAHEAD_MAX);
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
