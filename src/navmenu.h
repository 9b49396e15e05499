/* navmenu: the list of topics, as the navigation core sees it.
 *
 * Moving the highlight, opening a topic by key, number or touch.  No
 * curses; the state lives in struct nav (navcore.h). */
#ifndef KIOSK_NAVMENU_H
#define KIOSK_NAVMENU_H

#include "navcore.h"

/* Topics that fit on the screen at once (at least one). */
int navmenu_visible(const struct nav *nav);

/* Highlights topic index (kept within the list) and scrolls it into view. */
void navmenu_select(struct nav *nav, long index);

/* What an action does on the menu; digit is the key's digit for
 * ACT_CHOOSE. */
void navmenu_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at row, off the buttons: opens the topic drawn there, or on the
 * "more topics" line shows the next screenful of topics. */
void navmenu_click(struct nav *nav, int row);

#endif
