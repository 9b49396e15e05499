/* view_search: draws the search screen (what was typed, how many topics
 * were found or "Did you mean", the topics found with where each matched,
 * the on-screen keyboard) and the A to Z list (the letters, the names).
 * Part of the curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_SEARCH_H
#define KIOSK_VIEW_SEARCH_H

#include "draw.h"

void view_search_draw(const struct nav *nav, const struct draw_context *ctx);
void view_search_a_to_z_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
