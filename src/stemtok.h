/* stemtok: an SQLite FTS5 tokenizer, "kiosk LANG", that splits text into
 * words as unicode61 does (case and accents folded: "Inyección" is
 * "inyeccion") and reduces each word to its stem with the Snowball stemmer
 * of language LANG ("injections" and "injected" are both "inject").  A
 * language without a Snowball stemmer keeps whole words.
 *
 * For a prefix query (the word a patient is still typing) it gives the
 * typed letters less up to two, and the stem where that does not cover it,
 * so "injectio" still reaches "inject", the stem of "injection".
 *
 * Each tokenizer instance owns its stemmer: like the database handle it is
 * registered on, it is used from one thread at a time. */
#ifndef KIOSK_STEMTOK_H
#define KIOSK_STEMTOK_H

#include <sqlite3.h>
#include <stdbool.h>

/* Registers the "kiosk" tokenizer on db, whose FTS5 tables can then say
 * tokenize='kiosk en'.  Returns false when db has no FTS5 or memory ran
 * out. */
bool stemtok_register(sqlite3 *db);

/* Returns db's FTS5 interface, or NULL when SQLite was built without it.
 * The pointer belongs to db. */
fts5_api *stemtok_fts5(sqlite3 *db);

#endif
