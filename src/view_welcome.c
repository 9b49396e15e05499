#include "view_welcome.h"

#include "i18n.h"
#include "navbodymap.h"
#include "navsearch.h"

#include <stdio.h>

void view_welcome_draw(const struct nav *nav, const struct draw_context *ctx)
{
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	int row = nav->rows / 2 - 4;

	if (row < 2)
		row = 2;
	draw_title_bar(ctx->clinic_name, NULL, ctx);
	row += draw_wrapped(row, 2, ctx->clinic_name, strong, ctx) + 1;
	row += draw_wrapped(row, 2, _("Information about your condition and treatment"),
			    A_NORMAL, ctx) + 1;
	row += draw_wrapped(row, 2, _("Press any key or touch the screen to start"),
			    theme_attr(&ctx->theme, ROLE_BUTTON), ctx) + 1;
	if (ctx->clinic_phone && *ctx->clinic_phone) {
		char phone[256];

		snprintf(phone, sizeof phone, _("Clinic phone: %s"), ctx->clinic_phone);
		draw_wrapped(row, 2, phone, A_NORMAL, ctx);
	}
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
