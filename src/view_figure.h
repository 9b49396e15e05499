/* view_figure: draws the figures of the page on screen as pictures, into
 * the rows the page's layout reserved for them: the picture with its
 * numbered markers and its legend, the focused label's marker
 * highlighted.  A part scrolled out of sight is cut off; a picture that
 * cannot be read now shows its alt text instead.  Part of the curses
 * layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_FIGURE_H
#define KIOSK_VIEW_FIGURE_H

#include "draw.h"

/* Draws the current page's figures (nothing when ctx->figures is NULL or
 * the page has none). */
void view_figure_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
