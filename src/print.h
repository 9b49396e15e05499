/* print: a topic as a handout a clinic can give a patient: the clinic's
 * name and phone and the date at the top, every step and page in order
 * without the kiosk's own wording, the glossary words it uses explained at
 * the end, then review dates and sources.  Plain text, in pages of a set
 * number of lines, or HTML for printing from a browser (print_html.h). */
#ifndef KIOSK_PRINT_H
#define KIOSK_PRINT_H

#include "content.h"

#include <stdio.h>

enum {
	PRINT_MIN_WIDTH = 30, PRINT_MAX_WIDTH = 200, PRINT_DEFAULT_WIDTH = 72,
	PRINT_MIN_PAGE_LINES = 20, PRINT_MAX_PAGE_LINES = 1000,
	PRINT_DEFAULT_PAGE_LINES = 60,
};

struct print_options {
	int width;			/* columns, PRINT_MIN_WIDTH to PRINT_MAX_WIDTH */
	int page_lines;			/* lines a page; 0: no page breaks */
	const char *clinic_name;	/* "" or NULL: left out */
	const char *clinic_phone;	/* "" or NULL: left out */
	struct content_date date;	/* the date printed on the handout */
	/* The questions a patient ticked to ask at the appointment, listed
	 * under "My questions to ask" below the title; none when 0. */
	const char *const *questions;
	size_t question_count;
};

/* Today's date on this machine's clock, for handouts and review dates. */
struct content_date print_today(void);

/* Writes topic t as a plain-text handout to out.  Glossary words and the
 * titles of linked topics are looked up in lib.  Every page after the first
 * starts with a form feed and the topic's title; a heading is never the
 * last line of a page. */
void print_topic(const struct content_library *lib, const struct content_topic *t,
		 const struct print_options *opt, FILE *out);

#endif
