#include "nav.h"

#include "navatoz.h"
#include "navbodymap.h"
#include "navbox.h"
#include "navgroups.h"
#include "navmenu.h"
#include "navmore.h"
#include "navpage.h"
#include "navpin.h"
#include "navquestions.h"
#include "navquiz.h"
#include "navsearch.h"
#include "navsteps.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reset_to_welcome(struct nav *nav)
{
	nav->idle_resets++;
	navbox_close(nav);
	nav->screen = NAV_WELCOME;
	navcore_set_topic(nav, NULL);
	nav->term = NULL;
	nav->return_count = 0;
	navcore_choose_group(nav, -1);
	nav->menu_selected = 0;
	nav->menu_top = 0;
	nav->groups_selected = nav->groups_top = 0;
	nav->scroll = 0;
	nav->focus = -1;
	nav->pin_message = NULL;
	navcore_forget_read(nav);
	navcore_forget_questions(nav);
	navpin_clear(nav);
	navbodymap_clear(nav);
	navsearch_clear(nav);
	navatoz_free(nav);
}

void nav_init(struct nav *nav, const struct nav_config *cfg,
	      const struct content_library *lib, int rows, int cols, long now_ms)
{
	memset(nav, 0, sizeof *nav);
	nav->cfg = *cfg;
	nav->lib = lib;
	nav->rows = rows;
	nav->cols = cols;
	nav->now_ms = nav->last_input_ms = now_ms;
	nav->focus = -1;
	nav->menu_group = -1;
	navbodymap_clear(nav);
	navcore_build_menu(nav);
}

void nav_free(struct nav *nav)
{
	navpin_clear(nav);
	navatoz_free(nav);
	navcore_free(nav);
	memset(nav, 0, sizeof *nav);
}

/* Input of any kind: the patient is there. */
static bool note_input(struct nav *nav, long now_ms)
{
	nav->now_ms = now_ms;
	nav->last_input_ms = now_ms;
	if (nav->overlay == OVERLAY_IDLE) {
		nav->overlay = OVERLAY_NONE;
		return true;	/* the answer to "still there?", nothing more */
	}
	return false;
}

/* An action for the screen under any box. */
static void screen_action(struct nav *nav, enum nav_action action, int digit)
{
	/* Search and A to Z open from the welcome screen, the menu and each
	 * other, when the kiosk has search. */
	bool finding = nav->screen == NAV_WELCOME || nav->screen == NAV_MENU ||
		       nav->screen == NAV_GROUPS || nav->screen == NAV_SEARCH;

	if (finding && action == ACT_SEARCH && nav->screen != NAV_SEARCH &&
	    navcore_available(nav, action)) {
		navsearch_open(nav);
		return;
	}
	if (finding && action == ACT_A_TO_Z && navcore_available(nav, action)) {
		navatoz_open(nav);
		return;
	}
	switch (nav->screen) {
	case NAV_WELCOME:
		if (action == ACT_BODYMAP)
			navbodymap_open(nav);
		else
			navcore_go_menu(nav);
		break;
	case NAV_GROUPS:
		if (action == ACT_HELP)
			navbox_open_help(nav);
		else
			navgroups_action(nav, action, digit);
		break;
	case NAV_BODYMAP:
		navbodymap_action(nav, action, digit);
		break;
	case NAV_MENU:
		if (action == ACT_HELP)
			navbox_open_help(nav);
		else if (action != ACT_BACK || !navgroups_back(nav))
			navmenu_action(nav, action, digit);
		break;
	case NAV_PAGE:
		navpage_action(nav, action, digit);
		break;
	case NAV_STEPS:
		navsteps_action(nav, action, digit);
		break;
	case NAV_QUESTIONS:
	case NAV_QUIZ:
	case NAV_SEARCH:
	case NAV_A_TO_Z:
		/* After the topic and while finding one, Help and Home do what
		 * they do everywhere. */
		if (action == ACT_HELP)
			navbox_open_help(nav);
		else if (action == ACT_HOME)
			navcore_go_menu(nav);
		else if (action == ACT_MORE)
			navmore_open(nav);
		else if (nav->screen == NAV_QUESTIONS)
			navquestions_action(nav, action, digit);
		else if (nav->screen == NAV_QUIZ)
			navquiz_action(nav, action, digit);
		else if (nav->screen == NAV_SEARCH)
			navsearch_action(nav, action, digit);
		else
			navatoz_action(nav, action);
		/* Back from finding to the menu: its groups, when it shows
		 * them. */
		navgroups_fit(nav);
		break;
	}
}

