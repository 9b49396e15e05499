#include "navsearch.h"

#include "utf8.h"

#include <stdio.h>
#include <string.h>

void navsearch_geometry(const struct nav *nav, struct navsearch_geometry *out)
{
	struct nav_geometry g = navcore_geometry(nav);
	bool roomy = nav->rows >= NAV_ROOMY_ROWS;
	int width = nav->cols - 2, avail, budget, gap;

	if (width > NAV_MAX_TEXT_WIDTH)
		width = NAV_MAX_TEXT_WIDTH;
	/* A small screen shows what was typed on the "where you are" line. */
	out->query_row = roomy ? NAV_STEP_ROW + 1 : NAV_STEP_ROW;
	out->status_row = out->query_row + 1;
	out->results_top = out->status_row + 1;
	/* The keyboard sits above the buttons, leaving the hits at least
	 * half the rows (two hits at 40x12). */
	avail = g.indicator_row - out->results_top;
	budget = avail >= 10 ? avail / 2 : avail - 2;
	navkeyboard_layout(&out->keyboard, 0, (nav->cols - width) / 2, width, budget, true);
	gap = roomy ? 1 : 0;
	if (out->keyboard.count) {
		navkeyboard_layout(&out->keyboard, g.indicator_row - out->keyboard.rows,
				   (nav->cols - width) / 2, width, budget, true);
		out->results_rows = out->keyboard.top - gap - out->results_top;
	} else {
		out->results_rows = avail;
	}
	if (out->results_rows < 1)
		out->results_rows = 1;
	out->rows_per_hit = out->results_rows >= 6 ? 2 : 1;
	out->visible = out->results_rows / out->rows_per_hit;
}

int navsearch_welcome_row(const struct nav *nav)
{
	/* Under the body map's line, on the last row: the welcome text of a
	 * small screen reaches down to the rows above it. */
	return nav->rows - 1;
}

void navsearch_clear(struct nav *nav)
{
	struct nav_search *s = &nav->search;

	s->text[0] = '\0';
	s->len = 0;
	s->hit_count = s->selected = s->top = 0;
	s->suggestion[0] = '\0';
	s->asked_ready = false;
	s->topic_from = NAV_MENU;
}

const struct content_topic *navsearch_hit_topic(const struct nav *nav, size_t i)
{
	const char *key = nav->search.hits[i].key, *slash = strchr(key, '/');
	char language[CONTENT_TOPIC_KEY_MAX + 1];
	size_t len = slash ? (size_t)(slash - key) : 0;

	if (i >= nav->search.hit_count || !slash || len >= sizeof language)
		return NULL;
	memcpy(language, key, len);
	language[len] = '\0';
	return content_find_topic(nav->lib, slash + 1, language);
}

bool navsearch_offers_suggestion(const struct nav *nav)
{
	const struct nav_search *s = &nav->search;

	return s->suggestion[0] && (s->hit_count == 0 || s->hits[0].mended);
}

/* Asks the engine for what was typed, keeping only hits the library shown
 * still has (the index may lag behind a reload by a moment). */
static void ask(struct nav *nav)
{
	const struct finder_engine *e = nav->cfg.search;
	struct nav_search *s = &nav->search;
	size_t kept = 0;

	s->hit_count = s->selected = s->top = 0;
	s->suggestion[0] = '\0';
	s->asked_ready = navcore_search_ready(nav);
	if (!s->asked_ready || s->len == 0)
		return;
	s->hit_count = e->query(e->ctx, nav->cfg.language, s->text, s->hits,
				NAV_SEARCH_HITS_MAX);
	for (size_t i = 0; i < s->hit_count; i++)
		if (navsearch_hit_topic(nav, i))
			s->hits[kept++] = s->hits[i];
	s->hit_count = kept;
	if (s->hit_count == 0 || s->hits[0].mended)
		e->suggest(e->ctx, s->text, s->suggestion, sizeof s->suggestion);
}

bool navsearch_refresh(struct nav *nav, bool changed)
{
	if (nav->screen != NAV_SEARCH ||
	    (!changed && nav->search.asked_ready == navcore_search_ready(nav)))
		return false;
	ask(nav);
	return true;
}

void navsearch_resize(struct nav *nav)
{
	struct nav_search *s = &nav->search;
	struct navsearch_geometry sg;

	navsearch_geometry(nav, &sg);
	navcore_select(&s->selected, &s->top, (long)s->selected, s->hit_count, sg.visible);
}

