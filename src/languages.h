/* languages: which languages a patient is offered, and which version of a
 * topic they read.  Pure functions over the content model, for the welcome
 * screen and the navigation core; nothing here knows about curses or
 * gettext. */
#ifndef KIOSK_LANGUAGES_H
#define KIOSK_LANGUAGES_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

/* The languages to offer, in the order to show them.  With 'languages' set
 * in kiosk.conf (configured_count > 0): those of it that have at least one
 * topic in lib, in its order.  Otherwise: every language with a topic, the
 * default first and the rest by code.  The default is always offered,
 * topics or not: the kiosk goes back to it after each visit.  Writes at
 * most max codes to out and returns how many; the strings belong to
 * configured, lib or default_language and live as long as they do. */
size_t languages_offered(const struct content_library *lib,
			 char *const *configured, size_t configured_count,
			 const char *default_language, const char **out,
			 size_t max);

/* The topic id in the patient's language, or else in the default language
 * (then *fallback is set, so the screen can say the topic is not yet
 * translated).  NULL when neither has it. */
const struct content_topic *languages_topic(const struct content_library *lib,
					    const char *id, const char *chosen,
					    const char *default_language,
					    bool *fallback);

#endif
