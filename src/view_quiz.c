#include "view_quiz.h"

#include "i18n.h"
#include "layoutrtl.h"
#include "navquiz.h"

#include <stdio.h>

static void draw_offer(const struct nav *nav, const struct nav_quiz_rows *r,
		       int left, int width, const struct draw_context *ctx)
{
	size_t n = nav->topic->quiz_count;
	char line[256];

	draw_cut(r->question, left, _("Would you like to check what you learned?"),
		 width, theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	snprintf(line, sizeof line,
		 ngettext("%zu question. Touch Next to start, or Home to finish.",
			  "%zu questions. Touch Next to start, or Home to finish.", n), n);
	draw_cut(r->first_answer, left, line, width, A_NORMAL, ctx);
}

static void draw_result(const struct nav *nav, const struct nav_quiz_rows *r,
			int left, int width, const struct draw_context *ctx)
{
	char line[256];

	/* TRANSLATORS: the quiz's score: "You got 2 of 3." */
	snprintf(line, sizeof line, _("You got %zu of %zu."), nav->quiz_right,
		 nav->topic->quiz_count);
	draw_cut(r->question, left, line, width, theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	draw_cut(r->first_answer, left, _("Thank you for checking. You can go back "
		 "to any page to read it again."), width, A_NORMAL, ctx);
}

static void draw_answers(const struct nav *nav, const struct content_quiz_item *q,
			 const struct nav_quiz_rows *r, int left, int width,
			 const struct draw_context *ctx)
{
	for (size_t a = 0; a < q->answers.count; a++) {
		attr_t attr = (int)a == nav->focus ? theme_attr(&ctx->theme, ROLE_FOCUS)
						   : A_NORMAL;
		char line[320];

		snprintf(line, sizeof line, "%zu. %s", a + 1, q->answers.items[a]);
		draw_fill(r->first_answer + (int)a, left, width, attr);
		draw_cut(r->first_answer + (int)a, left, line, width, attr, ctx);
	}
}

static void draw_feedback(const struct nav *nav, const struct content_quiz_item *q,
			  const struct nav_quiz_rows *r, int left, int width,
			  const struct draw_context *ctx)
{
	const struct layout_options opt = { .bullet = "*" };
	const char *page = nav->topic->sections[q->section].pages[q->page].title;
	struct layout why = { 0 };
	char line[400];

	if ((size_t)nav->quiz_answer == q->right)
		snprintf(line, sizeof line, _("Yes, that is right: %s"),
			 q->answers.items[q->right]);
	else
		snprintf(line, sizeof line, _("Not quite. The answer is: %s"),
			 q->answers.items[q->right]);
	draw_cut(r->feedback, left, line, width, theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	layoutrtl_text(&why, q->why, width, &opt);
	draw_layout(&why, r->why, r->why_rows, left, 0, -1, A_NORMAL, ctx);
	layout_free(&why);
	snprintf(line, sizeof line, _("[ Read the page again: %s > ]"), page);
	draw_cut(r->link, left, line, width, theme_attr(&ctx->theme, ROLE_LINK), ctx);
}

void view_quiz_draw(const struct nav *nav, const struct draw_context *ctx)
{
	const struct content_quiz_item *q = navquiz_item(nav);
	struct nav_geometry g = navcore_geometry(nav);
	struct nav_quiz_rows r = navquiz_rows(nav);
	char where[256];

	draw_title_bar(nav->topic->title, ctx->clinic_name, ctx);
	if (q)
		snprintf(where, sizeof where, _("Check what you learned: question %zu of %zu"),
			 nav->quiz_item + 1, nav->topic->quiz_count);
	else
		snprintf(where, sizeof where, "%s", _("Check what you learned"));
	draw_cut(NAV_STEP_ROW, g.text_left, where, g.text_width,
		 theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	if (!nav->quiz_started)
		draw_offer(nav, &r, g.text_left, g.text_width, ctx);
	else if (!q)
		draw_result(nav, &r, g.text_left, g.text_width, ctx);
	else {
		draw_cut(2, g.text_left, q->question, g.text_width,
			 theme_attr(&ctx->theme, ROLE_PAGE_TITLE), ctx);
		if (nav->quiz_answer < 0)
			draw_answers(nav, q, &r, g.text_left, g.text_width, ctx);
		else
			draw_feedback(nav, q, &r, g.text_left, g.text_width, ctx);
	}
	draw_buttons(nav, ctx);
	draw_hint(nav, q && nav->quiz_answer < 0 ? _("Touch an answer, or press its number.")
						 : _("Touch Next to go on."), ctx);
}
