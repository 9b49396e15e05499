#include "nav.h"

#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- geometry ---------------------------------------------------------- */

bool nav_too_small(const struct nav *nav)
{
	return nav->rows < NAV_MIN_ROWS || nav->cols < NAV_MIN_COLS;
}

struct nav_geometry nav_geometry(const struct nav *nav)
{
	struct nav_geometry g;
	int width = nav->cols - 4;

	if (width > NAV_MAX_TEXT_WIDTH)
		width = NAV_MAX_TEXT_WIDTH;
	if (width < 10)
		width = 10;
	/* Rows: title bar, progress line, page title, blank; then the text;
	 * then the "more below" line, the buttons and a hint. */
	g.body_top = 4;
	g.body_rows = nav->rows - 7;
	if (g.body_rows < 1)
		g.body_rows = 1;
	g.text_width = width;
	g.text_left = (nav->cols - width) / 2;
	g.indicator_row = nav->rows - 3;
	g.button_row = nav->rows - 2;
	g.hint_row = nav->rows - 1;
	return g;
}

size_t nav_buttons(const struct nav *nav, struct nav_button out[NAV_MAX_BUTTONS])
{
	static const enum nav_action menu[] = { ACT_BACK, ACT_HELP, ACT_SELECT };
	static const enum nav_action page[] = { ACT_BACK, ACT_HOME, ACT_HELP, ACT_NEXT };
	const enum nav_action *actions;
	size_t count;
	int row = nav_geometry(nav).button_row, used = 0, gap, col;

	if (nav->screen == NAV_MENU) {
		actions = menu;
		count = 3;
	} else if (nav->screen == NAV_PAGE) {
		actions = page;
		count = 4;
	} else {
		return 0;
	}
	for (size_t i = 0; i < count; i++) {
		out[i].action = actions[i];
		out[i].label = key_action_label(actions[i]);
		if (actions[i] == ACT_NEXT && nav_on_last_page(nav))
			out[i].label = "Finish";
		out[i].width = layout_columns(out[i].label, strlen(out[i].label)) + 4;
		out[i].row = row;
		used += out[i].width;
	}
	/* First button at the left edge, last at the right, the rest spread
	 * evenly between. */
	gap = (nav->cols - 2 - used) / (int)(count - 1);
	if (gap < 1)
		gap = 1;
	col = 1;
	for (size_t i = 0; i < count; i++) {
		out[i].col = col;
		col += out[i].width + gap;
	}
	out[count - 1].col = nav->cols - 1 - out[count - 1].width;
	return count;
}

int nav_menu_visible(const struct nav *nav)
{
	int n = nav_geometry(nav).body_rows / NAV_MENU_ITEM_ROWS;
	return n < 1 ? 1 : n;
}

/* ---- pages ------------------------------------------------------------- */

const struct content_page *nav_current_page(const struct nav *nav)
{
	if (nav->screen != NAV_PAGE || !nav->topic)
		return NULL;
	return &nav->topic->sections[nav->section].pages[nav->page];
}

bool nav_on_last_page(const struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	return t && nav->section + 1 == t->section_count &&
	       nav->page + 1 == t->sections[nav->section].page_count;
}

static int max_scroll(const struct nav *nav)
{
	int extra = (int)nav->layout.line_count - nav_geometry(nav).body_rows;
	return extra > 0 ? extra : 0;
}

bool nav_more_below(const struct nav *nav)
{
	return nav->screen == NAV_PAGE && nav->scroll < max_scroll(nav);
}

static bool term_exists(const void *ctx, const char *term, size_t len)
{
	const struct nav *nav = ctx;
	return content_find_term(nav->glossary, term, len) != NULL;
}

static bool topic_exists(const void *ctx, const char *id)
{
	const struct nav *nav = ctx;
	return content_find_topic(nav->lib, id, nav->cfg.language) != NULL;
}

static void relayout(struct nav *nav)
{
	const struct content_page *page = nav_current_page(nav);
	const struct layout_options opt = {
		.bullet = nav->cfg.bullet, .ctx = nav,
		.term_exists = term_exists, .topic_exists = topic_exists,
	};
	bool last = nav_on_last_page(nav);

	if (!page)
		return;
	layout_page(&nav->layout, page, last ? nav->topic->related : NULL,
		    last ? nav->topic->related_count : 0,
		    nav_geometry(nav).text_width, &opt);
	if (nav->scroll > max_scroll(nav))
		nav->scroll = max_scroll(nav);
}

