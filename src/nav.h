/* nav: the navigation core's events.  What a key, a click, a tick of the
 * clock, a resize or new content does to the screen the patient is on.
 *
 * It knows nothing of curses: the curses layer turns input into calls here
 * and draws the state these leave (struct nav and the queries in navcore.h
 * and the screen modules), so every behaviour can be tested without a
 * terminal.  Each event goes to the module of the screen or box it is
 * for: navmenu, navpage, navsteps, navbox, navpin.  Times are
 * milliseconds on any steady clock. */
#ifndef KIOSK_NAV_H
#define KIOSK_NAV_H

#include "navcore.h"

/* Starts on the welcome screen.  nav keeps pointers into lib and cfg's
 * strings: they must outlive it (or be replaced with nav_set_library).
 * nav_free releases what nav owns and wipes the staff PIN. */
void nav_init(struct nav *nav, const struct nav_config *cfg,
	      const struct content_library *lib, int rows, int cols, long now_ms);
void nav_free(struct nav *nav);

/* Input.  key is a key_code or a character; a click is where a button-1
 * press was released (or clicked), 0-based. */
void nav_key(struct nav *nav, int key, long now_ms);
void nav_click(struct nav *nav, int row, int col, long now_ms);
void nav_tick(struct nav *nav, long now_ms);
void nav_resize(struct nav *nav, int rows, int cols);

/* Opens the topic with this id at its first page, as if chosen from the
 * menu (for previews).  Returns false, changing nothing, when there is no
 * such topic. */
bool nav_open_topic(struct nav *nav, const char *id);

/* New content: the patient keeps their place where it still exists, goes
 * back to the topic's first page if their page or its step went (or
 * steps were added or taken away), or to the menu if the topic went. */
void nav_set_library(struct nav *nav, const struct content_library *lib);

#endif
