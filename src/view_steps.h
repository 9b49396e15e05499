/* view_steps: draws the steps screen: every step of the topic, one a row,
 * the current one marked with ">" and the read ones ticked (marks in text,
 * not colour alone), the selected one highlighted.  Part of the curses
 * layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_STEPS_H
#define KIOSK_VIEW_STEPS_H

#include "draw.h"

void view_steps_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
