/* view_bodymap: draws the "Where is your pain?" body map: the front and
 * back figures with the highlighted region reversed and the regions without
 * topics faint, or a plain numbered list of regions on terminals without
 * pictures; then a chosen region's topics.  Part of the curses layer; reads
 * the state, never changes it. */
#ifndef KIOSK_VIEW_BODYMAP_H
#define KIOSK_VIEW_BODYMAP_H

#include "draw.h"
#include "figahead.h"

void view_bodymap_draw(const struct nav *nav, const struct draw_context *ctx);

/* On the welcome screen, where the body map is offered, fills want with
 * the body map's picture at the size the body map screen draws it (its
 * path written into path, of size bytes, which want points to) and
 * returns true: the picture to make ahead.  False elsewhere, and when
 * the body map shows no picture. */
bool view_bodymap_ahead(const struct nav *nav, const struct draw_context *ctx,
			char *path, size_t size, struct figahead_want *want);

#endif
