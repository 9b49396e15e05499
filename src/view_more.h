/* view_more: draws the More box (navmore.h) over the screen: its title,
 * one big row a listed action with its number, the highlighted row
 * standing out, and the way to close it.  Part of the curses layer;
 * reads the state, never changes it. */
#ifndef KIOSK_VIEW_MORE_H
#define KIOSK_VIEW_MORE_H

#include "draw.h"

void view_more_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
