/* suggest: "did you mean" for misspelt keys and names. */
#ifndef KIOSK_SUGGEST_H
#define KIOSK_SUGGEST_H

#include <stddef.h>

/* Returns the candidate closest to word by edit distance (letters added,
 * removed, changed or swapped, ignoring case), or NULL when none is close
 * enough to be a likely typo.  The result points into candidates. */
const char *suggest_closest(const char *word, size_t len,
			    const char *const *candidates, size_t count);

#endif
