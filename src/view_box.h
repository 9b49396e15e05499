/* view_box: draws the help and glossary boxes over the screen: the title,
 * the text as navbox laid it out (scrolled), a "more below" line to touch
 * when it does not all fit, and the Close button.  Part of the curses
 * layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_BOX_H
#define KIOSK_VIEW_BOX_H

#include "draw.h"

void view_box_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