void nav_key(struct nav *nav, int key, long now_ms)
{
	enum nav_action action;

	if (note_input(nav, now_ms) || navcore_too_small(nav))
		return;
	if (nav->overlay == OVERLAY_PIN) {
		navpin_key(nav, key);
		return;
	}
	if (nav->overlay == OVERLAY_STAFF) {
		navpin_staff_key(nav, key);
		return;
	}
	if (nav->overlay == OVERLAY_NONE && nav->screen == NAV_BODYMAP &&
	    navbodymap_key(nav, key))
		return;
	/* Letters type on the search screen and jump on the A to Z list,
	 * whatever they do elsewhere. */
	if (nav->overlay == OVERLAY_NONE &&
	    ((nav->screen == NAV_SEARCH && navsearch_key(nav, key)) ||
	     (nav->screen == NAV_A_TO_Z && navatoz_key(nav, key))))
		return;
	/* The arrows follow the reading direction: in a language read from
	 * the right, Left moves on and Right goes back. */
	if (navcore_rtl(nav) && (key == KEYC_LEFT || key == KEYC_RIGHT))
		key = key == KEYC_LEFT ? KEYC_RIGHT : KEYC_LEFT;
	action = key_action(key);
	if (nav->overlay == OVERLAY_MORE) {
		screen_action(nav, navmore_action(nav, action, key - '0'), 0);
		return;
	}
	if (nav->overlay != OVERLAY_NONE) {
		/* A key scrolls a box or closes it; it does nothing else, so a
		 * patient cannot lose their place by accident.  A glossary
		 * word can be listened to. */
		if (action == ACT_LISTEN && nav->overlay == OVERLAY_GLOSSARY &&
		    navcore_available(nav, action))
			nav->request = ACT_LISTEN;
		else
			navbox_action(nav, action);
		return;
	}
	if (action == ACT_QUIT) {
		if (!nav->cfg.lock)
			nav->quit = true;
		return;
	}
	if (action == ACT_STAFF) {
		navpin_open(nav);
		return;
	}
	screen_action(nav, action, key - '0');
}

void nav_click(struct nav *nav, int row, int col, long now_ms)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	const struct nav_button *button;

	if (note_input(nav, now_ms) || navcore_too_small(nav))
		return;
	if (nav->overlay == OVERLAY_PIN || nav->overlay == OVERLAY_STAFF)
		return;
	if (nav->overlay == OVERLAY_MORE) {
		screen_action(nav, navmore_click(nav, row, col), 0);
		return;
	}
	if (nav->overlay != OVERLAY_NONE) {
		navbox_click(nav, row);
		return;
	}
	button = navcore_button_at(nav, row, col, b);
	if (button)
		screen_action(nav, button->action, 0);
	else if (nav->screen == NAV_WELCOME)
		screen_action(nav, row == navbodymap_welcome_row(nav) ? ACT_BODYMAP :
			      row == navsearch_welcome_row(nav) ? ACT_SEARCH : ACT_SELECT, 0);
	else if (nav->screen == NAV_SEARCH)
		navsearch_click(nav, row, col);
	else if (nav->screen == NAV_A_TO_Z)
		navatoz_click(nav, row, col);
	else if (nav->screen == NAV_BODYMAP)
		navbodymap_click(nav, row, col);
	else if (nav->screen == NAV_MENU)
		navmenu_click(nav, row);
	else if (nav->screen == NAV_GROUPS)
		navgroups_click(nav, row);
	else if (nav->screen == NAV_STEPS)
		navsteps_click(nav, row);
	else if (nav->screen == NAV_QUESTIONS)
		navquestions_click(nav, row);
	else if (nav->screen == NAV_QUIZ)
		navquiz_click(nav, row);
	else
		navpage_click(nav, row, col);
}

void nav_tick(struct nav *nav, long now_ms)
{
	nav->now_ms = now_ms;
	navsearch_refresh(nav, false);
	if (nav->overlay == OVERLAY_IDLE) {
		if (now_ms - nav->idle_since_ms >= nav->cfg.idle_countdown_ms)
			reset_to_welcome(nav);
		return;
	}
	if ((nav->screen != NAV_WELCOME || nav->overlay != OVERLAY_NONE) &&
	    now_ms - nav->last_input_ms >= nav->cfg.idle_timeout_ms) {
		navpin_clear(nav);
		navbox_close(nav);
		nav->overlay = OVERLAY_IDLE;
		nav->idle_since_ms = now_ms;
	}
}

