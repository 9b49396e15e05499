/* view_takehome: draws the Take home screen over the page: the topic's
 * leaflet address as a QR code in half-block characters, black on white
 * whatever the theme (a four-module quiet zone is part of the code), as
 * big as the screen allows, with the address written under it.  When the
 * address does not fit a code on this screen, the address alone.  Over My
 * questions, the same for the ticked questions as plain text (too long
 * for a code on a small screen: the list, to take a photo of).  Part of
 * the curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_TAKEHOME_H
#define KIOSK_VIEW_TAKEHOME_H

#include "draw.h"

/* Draws the screen for nav->handout (which must not be NULL), or over My
 * questions for the ticked questions (at least one). */
void view_takehome_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
