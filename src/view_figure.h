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

/* Has the pictures of the open topic's pages made ahead, at the sizes
 * they take on the screen as it is now (figdraw_ahead), so turning to a
 * page with a picture shows it at once; on a list of topics (the menu, A
 * to Z, the search's hits, a body map region's topics), the pictures on
 * the pages the topics on screen open at (the highlighted one's first), so
 * opening one shows its picture at once; on the welcome screen, the body
 * map's picture (view_bodymap_ahead).  What neither needs any more is let
 * go.  Call after drawing each frame: pictures the frame drew are not made
 * again. */
void view_figure_ahead(const struct nav *nav, const struct draw_context *ctx);

#endif
