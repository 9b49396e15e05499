#include "view_questions.h"

#include "i18n.h"
#include "navquestions.h"

#include <stdio.h>

void view_questions_draw(const struct nav *nav, const struct draw_context *ctx)
{
	const struct content_topic *t = nav->topic;
	struct nav_geometry g = navcore_geometry(nav);
	const char *tick = ctx->utf8 ? "[\xE2\x9C\x93]" : "[x]";
	int visible = navquestions_visible(nav);
	size_t ticked = 0;
	char count[256];

	draw_title_bar(t->title, ctx->clinic_name, ctx);
	draw_cut(NAV_STEP_ROW, g.text_left, _("My questions for the appointment"),
		 g.text_width, theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	draw_cut(2, g.text_left, _("Touch the questions you want to ask."),
		 g.text_width, theme_attr(&ctx->theme, ROLE_PAGE_TITLE), ctx);
	for (int i = 0; i < visible; i++) {
		size_t q = nav->questions_top + (size_t)i;
		attr_t attr;
		char line[320];

		if (q >= nav->question_count)
			break;
		attr = q == nav->questions_selected ? theme_attr(&ctx->theme, ROLE_FOCUS)
						    : A_NORMAL;
		snprintf(line, sizeof line, "%s %s", nav->question_ticked[q] ? tick : "[ ]",
			 t->questions.items[q]);
		draw_fill(g.body_top + i, g.text_left, g.text_width, attr);
		draw_cut(g.body_top + i, g.text_left, line, g.text_width, attr, ctx);
	}
	for (size_t q = 0; q < nav->question_count; q++)
		ticked += nav->question_ticked[q];
	snprintf(count, sizeof count,
		 ngettext("%zu ticked. Ask them at your appointment.",
			  "%zu ticked. Ask them at your appointment.", ticked), ticked);
	draw_centred(g.indicator_row, count, NULL, A_NORMAL, ctx);
	draw_buttons(nav, ctx);
	if (ctx->notice)
		draw_notice(nav, ctx->notice, theme_attr(&ctx->theme, ROLE_STRONG), ctx);
	else
		draw_hint(nav, _("Touch a question to tick it. Touch it again to clear it."), ctx);
}
