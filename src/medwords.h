/* medwords: a shipped list of common medical words that patients may not
 * know, so `kiosk --check` can ask for them to be explained. */
#ifndef KIOSK_MEDWORDS_H
#define KIOSK_MEDWORDS_H

#include <stdbool.h>
#include <stddef.h>

/* True when word (any case; a plural ending in -s is tried without it) is
 * on the list. */
bool medwords_contains(const char *word, size_t len);

#endif
