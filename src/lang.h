/* lang: what the kiosk knows about a language from its code (ISO 639-1 or
 * 639-3, as written in content files and kiosk.conf): its name in English,
 * for staff messages; its own name in its own script, for the patient's
 * language list; and its writing direction.  No allocation: every string
 * returned is static and lives as long as the program. */
#ifndef KIOSK_LANG_H
#define KIOSK_LANG_H

#include <stdbool.h>

/* The English name of code ("Spanish" for "es"), or NULL for a code the
 * table does not hold. */
const char *lang_english_name(const char *code);

/* The language's name for itself ("Español", "العربية"), or NULL for a
 * code the table does not hold. */
const char *lang_native_name(const char *code);

/* True for languages written right to left (Arabic, Hebrew, Persian, Urdu
 * and the like); false for unknown codes. */
bool lang_is_rtl(const char *code);

#endif
