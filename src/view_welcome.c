#include "view_welcome.h"

#include "i18n.h"
#include "navbodymap.h"
#include "navlang.h"
#include "navsearch.h"

#include <stdio.h>
#include <string.h>

enum { WELCOME_TEXTS = 4 };

/* One language of the list: a button-like block, ticked when it is the
 * language in force, highlighted when the keys are on it. */
static void draw_language(const struct nav *nav, const struct navlang_cell *c,
			  bool focused, const struct draw_context *ctx)
{
	attr_t attr = theme_attr(&ctx->theme, focused ? ROLE_FOCUS : ROLE_BUTTON);

	draw_fill(c->row, c->col, c->width, attr);
	if (strcmp(c->code, nav->language) == 0)
		draw_str(c->row, c->col, ctx->utf8 ? "\xE2\x9C\x93" : "*", 1, attr, ctx);
	draw_str(c->row, c->col + NAVLANG_MARK_COLS, c->label,
		 c->width - NAVLANG_MARK_COLS - 1, attr, ctx);
}

/* Rows s takes wrapped as draw_wrapped wraps it. */
static int wrapped_rows(const char *s)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*" };
	int rows;

	layout_text(&l, s, COLS > 12 ? COLS - 2 : 10, &opt);
	rows = (int)l.line_count;
	layout_free(&l);
	return rows;
}

struct welcome_text {
	const char *text;
	attr_t attr;
	int rows;
};

/* The texts between the language list and the body map's row, centred
 * in them.  When they do not all fit, first the blank rows between them
 * go, then the clinic's name (t[0]) keeps one row, cut, then it goes too:
 * the title bar shows it. */
static void draw_texts(int top, int bottom, struct welcome_text *t, size_t count,
		       const struct draw_context *ctx)
{
	int room = bottom - top, total = 0, gap = 1, row;
	size_t first = 0;

	for (size_t i = 0; i < count; i++) {
		t[i].rows = wrapped_rows(t[i].text);
		total += t[i].rows;
	}
	if (total + (int)count - 1 > room)
		gap = 0;
	if (total > room) {
		total -= t[0].rows - 1;
		t[0].rows = 1;
	}
	if (total > room) {
		total -= t[0].rows;
		first = 1;
	}
	total += gap * (int)(count - first - 1);
	row = top + (total < room ? (room - total) / 2 : 0);
	for (size_t i = first; i < count && row < bottom; i++) {
		int rows = t[i].rows < bottom - row ? t[i].rows : bottom - row;

		row += draw_wrapped(row, rows, t[i].text, t[i].attr, ctx) + gap;
	}
}

/* The first row below the welcome text that the ways into the topics use:
 * the body map's line, or the Search button's when it is above that. */
static int text_bottom(const struct nav *nav)
{
	int bottom = navbodymap_welcome_row(nav);

	if (navcore_available(nav, ACT_SEARCH) && navsearch_welcome_row(nav) < bottom)
		bottom = navsearch_welcome_row(nav);
	return bottom;
}

void view_welcome_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct navlang_cell cells[NAVLANG_MAX];
	size_t languages = navlang_cells(nav, cells);
	char phone[256];
	struct welcome_text texts[WELCOME_TEXTS] = {
		{ ctx->clinic_name, theme_attr(&ctx->theme, ROLE_STRONG), 0 },
		{ _("Information about your condition and treatment"), A_NORMAL, 0 },
		{ _("Press any key or touch the screen to start"),
		  theme_attr(&ctx->theme, ROLE_BUTTON), 0 },
		{ phone, A_NORMAL, 0 },
	};
	size_t count = WELCOME_TEXTS;

	draw_title_bar(ctx->clinic_name, NULL, ctx);
	for (size_t i = 0; i < languages; i++)
		draw_language(nav, &cells[i], nav->focus == (int)i, ctx);
	if (ctx->clinic_phone && *ctx->clinic_phone)
		snprintf(phone, sizeof phone, _("Clinic phone: %s"), ctx->clinic_phone);
	else
		count--;
	draw_texts(navlang_end_row(nav), text_bottom(nav), texts, count, ctx);
	if (navcore_available(nav, ACT_SEARCH))
		draw_centred(navsearch_welcome_row(nav),
			     navcore_search_ready(nav) ? _("[ Search for a topic: press / ]")
						       : _("[ Search: getting ready ]"),
			     navcore_search_ready(nav) ? _("[ Search: / ]") : _("[ Getting ready ]"),
			     theme_attr(&ctx->theme, ROLE_BUTTON), ctx);
	/* TRANSLATORS: W is the key: keep it. */
	draw_centred(navbodymap_welcome_row(nav), _("[ Where is your pain? Press W ]"),
		     _("[ Where is your pain? ]"), theme_attr(&ctx->theme, ROLE_BUTTON), ctx);
}
