/* handout: the address of a topic's leaflet, which the Take home QR code
 * carries to a patient's phone.
 *
 * The address is handout_url from kiosk.conf with {id} and {language}
 * filled in, else the topic's first source URL, else there is none. */
#ifndef KIOSK_HANDOUT_H
#define KIOSK_HANDOUT_H

#include "content.h"

/* Checks a handout_url template: it must start with https:// or http://,
 * hold no spaces, control characters or non-ASCII bytes, and use braces
 * only for {id} and {language}.  Returns NULL when it is good, else a
 * static message saying how to fix it. */
const char *handout_template_problem(const char *tmpl);

/* The leaflet address of topic t: tmpl (checked as above; NULL or "" for
 * none) with {id} and {language} filled in, every byte of them but letters,
 * digits and "-._~" percent-escaped.  Without a template, the topic's first
 * source URL when it is an http(s) address without spaces or control
 * characters (bytes above ASCII are percent-escaped).  Returns a string the
 * caller frees, or NULL when the topic has no address. */
char *handout_address(const char *tmpl, const struct content_topic *t);

/* Adds an error to diag, at the topic's file, for every topic of lib whose
 * leaflet address is too long for a QR code that fits an 80x24 screen
 * (QR_ROWS_80X24 half-block rows). */
void handout_check(const struct content_library *lib, const char *tmpl,
		   struct diag *diag);

#endif
