/* view_page: draws a page of a topic: where the patient is (the step
 * line, which opens the steps screen), the page's title, its text with
 * marked words and get-help boxes, whether there is more above or below,
 * the buttons and a hint (or the notice that the topic is not translated
 * into the patient's language).  Part of the curses layer; reads the state,
 * never changes it. */
#ifndef KIOSK_VIEW_PAGE_H
#define KIOSK_VIEW_PAGE_H

#include "draw.h"

void view_page_draw(const struct nav *nav, const struct draw_context *ctx);

/* The one-line notice for topic t, shown in the default language because
 * it is not translated into the patient's: "Not translated yet. Shown in
 * English." in the screens' language, written into buf (cut to size). */
void view_page_untranslated(const struct content_topic *t, char *buf, size_t size);

#endif
