/* print: a topic as a plain-text handout, for printing or emailing to a
 * patient: every step and page in order, the glossary words it uses
 * explained at the end, then review dates and sources. */
#ifndef KIOSK_PRINT_H
#define KIOSK_PRINT_H

#include "content.h"

#include <stdio.h>

enum { PRINT_MIN_WIDTH = 30, PRINT_MAX_WIDTH = 200, PRINT_DEFAULT_WIDTH = 72 };

/* Writes topic t, wrapped at width columns, to out.  Glossary words are
 * looked up in lib. */
void print_topic(const struct content_library *lib, const struct content_topic *t,
		 int width, FILE *out);

#endif
