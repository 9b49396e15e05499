/* screen: puts a whole frame together in the curses layer: the screen
 * the patient is on (through its view module), any box over it, or a
 * request for a larger window.  Reads the navigation state, never changes
 * it. */
#ifndef KIOSK_SCREEN_H
#define KIOSK_SCREEN_H

#include "draw.h"

/* Paints the whole screen into stdscr (no refresh). */
void screen_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
