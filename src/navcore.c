#include "navcore.h"

#include "handout.h"
#include "i18n.h"
#include "lang.h"
#include "languages.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool navcore_rtl(const struct nav *nav)
{
	return lang_is_rtl(nav->language);
}

static bool is_extra(enum nav_action action)
{
	return action == ACT_LISTEN || action == ACT_TAKE_HOME || action == ACT_PRINT;
}

static bool any_question_ticked(const struct nav *nav)
{
	for (size_t i = 0; i < nav->question_count; i++)
		if (nav->question_ticked[i])
			return true;
	return false;
}

bool navcore_available(const struct nav *nav, enum nav_action action)
{
	bool on_page = nav->screen == NAV_PAGE && nav->topic;
	bool on_questions = nav->screen == NAV_QUESTIONS && nav->topic;

	switch (action) {
	case ACT_LISTEN:
		return nav->cfg.can_listen && (on_page || nav->overlay == OVERLAY_GLOSSARY);
	case ACT_TAKE_HOME:
		return (on_page && nav->handout) || (on_questions && any_question_ticked(nav));
	case ACT_PRINT:
		return (on_page || on_questions) && nav->cfg.can_print;
	case ACT_SEARCH:
	case ACT_A_TO_Z:
		return nav->cfg.search != NULL;
	case ACT_MORE:
		return navcore_available(nav, ACT_LISTEN) ||
		       navcore_available(nav, ACT_TAKE_HOME) ||
		       navcore_available(nav, ACT_PRINT);
	default:
		return true;
	}
}

bool navcore_search_ready(const struct nav *nav)
{
	const struct finder_engine *e = nav->cfg.search;

	return e && e->ready(e->ctx);
}

void navcore_set_topic(struct nav *nav, const struct content_topic *t)
{
	if (t == nav->topic)
		return;
	free(nav->handout);
	nav->handout = t ? handout_address(nav->cfg.handout_url, t) : NULL;
	nav->topic = t;
	/* An untranslated topic's words are explained in its own language. */
	nav->glossary = content_find_glossary(nav->lib, t ? t->language : nav->language);
}

void navcore_translate_topics(const struct nav *nav,
			      const struct content_topic **topics, size_t count)
{
	for (size_t i = 0; i < count; i++)
		topics[i] = navcore_find_topic(nav, topics[i]->id);
}

const struct content_topic *navcore_find_topic(const struct nav *nav,
					       const char *id)
{
	bool untranslated;

	return languages_topic(nav->lib, id, nav->language, nav->cfg.language,
			       &untranslated);
}

/* ---- geometry ---------------------------------------------------------- */

bool navcore_too_small(const struct nav *nav)
{
	return nav->rows < NAV_MIN_ROWS || nav->cols < NAV_MIN_COLS;
}

/* Whether page (NULL: not a page) has treatment choices to show side by
 * side. */
static bool page_has_options(const struct content_page *page)
{
	for (size_t i = 0; page && i < page->block_count; i++)
		if (page->blocks[i].kind == BLOCK_OPTIONS &&
		    page->blocks[i].u.options.count > 1)
			return true;
	return false;
}

/* The geometry of the screen showing page (NULL: a screen that is not a
 * page). */
static struct nav_geometry geometry_for(const struct nav *nav,
					const struct content_page *page)
{
	struct nav_geometry g;
	bool roomy = nav->rows >= NAV_ROOMY_ROWS;
	int width = nav->cols - 4;

	/* Long lines are hard to follow, but a grid of choices is read
	 * column by column: it may use the whole screen. */
	if (width > NAV_MAX_TEXT_WIDTH && !page_has_options(page))
		width = NAV_MAX_TEXT_WIDTH;
	if (width < 10)
		width = 10;
	/* Rows: title bar, progress line, page title, a blank row that says
	 * when there is text above; then the text; then the "more below"
	 * line, the buttons and a hint.  A small screen drops the blank row
	 * and the hint, and its buttons are two rows tall, not three. */
	g.button_rows = roomy ? 3 : 2;
	g.hint_row = roomy ? nav->rows - 1 : -1;
	g.button_row = nav->rows - g.button_rows - (roomy ? 1 : 0);
	g.indicator_row = g.button_row - 1;
	g.body_top = roomy ? 4 : 3;
	g.body_rows = g.indicator_row - g.body_top;
	if (g.body_rows < 1)
		g.body_rows = 1;
	g.text_width = width;
	g.text_left = (nav->cols - width) / 2;
	return g;
}

