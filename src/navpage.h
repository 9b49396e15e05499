/* navpage: a page of a topic, as the navigation core sees it.
 *
 * Reading on (Next scrolls a screenful at a time and leaves the page only
 * once its end has been on screen), scrolling, moving the focus between
 * marked words, links and buttons, and touches on the page.  No curses;
 * the state lives in struct nav (navcore.h). */
#ifndef KIOSK_NAVPAGE_H
#define KIOSK_NAVPAGE_H

#include "navcore.h"

/* What an action does on a page; digit is the key's digit for
 * ACT_CHOOSE (jump to that step). */
void navpage_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at (row, col), off the buttons: the step line opens the steps
 * screen, the "more" lines scroll, and a marked word or link (or a touch
 * within one cell of one) opens it. */
void navpage_click(struct nav *nav, int row, int col);

#endif
