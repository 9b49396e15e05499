/* view_welcome: draws the welcome screen: the languages to choose from
 * (navlang.h), the clinic, what the kiosk is, how to start, the clinic's
 * phone number when it is set, and the way to the body map.  Part of the
 * curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_WELCOME_H
#define KIOSK_VIEW_WELCOME_H

#include "draw.h"

void view_welcome_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
