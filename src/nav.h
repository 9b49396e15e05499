/* nav: the navigation core.  What screen the patient is on, what a key, a
 * click, a tick of the clock, a resize or new content does to it.
 *
 * It knows nothing of curses: the curses layer turns input into calls here
 * and draws what the queries below describe, so every behaviour can be
 * tested without a terminal.  Times are milliseconds on any steady clock. */
#ifndef KIOSK_NAV_H
#define KIOSK_NAV_H

#include "content.h"
#include "keys.h"
#include "layout.h"

#include <stdbool.h>

enum {
	NAV_MIN_ROWS = 12,
	NAV_MIN_COLS = 40,
	NAV_MAX_TEXT_WIDTH = 100,	/* long lines are hard to follow */
	NAV_MAX_BUTTONS = 4,
	NAV_MENU_ITEM_ROWS = 4,	/* title, two lines of summary, gap */
	NAV_PIN_MAX = 12,
	NAV_PIN_TRIES = 3,
	NAV_PIN_LOCKOUT_MS = 60 * 1000,
	NAV_RETURN_DEPTH = 8,
};

enum nav_screen { NAV_WELCOME, NAV_MENU, NAV_PAGE };

enum nav_overlay {
	OVERLAY_NONE, OVERLAY_GLOSSARY, OVERLAY_HELP, OVERLAY_IDLE, OVERLAY_PIN,
	OVERLAY_STAFF,		/* after the PIN: the state, and leave or stay */
};

struct nav_config {
	long idle_timeout_ms;	/* quiet time before "Are you still there?" */
	long idle_countdown_ms;	/* how long that question waits */
	bool lock;		/* patients cannot quit */
	const char *language;	/* topics and glossary shown */
	const char *bullet;	/* see layout_options */
	/* Checks a staff PIN (NUL-terminated digits); NULL when no PIN is
	 * set, so staff cannot leave a locked kiosk from the keyboard. */
	bool (*verify_pin)(void *ctx, const char *pin);
	void *pin_ctx;
};

struct nav_button {
	enum nav_action action;
	const char *label;
	int row, col, width;	/* width includes the brackets */
};

struct nav_geometry {
	int body_top, body_rows;	/* rows of scrolling text */
	int text_left, text_width;	/* columns of text */
	int indicator_row;		/* "more below" */
	int button_row, hint_row;
};

struct nav_return {
	char topic_id[72];
	size_t section, page;
};

struct nav {
	struct nav_config cfg;
	const struct content_library *lib;
	const struct content_glossary *glossary;
	int rows, cols;
	enum nav_screen screen;
	enum nav_overlay overlay;
	long now_ms, last_input_ms, idle_since_ms;
	bool quit;			/* staff asked to leave */
	unsigned long idle_resets;	/* times the trail was cleared */

	const struct content_topic **menu;	/* owned array, topics not owned */
	size_t menu_count, menu_selected, menu_top;

	const struct content_topic *topic;
	size_t section, page;
	int scroll;
	int focus;			/* -1, an item index, or items + button */
	struct layout layout;		/* of the current page */
	struct nav_return returns[NAV_RETURN_DEPTH];
	size_t return_count;

	const struct content_term *term;	/* shown in the glossary box */

	char pin[NAV_PIN_MAX + 1];
	size_t pin_len;
	int pin_failures;
	long pin_locked_until_ms;
	const char *pin_message;	/* static text, or NULL */
	int staff_scroll;		/* first line of the staff report shown */
};

/* Starts on the welcome screen.  nav keeps pointers into lib and cfg's
 * strings: they must outlive it (or be replaced with nav_set_library). */
void nav_init(struct nav *nav, const struct nav_config *cfg,
	      const struct content_library *lib, int rows, int cols, long now_ms);
void nav_free(struct nav *nav);

/* Input.  key is a key_code or a character; a click is where a button-1
 * press was released (or clicked), 0-based. */
void nav_key(struct nav *nav, int key, long now_ms);
void nav_click(struct nav *nav, int row, int col, long now_ms);
void nav_tick(struct nav *nav, long now_ms);
void nav_resize(struct nav *nav, int rows, int cols);

/* New content: the patient keeps their place where it still exists, goes
 * back to the topic's first page if their page went, or to the menu if the
 * topic went. */
void nav_set_library(struct nav *nav, const struct content_library *lib);

/* Queries for drawing. */
/* Opens the topic with this id at its first page, as if chosen from the
 * menu (for previews).  Returns false, changing nothing, when there is no
 * such topic. */
bool nav_open_topic(struct nav *nav, const char *id);

bool nav_too_small(const struct nav *nav);
struct nav_geometry nav_geometry(const struct nav *nav);
size_t nav_buttons(const struct nav *nav, struct nav_button out[NAV_MAX_BUTTONS]);
const struct content_page *nav_current_page(const struct nav *nav);
bool nav_more_below(const struct nav *nav);
bool nav_on_last_page(const struct nav *nav);
int nav_menu_visible(const struct nav *nav);
long nav_idle_seconds_left(const struct nav *nav);
long nav_pin_lockout_seconds(const struct nav *nav);

#endif
