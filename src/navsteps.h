/* navsteps: the steps screen, as the navigation core sees it.
 *
 * Every step of the topic, one a row, the current one highlighted; the
 * patient picks one (by key, number or touch) to jump to its first page,
 * or goes back to the page they were reading.  Which steps have been read
 * is kept in struct nav (navcore.h).  No curses. */
#ifndef KIOSK_NAVSTEPS_H
#define KIOSK_NAVSTEPS_H

#include "navcore.h"

/* Shows the steps of the open topic, with the current step selected. */
void navsteps_open(struct nav *nav);

/* Rows of the steps screen: every step, then "My questions" when the
 * topic has questions. */
size_t navsteps_count(const struct nav *nav);

/* Steps that fit on the screen at once (at least one). */
int navsteps_visible(const struct nav *nav);

/* What an action does on the steps screen. */
void navsteps_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at row, off the buttons: jumps to the step drawn there. */
void navsteps_click(struct nav *nav, int row);

#endif
