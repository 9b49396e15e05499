#include "suggest.h"

#include <ctype.h>
#include <string.h>

enum { SUGGEST_MAX_LEN = 64 };

/* Optimal string alignment distance, case-insensitive, on bytes, or
 * limit + 1 when it is more than limit.  Only the band of cells within
 * limit of the diagonal can hold a smaller distance, so only those are
 * worked out: linear in the length, not quadratic. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb,
		       size_t limit)
{
	size_t d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];
	const size_t far = limit + 1;

#define CELL(i, j) ((i) > (j) + limit || (j) > (i) + limit ? far : d[i][j])
	if (la > lb + limit || lb > la + limit)
		return far;
	for (size_t i = 0; i <= la; i++) {
		size_t last = i + limit < lb ? i + limit : lb;

		for (size_t j = i > limit ? i - limit : 0; j <= last; j++) {
			int ca, cb;
			size_t best;

			if (i == 0 || j == 0) {
				d[i][j] = i + j;
				continue;
			}
			ca = tolower((unsigned char)a[i - 1]);
			cb = tolower((unsigned char)b[j - 1]);
			best = CELL(i - 1, j - 1) + (ca != cb);
			if (CELL(i - 1, j) + 1 < best)
				best = CELL(i - 1, j) + 1;
			if (CELL(i, j - 1) + 1 < best)
				best = CELL(i, j - 1) + 1;
			if (i > 1 && j > 1 &&
			    ca == tolower((unsigned char)b[j - 2]) &&
			    cb == tolower((unsigned char)a[i - 2]) &&
			    CELL(i - 2, j - 2) + 1 < best)
				best = CELL(i - 2, j - 2) + 1;
			d[i][j] = best < far ? best : far;
		}
	}
	return d[la][lb];
#undef CELL
}

const char *suggest_closest(const char *word, size_t len,
			    const char *const *candidates, size_t count)
{
	const char *best = NULL;
	size_t best_distance = (size_t)-1;
	/* One slip per three letters, at most two, still reads as a typo. */
	size_t allowed = len / 3 > 2 ? 2 : (len / 3 ? len / 3 : 1);

	if (len == 0 || len > SUGGEST_MAX_LEN)
		return NULL;
	for (size_t i = 0; i < count; i++) {
		size_t clen = strlen(candidates[i]);
		size_t dist;

		if (clen > SUGGEST_MAX_LEN)
			continue;
		dist = distance(word, len, candidates[i], clen, allowed);
		if (dist < best_distance) {
			best_distance = dist;
			best = candidates[i];
		}
	}
	return best_distance <= allowed ? best : NULL;
}
