/* print_html: a topic as an HTML handout for clinics that print from a
 * browser, with print CSS that fits A4 and US Letter paper.  Every byte
 * of content is escaped; a glossary mark becomes the word in italics. */
#ifndef KIOSK_PRINT_HTML_H
#define KIOSK_PRINT_HTML_H

#include "print.h"

/* Writes topic t as one HTML document to out; popt's clinic name, phone
 * and date head it (its width and page_lines are not used: the browser
 * wraps and breaks pages).  Glossary words are looked up in lib. */
void print_html_topic(const struct content_library *lib,
		      const struct content_topic *t,
		      const struct print_options *popt, FILE *out);

#endif
