/* view_staff: draws the staff screen behind the PIN: the report staff.h
 * builds (files' states, the problems in force, when content was last
 * taken) in a box over the screen, and how to leave or stay.  Part of the
 * curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_STAFF_H
#define KIOSK_VIEW_STAFF_H

#include "draw.h"

/* Draws ctx->staff (nothing but the frame when it is NULL), from line
 * nav->staff_scroll on, as many lines as fit. */
void view_staff_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