struct nav_geometry navcore_geometry(const struct nav *nav)
{
	return geometry_for(nav, nav->screen == NAV_PAGE ?
			    navcore_current_page(nav) : NULL);
}

/* The rows a page's picture may take: a line of the page stays in sight
 * above or below it. */
static int figure_rows(const struct nav *nav, const struct nav_geometry *g)
{
	return nav->cfg.pictures ? g->body_rows - 1 : 0;
}

/* Adds to out (count so far, room for max) the figures page shows as
 * pictures at the present screen size; returns the new count. */
static size_t page_figures(const struct nav *nav, const struct content_page *page,
			   struct navcore_figure *out, size_t count, size_t max)
{
	struct nav_geometry g = geometry_for(nav, page);

	for (size_t b = 0; b < page->block_count && count < max; b++) {
		struct navcore_figure *f = &out[count];
		bool beside;

		if (page->blocks[b].kind != BLOCK_FIGURE)
			continue;
		f->figure = &page->blocks[b].u.figure;
		if (layout_figure_size(f->figure, g.text_width, figure_rows(nav, &g),
				       &f->cols, &f->rows, &beside))
			count++;
	}
	return count;
}

size_t navcore_topic_figures(const struct nav *nav,
			     struct navcore_figure *out, size_t max)
{
	const struct content_topic *t = nav->topic;
	size_t count = 0;

	for (size_t s = 0; t && s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			count = page_figures(nav, &t->sections[s].pages[p], out,
					     count, max);
	return count;
}

size_t navcore_opening_figures(const struct nav *nav,
			       const struct content_topic *t,
			       struct navcore_figure *out, size_t max)
{
	if (!t || t->section_count == 0 || t->sections[0].page_count == 0)
		return 0;
	return page_figures(nav, &t->sections[0].pages[0], out, 0, max);
}

/* Whether Next leaves the topic: on the last page once its end has been
 * seen (when nothing comes after it), on "My questions" without a quiz,
 * and on the quiz's result. */
static bool next_finishes(const struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	switch (nav->screen) {
	case NAV_PAGE:
		return navcore_on_last_page(nav) && nav->end_seen &&
		       !navcore_topic_goes_on(nav);
	case NAV_QUESTIONS:
		return t && t->quiz_count == 0;
	case NAV_QUIZ:
		return t && nav->quiz_started && nav->quiz_item >= t->quiz_count;
	default:
		return false;
	}
}

/* Lays buttons out with the labels they have, bracketed ("[ Next > ]") or,
 * when that does not fit, padded with one space; returns the columns
 * left over. */
static int size_buttons(struct nav_button *b, size_t count, int cols, bool bracketed)
{
	int used = 0;

	for (size_t i = 0; i < count; i++) {
		b[i].width = layout_columns(b[i].label, strlen(b[i].label)) +
			     (bracketed ? 4 : 2);
		used += b[i].width;
	}
	return cols - 2 - used;
}

/* When the optional actions do not fit beside the ones that move about,
 * one More button takes their place, where the first of them was: it
 * opens a box listing them (navmore.h), so a touch reaches them all.
 * Returns the count left. */
static size_t fold_into_more(struct nav_button *b, size_t count)
{
	size_t kept = 0;
	bool folded = false;

	for (size_t i = 0; i < count; i++) {
		bool extra = is_extra(b[i].action);

		if (!extra)
			b[kept++].action = b[i].action;
		else if (!folded)
			b[kept++].action = ACT_MORE;
		folded |= extra;
	}
	return kept;
}

/* Labels without their arrows and marks ("Back", "Help"), for a row too
 * tight for the full ones; "Finish" stays as it is. */
static void tighten_labels(struct nav_button *b, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(b[i].label, key_action_label(b[i].action)) == 0)
			b[i].label = key_action_tight_label(b[i].action);
}

/* The actions that get a button: every one that moves about, and the
 * optional ones that are available, when all of them fit the width with
 * a gap between (else a More button for them). */
