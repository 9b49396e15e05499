/* template: the complete, commented topic file `kiosk --new` writes, so
 * staff start from something that passes `kiosk --check` and only change
 * the words.  The text is built into the program: a clone and an install
 * both have it. */
#ifndef KIOSK_TEMPLATE_H
#define KIOSK_TEMPLATE_H

#include "content.h"

#include <stdio.h>

/* Writes a new topic file for id (already checked to be a valid id) of
 * kind TOPIC_CONDITION or TOPIC_PROCEDURE to out, reviewed on today and due
 * for review a year later. */
void template_write(FILE *out, const char *id, enum content_topic_kind kind,
		    struct content_date today);

#endif
