/* view_bodymap: draws the "Where is your pain?" body map: the front and
 * back figures with the highlighted region reversed and the regions without
 * topics faint, or a plain numbered list of regions on terminals without
 * pictures; then a chosen region's topics.  Part of the curses layer; reads
 * the state, never changes it. */
#ifndef KIOSK_VIEW_BODYMAP_H
#define KIOSK_VIEW_BODYMAP_H

#include "draw.h"

void view_bodymap_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
