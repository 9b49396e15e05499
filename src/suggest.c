#include "suggest.h"

#include <ctype.h>
#include <string.h>

enum { SUGGEST_MAX_LEN = 64 };

/* Optimal string alignment distance, case-insensitive, on bytes. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];

	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			int ca = tolower((unsigned char)a[i - 1]);
			int cb = tolower((unsigned char)b[j - 1]);
			size_t best = d[i - 1][j - 1] + (ca != cb);

			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 &&
			    ca == tolower((unsigned char)b[j - 2]) &&
			    cb == tolower((unsigned char)a[i - 2]) &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	}
	return d[la][lb];
}

const char *suggest_closest(const char *word, size_t len,
			    const char *const *candidates, size_t count)
{
	const char *best = NULL;
	size_t best_distance = (size_t)-1;

	if (len == 0 || len > SUGGEST_MAX_LEN)
		return NULL;
	for (size_t i = 0; i < count; i++) {
		size_t clen = strlen(candidates[i]);
		size_t dist;

		if (clen > SUGGEST_MAX_LEN)
			continue;
		dist = distance(word, len, candidates[i], clen);
		if (dist < best_distance) {
			best_distance = dist;
			best = candidates[i];
		}
	}
	/* One slip per three letters, at most two, still reads as a typo. */
	size_t allowed = len / 3 > 2 ? 2 : (len / 3 ? len / 3 : 1);
	return best_distance <= allowed ? best : NULL;
}
