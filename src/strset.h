/* strset: a set of strings that numbers its members in the order they
 * were added, for finding repeats in linear time (one hash probe a word
 * instead of a scan of every word seen so far). */
#ifndef KIOSK_STRSET_H
#define KIOSK_STRSET_H

#include <stdbool.h>
#include <stddef.h>

struct strset {
	char **keys;		/* by number; each owned by the set */
	size_t count, keys_cap;
	size_t *slots;		/* open addressing: number + 1, 0 when empty */
	size_t cap;
};

#define STRSET_INIT { 0 }

/* The number of the len bytes at key, adding a copy when it is new (*added
 * tells which, and may be NULL).  Numbers run from 0 in order of adding. */
size_t strset_add(struct strset *s, const char *key, size_t len, bool *added);

/* Whether the len bytes at key are in the set; *number (may be NULL) gets
 * its number when they are. */
bool strset_find(const struct strset *s, const char *key, size_t len,
		 size_t *number);

/* Frees every copy; the set is empty and reusable afterwards. */
void strset_free(struct strset *s);

#endif