static size_t choose_buttons(const struct nav *nav, const enum nav_action *actions,
			     size_t count, struct nav_button out[NAV_MAX_BUTTONS])
{
	size_t n = 0;
	int width = 0;

	for (size_t i = 0; i < count; i++) {
		const char *label = key_action_label(actions[i]);

		if (!navcore_available(nav, actions[i]))
			continue;
		out[n++].action = actions[i];
		width += layout_columns(label, strlen(label)) + 3;
	}
	if (width <= nav->cols - 2)
		return n;
	return fold_into_more(out, n);
}

size_t navcore_buttons(const struct nav *nav, struct nav_button out[NAV_MAX_BUTTONS])
{
	static const enum nav_action menu[] = { ACT_BACK, ACT_SEARCH, ACT_HELP, ACT_SELECT };
	static const enum nav_action page[] = {
		ACT_BACK, ACT_HOME, ACT_HELP, ACT_LISTEN, ACT_TAKE_HOME, ACT_PRINT, ACT_NEXT,
	};
	static const enum nav_action steps[] = { ACT_BACK, ACT_HELP, ACT_SELECT };
	static const enum nav_action bodymap[] = { ACT_BACK, ACT_HOME, ACT_HELP };
	static const enum nav_action moves[] = { ACT_BACK, ACT_HOME, ACT_HELP, ACT_NEXT };
	static const enum nav_action search[] = { ACT_BACK, ACT_A_TO_Z, ACT_HOME, ACT_HELP };
	static const enum nav_action questions[] = {
		ACT_BACK, ACT_HOME, ACT_HELP, ACT_TAKE_HOME, ACT_PRINT, ACT_NEXT,
	};
	struct nav_geometry g = navcore_geometry(nav);
	const enum nav_action *actions;
	size_t count;
	int spare, col;

	switch (nav->screen) {
	case NAV_MENU: case NAV_GROUPS: actions = menu; count = 4; break;
	case NAV_PAGE: actions = page; count = 7; break;
	case NAV_STEPS: actions = steps; count = 3; break;
	case NAV_BODYMAP: case NAV_A_TO_Z: actions = bodymap; count = 3; break;
	case NAV_SEARCH: actions = search; count = 4; break;
	case NAV_QUESTIONS: actions = questions; count = 6; break;
	case NAV_QUIZ: actions = moves; count = 4; break;
	default: return 0;
	}
	count = choose_buttons(nav, actions, count, out);
	for (size_t i = 0; i < count; i++) {
		out[i].label = key_action_label(out[i].action);
		/* Finish only once Next would leave the topic. */
		if (out[i].action == ACT_NEXT && next_finishes(nav))
			out[i].label = _("Finish");
		/* The index is built after the menu is up: say so. */
		if (out[i].action == ACT_SEARCH && !navcore_search_ready(nav))
			out[i].label = nav->cols >= 60 ? _("Search: getting ready") : _("Getting ready");
		out[i].row = g.button_row;
		out[i].rows = g.button_rows;
	}
	/* Brackets where there is room for them and a gap of two between
	 * buttons; otherwise plain padded labels, which fit at 40 columns. */
	spare = size_buttons(out, count, nav->cols, true);
	if (spare < 2 * (int)(count - 1))
		spare = size_buttons(out, count, nav->cols, false);
	if (spare < (int)(count - 1)) {
		tighten_labels(out, count);
		spare = size_buttons(out, count, nav->cols, false);
	}
	if (spare < (int)(count - 1))
		spare = (int)(count - 1);
	/* First button at the left edge, last at the right, the rest spread
	 * evenly between; the other way round for a language read from the
	 * right, so Back stays at the start of the row and Next at its end. */
	col = 1;
	for (size_t i = 0; i < count; i++) {
		int gap = spare / (int)(count - 1) + ((int)i < spare % (int)(count - 1));

		out[i].col = col;
		if (navcore_rtl(nav))
			out[i].col = nav->cols - col - out[i].width;
		col += out[i].width + gap;
	}
	return count;
}

int navcore_columns_away(int col, int left, int width)
{
	return col < left ? left - col
	     : col >= left + width ? col - (left + width - 1)
	     : 0;
}

const struct nav_button *navcore_button_at(const struct nav *nav, int row, int col,
					   struct nav_button b[NAV_MAX_BUTTONS])
{
	size_t n = navcore_buttons(nav, b), best = 0;
	int best_distance = -1;

