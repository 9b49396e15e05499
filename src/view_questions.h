/* view_questions: draws "My questions": the topic's questions for the
 * appointment, one a row, each with a box that shows a tick once touched
 * (a mark in text, not colour alone), the highlighted one standing out.
 * Part of the curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_QUESTIONS_H
#define KIOSK_VIEW_QUESTIONS_H

#include "draw.h"

void view_questions_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
