#include "view_bodymap.h"

#include "bodymap.h"
#include "figdraw.h"
#include "i18n.h"
#include "navbodymap.h"

#include <stdio.h>

enum { TOPICS_SHOWN = 9 };

static bool region_has_topics(const struct nav *nav, enum content_body_region r)
{
	return bodymap_topics(nav->lib, nav->cfg.language, r, NULL, 0) > 0;
}

/* Adds attr to every cell of a rectangle of the picture, keeping its
 * characters and colours. */
static void add_attr(int y, int x, int rows, int cols, attr_t attr)
{
	for (int r = y; r < y + rows; r++)
		for (int c = x; c < x + cols; c++) {
			cchar_t cell;
			wchar_t wch[CCHARW_MAX + 1];
			attr_t attrs;
			short pair;

			if (mvin_wch(r, c, &cell) == ERR ||
			    getcchar(&cell, wch, &attrs, &pair, NULL) == ERR)
				continue;
			setcchar(&cell, wch, attrs | attr, pair, NULL);
			mvadd_wch(r, c, &cell);
		}
}

static void picture_path(const struct draw_context *ctx, char *path, size_t size)
{
	snprintf(path, size, "%s/figures/%s",
		 ctx->content_dir ? ctx->content_dir : "content", BODYMAP_PICTURE);
}

bool view_bodymap_ahead(const struct nav *nav, const struct draw_context *ctx,
			char *path, size_t size, struct figahead_want *want)
{
	int y, x;

	if (nav->screen != NAV_WELCOME || !navbodymap_pictures(nav))
		return false;
	picture_path(ctx, path, size);
	*want = (struct figahead_want){ .path = path };
	navbodymap_picture_area(nav, &y, &x, &want->max_rows, &want->max_cols);
	return true;
}

/* The picture with each spot faint (no topics) or reversed (highlighted);
 * false when it cannot be drawn. */
static bool draw_picture(const struct nav *nav, const struct draw_context *ctx)
{
	char path[4096];
	struct content_figure fig = { .image = BODYMAP_PICTURE, .path = path,
				      .usable = true,
				      .width = NAVBODYMAP_PICTURE_WIDTH,
				      .height = NAVBODYMAP_PICTURE_HEIGHT,
				      .alt = _("Body outlines, front and back") };
	struct figdraw_placed placed;
	struct figdraw_area area;
	int y, x, rows, cols;
	size_t count;
	const struct bodymap_spot *spots = bodymap_spots(&count);

	navbodymap_picture_area(nav, &y, &x, &rows, &cols);
	picture_path(ctx, path, sizeof path);
	area = (struct figdraw_area){ .y = y, .x = x, .rows = rows, .cols = cols,
				      .first_row = y, .last_row = y + rows - 1 };
	if (!ctx->figures || rows == 0 ||
	    !figdraw_picture(ctx->figures, stdscr, &fig, &area, 0, &placed))
		return false;
	draw_mark_drawn(placed.y, placed.x, placed.rows, placed.cols);
	for (size_t i = 0; i < count; i++) {
		int top = placed.y + (int)(spots[i].y * placed.rows);
		int left = placed.x + (int)(spots[i].x * placed.cols);
		int bottom = placed.y + (int)((spots[i].y + spots[i].h) * placed.rows);
		int right = placed.x + (int)((spots[i].x + spots[i].w) * placed.cols);

		if (!region_has_topics(nav, spots[i].region))
			add_attr(top, left, bottom - top, right - left, A_DIM);
		if ((int)i == nav->bodymap_spot)
			add_attr(top, left, bottom - top, right - left, A_REVERSE);
	}
	return true;
}

/* One row of a list, highlighted when it is the selected one. */
static void draw_row(int row, const char *text, bool selected, bool faint,
		     const struct draw_context *ctx, const struct nav_geometry *g)
{
	attr_t attr = selected ? theme_attr(&ctx->theme, ROLE_FOCUS)
		      : faint ? A_DIM : A_NORMAL;

	draw_fill(row, g->text_left, g->text_width, attr);
	draw_cut(row, g->text_left, text, g->text_width, attr, ctx);
}

static void draw_regions(const struct nav *nav, const struct draw_context *ctx,
			 const struct nav_geometry *g, int top)
{
	for (int r = 0; r < REGION_COUNT && r < g->body_rows - 2; r++) {
		bool has = region_has_topics(nav, (enum content_body_region)r);
		char line[256];

		snprintf(line, sizeof line, has ? "%d. %s" : _("%d. %s (no topics yet)"),
			 r + 1, _(content_body_region_name((enum content_body_region)r)));
		draw_row(top + r, line, r == nav->bodymap_spot, !has, ctx, g);
	}
}

static void draw_topics(const struct nav *nav, const struct draw_context *ctx,
			const struct nav_geometry *g, int top)
{
	const struct content_topic *topics[TOPICS_SHOWN];
	size_t count = navbodymap_topics(nav, topics, TOPICS_SHOWN);
	char title[256];

	for (size_t i = 0; i < count && i < TOPICS_SHOWN &&
	     (int)i < g->body_rows - 2; i++) {
		char line[300];

		snprintf(line, sizeof line, "%zu. %s", i + 1,
			 draw_plain_title(topics[i]->title, title, sizeof title));
		draw_row(top + (int)i, line, i == nav->bodymap_topic, false, ctx, g);
	}
}

void view_bodymap_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	attr_t heading = theme_attr(&ctx->theme, ROLE_PAGE_TITLE);
	int top = g.body_top + 1;
	char line[320];

	draw_title_bar(_("Where is your pain?"), ctx->clinic_name, ctx);
	if (nav->bodymap_region >= 0) {
		/* TRANSLATORS: %s is a part of the body, such as "knee". */
		snprintf(line, sizeof line, _("Topics for the %s: touch one to read it"),
			 _(content_body_region_name((enum content_body_region)nav->bodymap_region)));
		draw_cut(g.body_top, g.text_left, line, g.text_width, heading, ctx);
		draw_topics(nav, ctx, &g, top);
	} else {
		draw_cut(g.body_top, g.text_left,
			 navbodymap_pictures(nav) ? _("Front and back: touch where it hurts")
						  : _("Choose where it hurts: press its number"),
			 g.text_width, heading, ctx);
		if (!navbodymap_pictures(nav) || !draw_picture(nav, ctx))
			draw_regions(nav, ctx, &g, top);
	}
	if (nav->bodymap_empty >= 0) {
		/* TRANSLATORS: %s is a part of the body, such as "knee". */
		snprintf(line, sizeof line, _("No topics for the %s yet. Please ask at reception."),
			 _(content_body_region_name((enum content_body_region)nav->bodymap_empty)));
		draw_cut(g.body_top + g.body_rows - 1, g.text_left, line, g.text_width,
			 theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	}
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch a place, or use the arrows and Enter."), ctx);
}