	if (n == 0 || row < b[0].row || row >= b[0].row + b[0].rows)
		return NULL;
	/* A touch in a gap goes to the nearest button. */
	for (size_t i = 0; i < n; i++) {
		int distance = navcore_columns_away(col, b[i].col, b[i].width);

		if (best_distance < 0 || distance < best_distance) {
			best = i;
			best_distance = distance;
		}
	}
	return &b[best];
}

/* ---- pages ------------------------------------------------------------- */

const struct content_page *navcore_current_page(const struct nav *nav)
{
	if ((nav->screen != NAV_PAGE && nav->screen != NAV_STEPS) || !nav->topic)
		return NULL;
	return &nav->topic->sections[nav->section].pages[nav->page];
}

bool navcore_on_last_page(const struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	return t && nav->section + 1 == t->section_count &&
	       nav->page + 1 == t->sections[nav->section].page_count;
}

static int max_scroll(const struct nav *nav)
{
	int extra = (int)nav->layout.line_count - navcore_geometry(nav).body_rows;
	return extra > 0 ? extra : 0;
}

bool navcore_more_below(const struct nav *nav)
{
	return nav->screen == NAV_PAGE && nav->scroll < max_scroll(nav);
}

bool navcore_more_above(const struct nav *nav)
{
	return nav->screen == NAV_PAGE && nav->scroll > 0;
}

long navcore_idle_seconds_left(const struct nav *nav)
{
	long left = nav->idle_since_ms + nav->cfg.idle_countdown_ms - nav->now_ms;
	return left > 0 ? (left + 999) / 1000 : 0;
}

/* Notes what the patient has now seen: the end of the page, and so, on a
 * step's last page, the whole step. */
static void note_seen(struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	if (!t || nav->scroll < max_scroll(nav))
		return;
	nav->end_seen = true;
	if (nav->page + 1 == t->sections[nav->section].page_count &&
	    nav->section < nav->section_read_count)
		nav->section_read[nav->section] = true;
}

void navcore_scroll_by(struct nav *nav, int lines)
{
	nav->scroll += lines;
	if (nav->scroll > max_scroll(nav))
		nav->scroll = max_scroll(nav);
	if (nav->scroll < 0)
		nav->scroll = 0;
	note_seen(nav);
}

static bool term_exists(const void *ctx, const char *term, size_t len)
{
	const struct nav *nav = ctx;
	return content_find_term(nav->glossary, term, len) != NULL;
}

static bool topic_exists(const void *ctx, const char *id)
{
	const struct nav *nav = ctx;
	return navcore_find_topic(nav, id) != NULL;
}

void navcore_relayout(struct nav *nav)
{
	const struct content_page *page = navcore_current_page(nav);
	struct nav_geometry g = navcore_geometry(nav);
	const struct layout_options opt = {
		.bullet = nav->cfg.bullet, .ctx = nav,
		.term_exists = term_exists, .topic_exists = topic_exists,
		.clinic_phone = nav->cfg.clinic_phone,
		.figure_rows = figure_rows(nav, &g),
	};
	bool last = navcore_on_last_page(nav);

	if (!page)
		return;
	layout_page(&nav->layout, page, last ? nav->topic->related : NULL,
		    last ? nav->topic->related_count : 0,
		    g.text_width, &opt);
	/* Once per layout: drawing a frame does no bidi work. */
	if (lang_is_rtl(nav->topic->language))
		layoutrtl_visual(&nav->layout, &nav->rtl_lines);
	navcore_scroll_by(nav, 0);
}

void navcore_show_page(struct nav *nav, size_t section, size_t page)
{
	nav->screen = NAV_PAGE;
	nav->section = section;
	nav->page = page;
	nav->scroll = 0;
	nav->end_seen = false;
	nav->focus = -1;
	navcore_relayout(nav);
}

bool navcore_menu_grouped(const struct nav *nav)
{
	long fit = navcore_geometry(nav).body_rows / NAV_MENU_ITEM_ROWS;

	return nav->group_count > 1 && nav->group_count < nav->menu_all_count &&
	       (long)nav->menu_all_count > (fit < 1 ? 1 : fit);
}

void navcore_choose_group(struct nav *nav, long group)
{
	if (group < 0 || (size_t)group >= nav->group_count) {
		nav->menu = nav->menu_all;
		nav->menu_count = nav->menu_all_count;
		group = -1;
	} else {
		nav->menu = nav->menu_all + nav->groups[group].first;
		nav->menu_count = nav->groups[group].count;
	}
	if (group != nav->menu_group)
		nav->menu_selected = nav->menu_top = 0;
	nav->menu_group = group;
	if (nav->menu_selected >= nav->menu_count)
		nav->menu_selected = nav->menu_count ? nav->menu_count - 1 : 0;
}

