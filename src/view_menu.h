/* view_menu: draws the list of topics (number, title, a two-line summary
 * cut with "..."), or a calm notice when no topics are loaded.  Part of
 * the curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_MENU_H
#define KIOSK_VIEW_MENU_H

#include "draw.h"

void view_menu_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
