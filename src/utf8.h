/* utf8: decoding and checking UTF-8 text from untrusted files.
 *
 * Nothing here depends on the locale, so content is judged the same way by
 * `kiosk --check`, the browser and the tests. */
#ifndef KIOSK_UTF8_H
#define KIOSK_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from s (len bytes available) into *cp.  Returns the
 * number of bytes used, or 0 for a malformed, overlong or surrogate sequence
 * (then *cp is the first byte, for error messages). */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Writes the UTF-8 bytes of code point cp (at most U+10FFFF) into out;
 * returns how many (1 to 4). */
size_t utf8_encode(uint32_t cp, char out[4]);

/* True for code points that must never reach a terminal: C0 controls, DEL
 * and C1 controls (U+0080..U+009F, which some terminals treat as escapes);
 * and those whose drawn width terminals disagree on or that reorder text:
 * U+2028/U+2029 (drawn as nothing, so words run together), text-direction
 * controls such as U+202E, variation selectors (VS15/VS16 after emoji),
 * the zero-width joiner of emoji sequences and other invisible formatting
 * characters, and noncharacters such as U+FFFF.  Content and settings
 * holding one are refused with a message naming it; names and text quoted
 * in messages show them escaped; layout never draws them. */
bool utf8_is_control(uint32_t cp);

/* Finds the first byte sequence in s that is malformed UTF-8 or a control
 * character other than '\n' (when allow_newline).  Returns true and sets *at
 * (byte offset) and *cp when one is found. */
bool utf8_find_bad(const char *s, size_t len, bool allow_newline,
		   size_t *at, uint32_t *cp);

/* Writes a printable copy of s into out (size outsz, always NUL-terminated):
 * control characters become "\xNN" / "\u{NNNN}", malformed bytes become
 * "\xNN", and output that would not fit ends in "...".  Returns out. */
char *utf8_escape(const char *s, size_t len, char *out, size_t outsz);

/* Short English name of a character utf8_is_control refuses, with its
 * article ("a tab"). */
const char *utf8_control_name(uint32_t cp);

#endif