/* The menu: the groups first when they are shown, else the topics of the
 * group chosen (a patient back from a topic is where they left). */
void navcore_go_menu(struct nav *nav)
{
	navcore_forget_questions(nav);
	if (!navcore_menu_grouped(nav))
		navcore_choose_group(nav, -1);
	nav->screen = navcore_menu_grouped(nav) && nav->menu_group < 0
		? NAV_GROUPS : NAV_MENU;
	navcore_set_topic(nav, NULL);
	nav->return_count = 0;
	nav->focus = -1;
}

void navcore_forget_read(struct nav *nav)
{
	free(nav->section_read);
	nav->section_read = NULL;
	nav->section_read_count = 0;
	nav->read_topic_id[0] = '\0';
}

/* Opens a topic at its first page.  The steps read stay ticked when the
 * patient comes back to the same topic; topics with no pages cannot exist
 * (the loader requires them), but a guard costs nothing. */
void navcore_open_topic(struct nav *nav, const struct content_topic *t)
{
	if (!t || t->section_count == 0 || t->sections[0].page_count == 0)
		return;
	nav->search.topic_from = NAV_MENU;
	navcore_set_topic(nav, t);
	if (strcmp(t->id, nav->read_topic_id) != 0 ||
	    nav->section_read_count != t->section_count) {
		navcore_forget_read(nav);
		navcore_forget_questions(nav);
		nav->section_read = xcalloc(t->section_count, sizeof *nav->section_read);
		nav->section_read_count = t->section_count;
		snprintf(nav->read_topic_id, sizeof nav->read_topic_id, "%s", t->id);
	}
	navcore_show_page(nav, 0, 0);
}

void navcore_follow_link(struct nav *nav, const char *id, size_t len)
{
	char buf[sizeof nav->returns[0].topic_id];
	const struct content_topic *t;

	if (len >= sizeof buf)
		return;
	memcpy(buf, id, len);
	buf[len] = '\0';
	t = navcore_find_topic(nav, buf);
	if (!t)
		return;
	/* Remember where the patient was, so Back on the linked topic's first
	 * page brings them back here. */
	if (nav->return_count == NAV_RETURN_DEPTH) {
		memmove(nav->returns, nav->returns + 1,
			(NAV_RETURN_DEPTH - 1) * sizeof nav->returns[0]);
		nav->return_count--;
	}
	struct nav_return *r = &nav->returns[nav->return_count++];
	snprintf(r->topic_id, sizeof r->topic_id, "%s", nav->topic->id);
	r->section = nav->section;
	r->page = nav->page;
	navcore_open_topic(nav, t);
}

void navcore_next_page(struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	if (nav->page + 1 < t->sections[nav->section].page_count)
		navcore_show_page(nav, nav->section, nav->page + 1);
	else if (nav->section + 1 < t->section_count)
		navcore_show_page(nav, nav->section + 1, 0);
	else if (t->questions.count)
		navcore_show_questions(nav);
	else if (t->quiz_count)
		navcore_show_quiz(nav);
	else
		navcore_go_menu(nav);
}

bool navcore_topic_goes_on(const struct nav *nav)
{
	return nav->topic && (nav->topic->questions.count || nav->topic->quiz_count);
}

void navcore_show_questions(struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	if (!t || !t->questions.count)
		return;
	if (nav->question_count != t->questions.count) {
		navcore_forget_questions(nav);
		nav->question_ticked = xcalloc(t->questions.count,
					       sizeof *nav->question_ticked);
		nav->question_count = t->questions.count;
	}
	nav->screen = NAV_QUESTIONS;
	nav->focus = -1;
}

void navcore_show_quiz(struct nav *nav)
{
	if (!nav->topic || !nav->topic->quiz_count)
		return;
	nav->screen = NAV_QUIZ;
	nav->focus = -1;
	nav->quiz_started = false;
	nav->quiz_item = 0;
	nav->quiz_answer = -1;
	nav->quiz_right = 0;
}

void navcore_show_last_page(struct nav *nav)
{
	size_t last = nav->topic->section_count - 1;

	navcore_show_page(nav, last, nav->topic->sections[last].page_count - 1);
}

