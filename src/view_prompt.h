/* view_prompt: draws the small question boxes: "Are you still there?"
 * with its countdown, and the staff PIN prompt (stars, never digits).
 * Part of the curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_PROMPT_H
#define KIOSK_VIEW_PROMPT_H

#include "draw.h"

void view_prompt_idle(const struct nav *nav, const struct draw_context *ctx);
void view_prompt_pin(const struct nav *nav, const struct draw_context *ctx);

#endif