static void show_page(struct nav *nav, size_t section, size_t page)
{
	nav->screen = NAV_PAGE;
	nav->section = section;
	nav->page = page;
	nav->scroll = 0;
	nav->focus = -1;
	relayout(nav);
}

static void go_menu(struct nav *nav)
{
	nav->screen = NAV_MENU;
	nav->topic = NULL;
	nav->return_count = 0;
	nav->focus = -1;
}

/* Opens a topic at its first page; topics with no pages cannot exist (the
 * loader requires them), but a guard costs nothing. */
static void open_topic(struct nav *nav, const struct content_topic *t)
{
	if (!t || t->section_count == 0 || t->sections[0].page_count == 0)
		return;
	nav->topic = t;
	show_page(nav, 0, 0);
}

bool nav_open_topic(struct nav *nav, const char *id)
{
	const struct content_topic *t = content_find_topic(nav->lib, id, nav->cfg.language);

	if (!t)
		return false;
	open_topic(nav, t);
	return true;
}

static void follow_link(struct nav *nav, const char *id, size_t len)
{
	char buf[sizeof nav->returns[0].topic_id];
	const struct content_topic *t;

	if (len >= sizeof buf)
		return;
	memcpy(buf, id, len);
	buf[len] = '\0';
	t = content_find_topic(nav->lib, buf, nav->cfg.language);
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
	open_topic(nav, t);
}

static void next_page(struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	if (nav->page + 1 < t->sections[nav->section].page_count)
		show_page(nav, nav->section, nav->page + 1);
	else if (nav->section + 1 < t->section_count)
		show_page(nav, nav->section + 1, 0);
	else
		go_menu(nav);
}

static void previous_page(struct nav *nav)
{
	const struct content_topic *t = nav->topic;

	if (nav->page > 0) {
		show_page(nav, nav->section, nav->page - 1);
	} else if (nav->section > 0) {
		show_page(nav, nav->section - 1,
			  t->sections[nav->section - 1].page_count - 1);
	} else if (nav->return_count > 0) {
		struct nav_return r = nav->returns[--nav->return_count];
		const struct content_topic *back =
			content_find_topic(nav->lib, r.topic_id, nav->cfg.language);

		if (!back || r.section >= back->section_count ||
		    r.page >= back->sections[r.section].page_count) {
			go_menu(nav);
			return;
		}
		nav->topic = back;
		show_page(nav, r.section, r.page);
	} else {
		go_menu(nav);
	}
}

static void scroll_by(struct nav *nav, int lines)
{
	nav->scroll += lines;
	if (nav->scroll > max_scroll(nav))
		nav->scroll = max_scroll(nav);
	if (nav->scroll < 0)
		nav->scroll = 0;
}

/* ---- menu -------------------------------------------------------------- */

static void build_menu(struct nav *nav)
{
	size_t n = 0;

	free(nav->menu);
	nav->menu = NULL;
	nav->menu_count = 0;
	for (size_t i = 0; i < nav->lib->topic_count; i++)
		n += strcmp(nav->lib->topics[i]->language, nav->cfg.language) == 0;
	if (n)
		nav->menu = xmalloc(n * sizeof *nav->menu);
	for (size_t i = 0; i < nav->lib->topic_count; i++)
		if (strcmp(nav->lib->topics[i]->language, nav->cfg.language) == 0)
			nav->menu[nav->menu_count++] = nav->lib->topics[i];
	if (nav->menu_selected >= nav->menu_count)
		nav->menu_selected = nav->menu_count ? nav->menu_count - 1 : 0;
	nav->glossary = content_find_glossary(nav->lib, nav->cfg.language);
}

static void menu_select(struct nav *nav, long index)
{
	long visible = nav_menu_visible(nav);

	if (nav->menu_count == 0)
		return;
	if (index < 0)
		index = 0;
	if (index >= (long)nav->menu_count)
		index = (long)nav->menu_count - 1;
	nav->menu_selected = (size_t)index;
	if ((long)nav->menu_top > index)
		nav->menu_top = (size_t)index;
	if (index >= (long)nav->menu_top + visible)
		nav->menu_top = (size_t)(index - visible + 1);
}