void navsearch_open(struct nav *nav)
{
	nav->search.from = nav->screen;
	nav->screen = NAV_SEARCH;
	nav->focus = -1;
	ask(nav);
}

/* Puts the UTF-8 form of cp after what was typed, when it fits. */
static void type_char(struct nav *nav, uint32_t cp)
{
	struct nav_search *s = &nav->search;
	char bytes[4];
	size_t n = utf8_encode(cp, bytes);

	/* A space first or after a space finds nothing new. */
	if ((cp == ' ' && (s->len == 0 || s->text[s->len - 1] == ' ')) ||
	    s->len + n > NAV_SEARCH_TEXT_MAX)
		return;
	memcpy(s->text + s->len, bytes, n);
	s->len += n;
	s->text[s->len] = '\0';
	ask(nav);
}

/* Deletes the last character typed (all the bytes of it). */
static void delete_char(struct nav *nav)
{
	struct nav_search *s = &nav->search;

	if (s->len == 0)
		return;
	do
		s->len--;
	while (s->len > 0 && ((unsigned char)s->text[s->len] & 0xC0) == 0x80);
	s->text[s->len] = '\0';
	ask(nav);
}

static void clear_text(struct nav *nav)
{
	navsearch_clear(nav);
	ask(nav);
}

/* Puts the mended words in place of what was typed. */
static void take_suggestion(struct nav *nav)
{
	struct nav_search *s = &nav->search;

	if (!navsearch_offers_suggestion(nav))
		return;
	s->len = strlen(s->suggestion);
	memcpy(s->text, s->suggestion, s->len + 1);
	ask(nav);
}

static void open_hit(struct nav *nav, size_t i)
{
	const struct content_topic *t = navsearch_hit_topic(nav, i);

	if (t) {
		navcore_open_topic(nav, t);
		nav->search.topic_from = NAV_SEARCH;
	}
}

bool navsearch_key(struct nav *nav, int key)
{
	if (key == KEYC_BACKSPACE) {
		delete_char(nav);
		return true;
	}
	if (key < ' ' || key >= KEYC_UP || key == 0x7F || key == '?' || key == '/' ||
	    (key >= '0' && key <= '9') || utf8_is_control((uint32_t)key) ||
	    (key >= 0xD800 && key <= 0xDFFF))
		return false;
	type_char(nav, (uint32_t)key);
	return true;
}

void navsearch_action(struct nav *nav, enum nav_action action, int digit)
{
	struct nav_search *s = &nav->search;
	struct navsearch_geometry sg;

	navsearch_geometry(nav, &sg);
	if (navcore_list_action(action, &s->selected, &s->top, s->hit_count, sg.visible))
		return;
	switch (action) {
	case ACT_SELECT:
	case ACT_NEXT:
		if (s->hit_count)
			open_hit(nav, s->selected);
		else
			take_suggestion(nav);
		break;
	case ACT_CHOOSE:
		if (digit >= 1 && (size_t)digit <= s->hit_count)
			open_hit(nav, (size_t)digit - 1);
		break;
	case ACT_BACK:
	case ACT_CLOSE:
		nav->screen = s->from == NAV_WELCOME ? NAV_WELCOME : NAV_MENU;
		break;
	default:
		break;
	}
}

void navsearch_click(struct nav *nav, int row, int col)
{
	struct nav_search *s = &nav->search;
	struct navsearch_geometry sg;
	const struct navkeyboard_key *key;
	int index;

	navsearch_geometry(nav, &sg);
	key = navkeyboard_key_at(&sg.keyboard, row, col);
	if (key) {
		if (key->code == NAVKEYBOARD_DELETE)
			delete_char(nav);
		else if (key->code == NAVKEYBOARD_CLEAR)
			clear_text(nav);
		else
			type_char(nav, (uint32_t)key->code);
		return;
	}
	if (row == sg.status_row) {
		take_suggestion(nav);
		return;
	}
	index = (row - sg.results_top) / sg.rows_per_hit;
	if (row >= sg.results_top && row < sg.results_top + sg.results_rows &&
	    index < sg.visible && s->top + (size_t)index < s->hit_count)
		open_hit(nav, s->top + (size_t)index);
}
