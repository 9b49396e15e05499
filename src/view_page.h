/* view_page: draws a page of a topic: where the patient is (the step
 * line, which opens the steps screen), the page's title, its text with
 * marked words and get-help boxes, whether there is more above or below,
 * the buttons and a hint.  Part of the curses layer; reads the state,
 * never changes it. */
#ifndef KIOSK_VIEW_PAGE_H
#define KIOSK_VIEW_PAGE_H

#include "draw.h"

void view_page_draw(const struct nav *nav, const struct draw_context *ctx);

#endif