static void menu_action(struct nav *nav, enum nav_action action, int digit)
{
	long sel = (long)nav->menu_selected;

	switch (action) {
	case ACT_SCROLL_DOWN:
	case ACT_FOCUS_NEXT:
		menu_select(nav, sel + 1);
		break;
	case ACT_SCROLL_UP:
	case ACT_FOCUS_PREV:
		menu_select(nav, sel - 1);
		break;
	case ACT_PAGE_DOWN:
		menu_select(nav, sel + nav_menu_visible(nav));
		break;
	case ACT_PAGE_UP:
		menu_select(nav, sel - nav_menu_visible(nav));
		break;
	case ACT_HOME:
		menu_select(nav, 0);
		break;
	case ACT_SELECT:
	case ACT_NEXT:
		if (nav->menu_count)
			open_topic(nav, nav->menu[nav->menu_selected]);
		break;
	case ACT_CHOOSE:
		if (digit >= 1 && (size_t)digit <= nav->menu_count) {
			menu_select(nav, digit - 1);
			open_topic(nav, nav->menu[digit - 1]);
		}
		break;
	case ACT_BACK:
		nav->screen = NAV_WELCOME;
		break;
	default:
		break;
	}
}

/* ---- page -------------------------------------------------------------- */

static int focus_count(const struct nav *nav)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	return (int)nav->layout.item_count + (int)nav_buttons(nav, b);
}

static void scroll_to_line(struct nav *nav, size_t line)
{
	int rows = nav_geometry(nav).body_rows;

	if ((int)line < nav->scroll)
		nav->scroll = (int)line;
	else if ((int)line >= nav->scroll + rows)
		nav->scroll = (int)line - rows + 1;
	scroll_by(nav, 0);
}

static void move_focus(struct nav *nav, int step)
{
	int n = focus_count(nav);

	if (n == 0)
		return;
	if (nav->focus < 0)
		nav->focus = step > 0 ? 0 : n - 1;
	else
		nav->focus = (nav->focus + step + n) % n;
	if (nav->focus < (int)nav->layout.item_count)
		scroll_to_line(nav, nav->layout.items[nav->focus].line);
}

static void page_action(struct nav *nav, enum nav_action action, int digit);

static void activate_item(struct nav *nav, const struct layout_item *item)
{
	if (item->kind == ITEM_TERM) {
		nav->term = content_find_term(nav->glossary, item->target,
					      item->target_len);
		if (nav->term)
			nav->overlay = OVERLAY_GLOSSARY;
	} else {
		follow_link(nav, item->target, item->target_len);
	}
}

static void activate_focus(struct nav *nav)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	int items = (int)nav->layout.item_count;

	if (nav->focus < items) {
		activate_item(nav, &nav->layout.items[nav->focus]);
		return;
	}
	if ((size_t)(nav->focus - items) < nav_buttons(nav, b))
		page_action(nav, b[nav->focus - items].action, 0);
}

static void page_action(struct nav *nav, enum nav_action action, int digit)
{
	int rows = nav_geometry(nav).body_rows;

	switch (action) {
	case ACT_NEXT:
		next_page(nav);
		break;
	case ACT_BACK:
		previous_page(nav);
		break;
	case ACT_HOME:
		go_menu(nav);
		break;
	case ACT_SELECT:
		if (nav->focus >= 0)
			activate_focus(nav);
		else if (nav_more_below(nav))
			scroll_by(nav, rows - 1);
		else
			next_page(nav);
		break;
	case ACT_SCROLL_DOWN:
		scroll_by(nav, 1);
		break;
	case ACT_SCROLL_UP:
		scroll_by(nav, -1);
		break;
	case ACT_PAGE_DOWN:
		scroll_by(nav, rows > 1 ? rows - 1 : 1);
		break;
	case ACT_PAGE_UP:
		scroll_by(nav, rows > 1 ? 1 - rows : -1);
		break;
	case ACT_FOCUS_NEXT:
		move_focus(nav, 1);
		break;
	case ACT_FOCUS_PREV:
		move_focus(nav, -1);
		break;
	case ACT_CHOOSE:
		if (digit >= 1 && (size_t)digit <= nav->topic->section_count)
			show_page(nav, (size_t)digit - 1, 0);
		break;
	default:
		break;
	}
}

/* ---- staff PIN --------------------------------------------------------- */

long nav_pin_lockout_seconds(const struct nav *nav)
{
	long left = nav->pin_locked_until_ms - nav->now_ms;
	return left > 0 ? (left + 999) / 1000 : 0;
}

static void clear_pin(struct nav *nav)
{
	/* volatile: the compiler must not drop the wipe of a secret. */
	volatile char *p = nav->pin;
	for (size_t i = 0; i < sizeof nav->pin; i++)
		p[i] = 0;
	nav->pin_len = 0;
}

