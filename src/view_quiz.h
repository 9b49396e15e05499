/* view_quiz: draws "Check what you learned": the offer, one question with
 * its numbered answers, the plain feedback with the reason and a link back
 * to the page, and the score at the end.  Part of the curses layer; reads
 * the state, never changes it. */
#ifndef KIOSK_VIEW_QUIZ_H
#define KIOSK_VIEW_QUIZ_H

#include "draw.h"

void view_quiz_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
