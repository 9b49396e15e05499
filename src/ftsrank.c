/* ftsrank: column weights times rarity, from FTS5's column lists. */
#include "ftsrank.h"

#include "stemtok.h"

#include <math.h>
#include <stdlib.h>

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user)
{
	(void)api;
	(void)fts;
	++*(sqlite3_int64 *)user;
	return SQLITE_OK;
}

/* How rare each word of the query is: worked out once per query (it
 * walks each word's whole list of rows) and kept with it. */
static double *rarities(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
	int phrases = api->xPhraseCount(fts);
	double *rarity = api->xGetAuxdata(fts, 0);
	sqlite3_int64 rows = 0;

	if (rarity)
		return rarity;
	rarity = calloc((size_t)phrases + 1, sizeof *rarity);
	if (!rarity) {
		*rc = SQLITE_NOMEM;
		return NULL;
	}
	*rc = api->xRowCount(fts, &rows);
	/* One word scales every row alike: nothing to weigh. */
	for (int i = 0; *rc == SQLITE_OK && i < phrases && phrases > 1; i++) {
		sqlite3_int64 with = 0;
		*rc = api->xQueryPhrase(fts, i, &with, count_row);
		rarity[i] = log(1.0 + (double)rows / (double)(with ? with : 1));
	}
	if (phrases == 1)
		rarity[0] = 1.0;
	if (*rc == SQLITE_OK)
		*rc = api->xSetAuxdata(fts, rarity, free);
	else
		free(rarity);
	return *rc == SQLITE_OK ? rarity : NULL;
}

static void kiosk_rank(const Fts5ExtensionApi *api, Fts5Context *fts,
		       sqlite3_context *result, int nargs, sqlite3_value **args)
{
	int rc = SQLITE_OK;
	const double *rarity = rarities(api, fts, &rc);
	int typing = nargs > 0 ? sqlite3_value_int(args[0]) : -1;
	double score = 0;

	for (int i = 0; rarity && rc == SQLITE_OK && i < api->xPhraseCount(fts); i++) {
		Fts5PhraseIter iter;
		double best = 0;
		int col;

		rc = api->xPhraseFirstColumn(fts, i, &iter, &col);
		for (; rc == SQLITE_OK && col >= 0;
		     api->xPhraseNextColumn(fts, &iter, &col)) {
			double weight = col + 1 < nargs
				      ? sqlite3_value_double(args[col + 1]) : 1.0;
			if (weight > best)
				best = weight;
		}
		score += best * rarity[i] * (i == typing ? 0.5 : 1.0);
	}
	if (rc == SQLITE_OK)
		sqlite3_result_double(result, -score);
	else
		sqlite3_result_error_code(result, rc);
}

bool ftsrank_register(sqlite3 *db)
{
	fts5_api *api = stemtok_fts5(db);

	return api && api->xCreateFunction(api, "kiosk_rank", NULL, kiosk_rank,
					   NULL) == SQLITE_OK;
}