static void submit_pin(struct nav *nav)
{
	bool ok;

	if (nav_pin_lockout_seconds(nav) > 0)
		return;
	ok = nav->cfg.verify_pin && nav->pin_len > 0 &&
	     nav->cfg.verify_pin(nav->cfg.pin_ctx, nav->pin);
	clear_pin(nav);
	if (ok) {
		nav->overlay = OVERLAY_STAFF;
		nav->staff_scroll = 0;
		return;
	}
	if (++nav->pin_failures >= NAV_PIN_TRIES) {
		nav->pin_failures = 0;
		nav->pin_locked_until_ms = nav->now_ms + NAV_PIN_LOCKOUT_MS;
		nav->pin_message = "Too many wrong PINs. Please wait.";
	} else {
		nav->pin_message = "Wrong PIN. Try again.";
	}
}

static void pin_key(struct nav *nav, int key)
{
	if (key == KEYC_ESCAPE) {
		clear_pin(nav);
		nav->pin_message = NULL;
		nav->overlay = OVERLAY_NONE;
	} else if (key == KEYC_BACKSPACE) {
		if (nav->pin_len)
			nav->pin[--nav->pin_len] = '\0';
	} else if (key == KEYC_ENTER) {
		submit_pin(nav);
	} else if (key >= '0' && key <= '9' && nav->pin_len < NAV_PIN_MAX &&
		   nav_pin_lockout_seconds(nav) == 0) {
		nav->pin[nav->pin_len++] = (char)key;
		nav->pin[nav->pin_len] = '\0';
	}
}

/* ---- events ------------------------------------------------------------ */

static void reset_to_welcome(struct nav *nav)
{
	nav->idle_resets++;
	nav->screen = NAV_WELCOME;
	nav->overlay = OVERLAY_NONE;
	nav->topic = NULL;
	nav->term = NULL;
	nav->return_count = 0;
	nav->menu_selected = 0;
	nav->menu_top = 0;
	nav->scroll = 0;
	nav->focus = -1;
	nav->pin_message = NULL;
	clear_pin(nav);
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
	build_menu(nav);
}

void nav_free(struct nav *nav)
{
	clear_pin(nav);
	free(nav->menu);
	layout_free(&nav->layout);
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

/* The staff screen: L leaves the kiosk, Up and Down scroll the report,
 * anything else (S, Esc) stays. */
static void staff_key(struct nav *nav, int key)
{
	if (key == 'l' || key == 'L')
		nav->quit = true;
	else if (key == KEYC_DOWN)
		nav->staff_scroll++;
	else if (key == KEYC_UP && nav->staff_scroll > 0)
		nav->staff_scroll--;
	else
		nav->overlay = OVERLAY_NONE;
}

void nav_key(struct nav *nav, int key, long now_ms)
{
	enum nav_action action;

	if (note_input(nav, now_ms) || nav_too_small(nav))
		return;
	if (nav->overlay == OVERLAY_PIN) {
		pin_key(nav, key);
		return;
	}
	if (nav->overlay == OVERLAY_STAFF) {
		staff_key(nav, key);
		return;
	}
	action = key_action(key);
	if (nav->overlay != OVERLAY_NONE) {
		/* Any key closes a box; it does nothing else, so a patient
		 * cannot lose their place by accident. */
		nav->overlay = OVERLAY_NONE;
		return;
	}
	if (action == ACT_QUIT) {
		if (!nav->cfg.lock)
			nav->quit = true;
		return;
	}
	if (action == ACT_STAFF) {
		nav->overlay = OVERLAY_PIN;
		nav->pin_message = nav->cfg.verify_pin ? NULL :
			"No staff PIN is set in kiosk.conf.";
		return;
	}
	if (action == ACT_HELP && nav->screen != NAV_WELCOME) {
		nav->overlay = OVERLAY_HELP;
		return;
	}
	switch (nav->screen) {
	case NAV_WELCOME:
		nav->screen = NAV_MENU;
		break;
	case NAV_MENU:
		menu_action(nav, action, key - '0');
		break;
	case NAV_PAGE:
		page_action(nav, action, key - '0');
		break;
	}
}

static const struct nav_button *button_at(const struct nav *nav, int row, int col,
					  struct nav_button b[NAV_MAX_BUTTONS])
{
	size_t n = nav_buttons(nav, b);

	for (size_t i = 0; i < n; i++)
		if (row == b[i].row && col >= b[i].col && col < b[i].col + b[i].width)
			return &b[i];
	return NULL;
}

static void page_click(struct nav *nav, int row, int col)
{
	struct nav_geometry g = nav_geometry(nav);
	const struct layout_span *span;

	if (row == g.indicator_row && nav_more_below(nav)) {
		page_action(nav, ACT_PAGE_DOWN, 0);
		return;
	}
	if (row < g.body_top || row >= g.body_top + g.body_rows)
		return;
	span = layout_span_at(&nav->layout, (size_t)(nav->scroll + row - g.body_top),
			      col - g.text_left);
	if (span && span->item >= 0) {
		nav->focus = span->item;
		activate_item(nav, &nav->layout.items[span->item]);
	}
}

static void menu_click(struct nav *nav, int row)
{
	struct nav_geometry g = nav_geometry(nav);
	long index;

	if (row < g.body_top || row >= g.body_top + g.body_rows)
		return;
	index = (long)nav->menu_top + (row - g.body_top) / NAV_MENU_ITEM_ROWS;
	if (index < (long)nav->menu_count &&
	    (row - g.body_top) / NAV_MENU_ITEM_ROWS < nav_menu_visible(nav)) {
		menu_select(nav, index);
		open_topic(nav, nav->menu[index]);
	}
}

void nav_click(struct nav *nav, int row, int col, long now_ms)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	const struct nav_button *button;

	if (note_input(nav, now_ms) || nav_too_small(nav))
		return;
	if (nav->overlay == OVERLAY_PIN)
		return;
	if (nav->overlay != OVERLAY_NONE) {
		nav->overlay = OVERLAY_NONE;
		return;
	}
	if (nav->screen == NAV_WELCOME) {
		nav->screen = NAV_MENU;
		return;
	}
	button = button_at(nav, row, col, b);
	if (button && button->action == ACT_HELP) {
		nav->overlay = OVERLAY_HELP;
	} else if (button) {
		if (nav->screen == NAV_MENU)
			menu_action(nav, button->action, 0);
		else
			page_action(nav, button->action, 0);
	} else if (nav->screen == NAV_MENU) {
		menu_click(nav, row);
	} else {
		page_click(nav, row, col);
	}
}

