#include "view_steps.h"

#include "i18n.h"
#include "navsteps.h"

#include <stdio.h>

void view_steps_draw(const struct nav *nav, const struct draw_context *ctx)
{
	const struct content_topic *t = nav->topic;
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	const char *tick = ctx->utf8 ? "[\xE2\x9C\x93]" : "[x]";
	int visible = navsteps_visible(nav);
	char legend[256];
	char title[256];

	draw_title_bar(draw_plain_title(t->title, title, sizeof title),
		       ctx->clinic_name, ctx);
	draw_step_line(nav, ctx);
	draw_cut(2, g.text_left, _("All the steps: touch one to go there"), g.text_width,
		 theme_attr(&ctx->theme, ROLE_PAGE_TITLE), ctx);
	for (int i = 0; i < visible; i++) {
		size_t step = nav->steps_top + (size_t)i;
		bool read = step < nav->section_read_count && nav->section_read[step];
		attr_t attr;
		char line[320];

		if (step >= navsteps_count(nav))
			break;
		attr = step == nav->steps_selected ? theme_attr(&ctx->theme, ROLE_FOCUS)
						   : A_NORMAL;
		if (step == t->section_count)
			snprintf(line, sizeof line, "      %s",
				 _("My questions for the appointment"));
		else
			snprintf(line, sizeof line, "%s %s %zu. %s",
				 step == nav->section ? ">" : " ", read ? tick : "[ ]",
				 step + 1,
				 draw_plain_title(t->sections[step].title, title,
						  sizeof title));
		draw_fill(g.body_top + i, g.text_left, g.text_width, attr);
		draw_cut(g.body_top + i, g.text_left, line, g.text_width, attr, ctx);
	}
	/* TRANSLATORS: the key under the list of steps; %s is a tick box. */
	snprintf(legend, sizeof legend, _("> you are here   %s read"), tick);
	draw_centred(g.indicator_row, legend, NULL, strong, ctx);
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch a step to go there, or Back to the page."), ctx);
}
