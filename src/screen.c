#include "screen.h"

#include "i18n.h"
#include "view_bodymap.h"
#include "view_box.h"
#include "view_groups.h"
#include "view_menu.h"
#include "view_more.h"
#include "view_page.h"
#include "view_prompt.h"
#include "view_questions.h"
#include "view_quiz.h"
#include "view_search.h"
#include "view_staff.h"
#include "view_steps.h"
#include "view_takehome.h"
#include "view_welcome.h"

static void draw_too_small(const struct draw_context *ctx)
{
	draw_wrapped(LINES / 2, LINES, _("Please make the window larger"),
		     theme_attr(&ctx->theme, ROLE_STRONG), ctx);
}

void screen_draw(const struct nav *nav, const struct draw_context *ctx)
{
	draw_begin_frame();
	if (navcore_too_small(nav)) {
		draw_too_small(ctx);
		draw_end_frame();
		return;
	}
	if (nav->overlay == OVERLAY_TAKE_HOME) {
		view_takehome_draw(nav, ctx);	/* the whole screen */
		draw_end_frame();
		return;
	}
	switch (nav->screen) {
	case NAV_WELCOME:
		view_welcome_draw(nav, ctx);
		break;
	case NAV_MENU:
		view_menu_draw(nav, ctx);
		break;
	case NAV_GROUPS:
		view_groups_draw(nav, ctx);
		break;
	case NAV_PAGE:
		view_page_draw(nav, ctx);
		break;
	case NAV_STEPS:
		view_steps_draw(nav, ctx);
		break;
	case NAV_QUESTIONS:
		view_questions_draw(nav, ctx);
		break;
	case NAV_QUIZ:
		view_quiz_draw(nav, ctx);
		break;
	case NAV_BODYMAP:
		view_bodymap_draw(nav, ctx);
		break;
	case NAV_SEARCH:
		view_search_draw(nav, ctx);
		break;
	case NAV_A_TO_Z:
		view_search_a_to_z_draw(nav, ctx);
		break;
	}
	switch (nav->overlay) {
	case OVERLAY_GLOSSARY:
	case OVERLAY_HELP:
	case OVERLAY_OPTION:
	case OVERLAY_ROW:
		view_box_draw(nav, ctx);
		break;
	case OVERLAY_MORE:
		view_more_draw(nav, ctx);
		break;
	case OVERLAY_IDLE:
		view_prompt_idle(nav, ctx);
		break;
	case OVERLAY_PIN:
		view_prompt_pin(nav, ctx);
		break;
	case OVERLAY_STAFF:
		view_staff_draw(nav, ctx);
		break;
	case OVERLAY_TAKE_HOME:
		break;
	case OVERLAY_NONE:
		break;
	}
	draw_end_frame();
}