void navcore_forget_questions(struct nav *nav)
{
	free(nav->question_ticked);
	nav->question_ticked = NULL;
	nav->question_count = 0;
	nav->questions_selected = nav->questions_top = 0;
	nav->quiz_started = false;
}

void navcore_previous_page(struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	if (nav->page > 0) {
		navcore_show_page(nav, nav->section, nav->page - 1);
	} else if (nav->section > 0) {
		navcore_show_page(nav, nav->section - 1,
				  t->sections[nav->section - 1].page_count - 1);
	} else if (nav->return_count > 0) {
		struct nav_return r = nav->returns[--nav->return_count];
		const struct content_topic *back =
			navcore_find_topic(nav, r.topic_id);

		if (!back || r.section >= back->section_count ||
		    r.page >= back->sections[r.section].page_count) {
			navcore_go_menu(nav);
			return;
		}
		navcore_open_topic(nav, back);
		navcore_show_page(nav, r.section, r.page);
	} else {
		enum nav_screen from = nav->search.topic_from;

		navcore_go_menu(nav);
		/* Back to the hits or names the topic was chosen from. */
		if (from == NAV_SEARCH || from == NAV_A_TO_Z)
			nav->screen = from;
	}
}

void navcore_select(size_t *selected, size_t *top, long index, size_t count,
		    long visible)
{
	if (count == 0)
		return;
	if (index < 0)
		index = 0;
	if (index >= (long)count)
		index = (long)count - 1;
	*selected = (size_t)index;
	if ((long)*top > index)
		*top = (size_t)index;
	if (index >= (long)*top + visible)
		*top = (size_t)(index - visible + 1);
}

bool navcore_list_action(enum nav_action action, size_t *selected, size_t *top,
			 size_t count, long visible)
{
	long step;

	switch (action) {
	case ACT_SCROLL_DOWN: case ACT_FOCUS_NEXT: step = 1; break;
	case ACT_SCROLL_UP: case ACT_FOCUS_PREV: step = -1; break;
	case ACT_PAGE_DOWN: step = visible; break;
	case ACT_PAGE_UP: step = -visible; break;
	default: return false;
	}
	navcore_select(selected, top, (long)*selected + step, count, visible);
	return true;
}

/* ---- menu -------------------------------------------------------------- */

/* The group of the new groups with the title of old group chosen (the
 * old titles are still alive: the caller frees the old library after),
 * or -1. */
static long same_group(const struct nav *nav, const struct groups_range *old,
		       size_t old_count, long chosen)
{
	const char *title;

	if (chosen < 0 || (size_t)chosen >= old_count)
		return -1;
	title = old[chosen].title;
	for (size_t i = 0; i < nav->group_count; i++)
		if (title ? nav->groups[i].title && !strcmp(title, nav->groups[i].title)
			  : !nav->groups[i].title)
			return (long)i;
	return -1;
}

void navcore_build_menu(struct nav *nav)
{
	struct groups_range *old = nav->groups;
	size_t old_count = nav->group_count;
	long chosen = nav->menu_group, group;

	free(nav->menu_all);
	nav->menu_all_count = groups_arrange(nav->lib, nav->cfg.language,
					     &nav->menu_all, &nav->groups,
					     &nav->group_count);
	navcore_translate_topics(nav, nav->menu_all, nav->menu_all_count);
	group = same_group(nav, old, old_count, chosen);
	free(old);
	/* The same group keeps its highlight; another starts at its top. */
	if (group != chosen)
		nav->menu_selected = nav->menu_top = 0;
	nav->menu_group = group;
	navcore_choose_group(nav, group);
	if (nav->groups_selected >= nav->group_count)
		nav->groups_selected = nav->groups_top = 0;
	nav->glossary = content_find_glossary(nav->lib, nav->topic ? nav->topic->language
							       : nav->language);
}

void navcore_free(struct nav *nav)
{
	free(nav->menu_all);
	free(nav->groups);
	nav->menu_all = NULL;
	nav->groups = NULL;
	navcore_forget_read(nav);
	navcore_set_topic(nav, NULL);
	navcore_forget_questions(nav);
	free(nav->box_text);
	layout_free(&nav->layout);
	layout_free(&nav->box);
	layoutrtl_cache_free(&nav->rtl_lines);
	nav->menu = NULL;
	nav->box_text = NULL;
}