long nav_idle_seconds_left(const struct nav *nav)
{
	long left = nav->idle_since_ms + nav->cfg.idle_countdown_ms - nav->now_ms;
	return left > 0 ? (left + 999) / 1000 : 0;
}

void nav_tick(struct nav *nav, long now_ms)
{
	nav->now_ms = now_ms;
	if (nav->overlay == OVERLAY_IDLE) {
		if (now_ms - nav->idle_since_ms >= nav->cfg.idle_countdown_ms)
			reset_to_welcome(nav);
		return;
	}
	if ((nav->screen != NAV_WELCOME || nav->overlay != OVERLAY_NONE) &&
	    now_ms - nav->last_input_ms >= nav->cfg.idle_timeout_ms) {
		clear_pin(nav);
		nav->overlay = OVERLAY_IDLE;
		nav->idle_since_ms = now_ms;
	}
}

void nav_resize(struct nav *nav, int rows, int cols)
{
	size_t old_lines = nav->layout.line_count, top = (size_t)nav->scroll;

	nav->rows = rows;
	nav->cols = cols;
	relayout(nav);
	/* Re-wrapping moves every line: keep the patient at the same
	 * fraction of the page. */
	if (old_lines)
		nav->scroll = (int)(top * nav->layout.line_count / old_lines);
	scroll_by(nav, 0);
	menu_select(nav, (long)nav->menu_selected);
}

/* Where section was (at index at in the old version) is in topic t now:
 * the same kind and title, at its old place if it is still there.  Past
 * the end when it is gone, so the reader goes to the topic's start rather
 * than into whatever section took its place. */
static size_t same_section(const struct content_topic *t,
			   const struct content_section *was, size_t at)
{
	if (!was)
		return at;
	for (size_t k = 0; k <= t->section_count; k++) {
		size_t i = k == 0 ? at : k - 1;
		if (i < t->section_count && t->sections[i].kind == was->kind &&
		    strcmp(t->sections[i].title, was->title) == 0)
			return i;
	}
	return t->section_count;
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
	build_menu(nav);
	nav->term = NULL;
	if (nav->overlay == OVERLAY_GLOSSARY)
		nav->overlay = OVERLAY_NONE;
	if (nav->screen != NAV_PAGE)
		return;
	t = content_find_topic(lib, id, nav->cfg.language);
	if (!t) {
		go_menu(nav);
		return;
	}
	nav->topic = t;
	nav->section = same_section(t, was, nav->section);
	if (nav->section >= t->section_count ||
	    nav->page >= t->sections[nav->section].page_count) {
		show_page(nav, 0, 0);
		return;
	}
	relayout(nav);
	nav->focus = -1;
}
