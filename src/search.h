/* search: finds topics by the words a patient types, on an in-memory SQLite
 * FTS5 index (bm25 ranking, prefix match for the word being typed, accents
 * folded, English word forms by the porter stemmer), and offers the closest
 * indexed word when nothing matches.  Knows nothing of curses. */
#ifndef KIOSK_SEARCH_H
#define KIOSK_SEARCH_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

enum {
	SEARCH_SNIPPET_MAX = 160,	/* bytes of a hit's snippet */
	SEARCH_QUERY_WORDS_MAX = 8,	/* words of a query; the rest are ignored */
};

struct search;

struct search_hit {
	char key[CONTENT_TOPIC_KEY_MAX + 1];	/* the topic's "language/id" */
	char snippet[SEARCH_SNIPPET_MAX];	/* one line: where it matched, marked [ ] */
	/* Found only with the words mended (as search_suggest mends them),
	 * nothing matching the words as typed: "Did you mean ...?" */
	bool mended;
};

/* Returns a new empty index, owned by the caller (search_free), or NULL
 * when SQLite cannot make one (out of memory, or built without FTS5). */
struct search *search_new(void);

/* Indexes topic (title, other names, summary, page texts with glossary marks
 * stripped), replacing its rows if it was indexed before, so a reload calls
 * it for the changed topic only.  Building the whole index is one call per
 * topic: the caller may spread them over idle time or run them in a thread
 * that owns the index.  The index copies what it needs.  Returns false when
 * SQLite fails; the index then lacks this topic. */
bool search_update_topic(struct search *search,
			 const struct content_topic *topic);

/* Removes the topic with key "language/id"; no-op when it is not indexed.
 * Returns false when SQLite fails. */
bool search_remove_topic(struct search *search, const char *key);

/* Finds topics in language matching every word of text (the last word as a
 * prefix, for a patient still typing), best first, writing up to max hits.
 * text is taken as plain words: quotes, operators and punctuation mean
 * nothing.  When nothing matches, tries again with each word replaced by
 * the closest indexed word.  Returns the number of hits written; 0 for no
 * words, no match or a SQLite failure. */
size_t search_query(struct search *search, const char *language,
		    const char *text, struct search_hit *hits, size_t max);

/* Writes into out (size outsz) text with each word not in the index
 * replaced by the closest indexed word, for "Did you mean: bursitis?".
 * Returns false, leaving out empty, when no word needed mending or none
 * was close enough. */
bool search_suggest(struct search *search, const char *text,
		    char *out, size_t outsz);

/* Frees the index; search may be NULL. */
void search_free(struct search *search);

#endif
