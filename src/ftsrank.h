/* ftsrank: "kiosk_rank", an SQLite FTS5 ranking function for an index
 * that keeps no text and no word positions (contentless, detail=column),
 * where FTS5's own bm25 sees no word at all and scores every row 0.
 *
 * kiosk_rank(table, typing, w1, w2, ...) scores a row by each query
 * word's best column weight (wN for column N, 1 when not given) times how
 * rare the word is in the index (log(1 + rows / rows with the word)), so a
 * word in the title outweighs one in the body and a rare word outweighs a
 * common one.  The word numbered typing (from 0; -1 for none), the one a
 * patient is still typing, counts half: it may yet become another word.
 * It returns the score negated, best first under ORDER BY, as bm25 does. */
#ifndef KIOSK_FTSRANK_H
#define KIOSK_FTSRANK_H

#include <sqlite3.h>
#include <stdbool.h>

/* Registers kiosk_rank on db; false when db has no FTS5 or memory ran out. */
bool ftsrank_register(sqlite3 *db);

#endif
