/* speakcheck: the `kiosk --check` warnings, when speech is on, about text
 * that reads badly aloud:
 *
 *  - a symbol inside a sentence ("&", "/", "+", "=", "<", ">", "#", "@",
 *    "*", "|", "~", "^", "\"), which a synthesizer reads as its name
 *    ("slash") or not at all;
 *  - a short form with full stops ("e.g.", "i.e.", "etc.", "approx.",
 *    "vs."), read as letters or cut into sentences;
 *  - a topic in a language eSpeak NG has no voice for (named once a
 *    language, at its first topic).
 *
 * Abbreviations that are never spelled out are warned about whether or
 * not speech is on (see quality.h).  Each finding is named once a topic,
 * at the page it is first on. */
#ifndef KIOSK_SPEAKCHECK_H
#define KIOSK_SPEAKCHECK_H

#include "content.h"

/* Adds a warning to diag for each finding in lib's topics; returns how
 * many were added. */
size_t speakcheck_library(const struct content_library *lib, struct diag *diag);

#endif
