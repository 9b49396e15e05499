/* navquestions: "My questions", as the navigation core sees it.
 *
 * The topic's questions for the appointment, one a row; touching one (or
 * Enter on the highlighted one) ticks it or clears its tick.  Next goes on
 * to the quiz (or leaves the topic), Back to the topic's last page.  The
 * ticks live in struct nav (navcore.h) and are never logged or written.
 * Print (P) hands the ticked list to the printer (services.h, through
 * navquestions_ticked); Take home (T) shows it as a QR code of plain text
 * (navquestions_text).  No curses. */
#ifndef KIOSK_NAVQUESTIONS_H
#define KIOSK_NAVQUESTIONS_H

#include "navcore.h"

/* Questions that fit on the screen at once (at least one). */
int navquestions_visible(const struct nav *nav);

/* What an action does on "My questions" (nav handles Help and Home);
 * digit is the key's digit for ACT_CHOOSE (ticks that question). */
void navquestions_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at row, off the buttons: ticks or clears the question drawn
 * there. */
void navquestions_click(struct nav *nav, int row);

/* Calls fn for each ticked question, in the topic's order (the text is the
 * content's, valid while the topic is). */
void navquestions_ticked(const struct nav *nav,
			 void (*fn)(void *ctx, const char *question), void *ctx);

/* The ticked questions as the Take home code carries them: "My questions
 * to ask:" then one a line.  The caller frees it. */
char *navquestions_text(const struct nav *nav);

#endif