void nav_resize(struct nav *nav, int rows, int cols)
{
	size_t old_lines = nav->layout.line_count, top = (size_t)nav->scroll;
	bool end_seen = nav->end_seen;

	nav->rows = rows;
	nav->cols = cols;
	navcore_relayout(nav);
	/* Re-wrapping moves every line: keep the patient at the same
	 * fraction of the page. */
	if (old_lines)
		nav->scroll = (int)(top * nav->layout.line_count / old_lines);
	navcore_scroll_by(nav, 0);
	nav->end_seen |= end_seen;
	navbox_relayout(nav);
	navmenu_select(nav, (long)nav->menu_selected);
	navgroups_fit(nav);
	navsearch_resize(nav);
	if (nav->screen == NAV_STEPS)
		navsteps_open(nav);
}

bool nav_open_topic(struct nav *nav, const char *id)
{
	const struct content_topic *t = content_find_topic(nav->lib, id, nav->cfg.language);

	if (!t)
		return false;
	navcore_open_topic(nav, t);
	return true;
}

/* True when section i of t is the section was (same kind and title). */
static bool same_section(const struct content_topic *t, size_t i,
			 const struct content_section *was)
{
	return i < t->section_count && t->sections[i].kind == was->kind &&
	       strcmp(t->sections[i].title, was->title) == 0;
}

/* New content while on "My questions" or the quiz: the same screen of
 * the new version, the ticks kept while the questions are the same in
 * number, and the quiz started again if it changed; the topic's start
 * when the screen is gone. */
static void after_topic_with(struct nav *nav, const struct content_topic *t)
{
	bool quiz_same = nav->topic->quiz_count == t->quiz_count;

	navcore_set_topic(nav, t);
	if (nav->question_count != t->questions.count) {
		free(nav->question_ticked);
		nav->question_ticked = NULL;
		nav->question_count = 0;
		nav->questions_selected = nav->questions_top = 0;
	}
	if (nav->screen == NAV_QUESTIONS && t->questions.count)
		navcore_show_questions(nav);
	else if (nav->screen == NAV_QUIZ && t->quiz_count && !quiz_same)
		navcore_show_quiz(nav);
	else if (!(nav->screen == NAV_QUIZ && t->quiz_count))
		navcore_open_topic(nav, t);
}

void nav_set_library(struct nav *nav, const struct content_library *lib)
{
	char id[sizeof nav->returns[0].topic_id] = "";
	const struct content_topic *t;
	/* The old topic is still alive here: the caller frees it after. */
	const struct content_section *was = nav->topic && nav->screen == NAV_PAGE ?
		&nav->topic->sections[nav->section] : NULL;

	if (nav->topic)
		snprintf(id, sizeof id, "%s", nav->topic->id);
	nav->lib = lib;
	navcore_build_menu(nav);
	navgroups_fit(nav);
	navatoz_rebuild(nav);
	navsearch_refresh(nav, true);
	nav->term = NULL;
	nav->option = NULL;
	nav->row_block = NULL;
	if (nav->overlay == OVERLAY_GLOSSARY || nav->overlay == OVERLAY_OPTION ||
	    nav->overlay == OVERLAY_ROW || nav->overlay == OVERLAY_MORE)
		navbox_close(nav);
	if (nav->screen != NAV_PAGE && nav->screen != NAV_STEPS &&
	    nav->screen != NAV_QUESTIONS && nav->screen != NAV_QUIZ)
		return;
	t = content_find_topic(lib, id, nav->cfg.language);
	if (!t) {
		navcore_go_menu(nav);
		return;
	}
	if (nav->screen == NAV_QUESTIONS || nav->screen == NAV_QUIZ) {
		after_topic_with(nav, t);
		return;
	}
	/* Steps added or taken away, or the one being read replaced by
	 * another: back to the topic's start, not into whatever took its
	 * place. */
	if (t->section_count != nav->section_read_count ||
	    (was && !same_section(t, nav->section, was))) {
		navcore_open_topic(nav, t);
		return;
	}
	navcore_set_topic(nav, t);
	if (nav->section >= t->section_count ||
	    nav->page >= t->sections[nav->section].page_count) {
		navcore_show_page(nav, 0, 0);
		return;
	}
	navcore_relayout(nav);
	nav->focus = -1;
}
