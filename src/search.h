/* search: finds topics by the words a patient types, on an in-memory SQLite
 * FTS5 index: ranking by column weight and rarity (title, then other names and keywords, then
 * glossary explanations, then pages), prefix match for the word being
 * typed, accents folded, word forms by the Snowball stemmer of the topic's
 * language (stemtok), and the closest indexed word when nothing matches.
 * Knows nothing of curses.
 *
 * Threads: a search object is used from one thread at a time.  It may be
 * built on a worker thread and then handed to the UI thread (or queried
 * there through a lock); two threads must never call into the same object
 * at once.  Separate objects are independent.
 *
 * Memory: the index keeps no copy of the topics' text.  It keeps a pointer
 * to each topic it indexed, for its key and to cut snippets from its own
 * text: a topic must stay alive until it is indexed again (its new
 * version), removed, or the index freed.  After a reload, update or remove
 * the topic before content_library_release_retired frees the old one. */
#ifndef KIOSK_SEARCH_H
#define KIOSK_SEARCH_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

enum {
	SEARCH_SNIPPET_MAX = 160,	/* bytes of a hit's snippet */
	SEARCH_QUERY_WORDS_MAX = 8,	/* words of a query; the rest are ignored */
	SEARCH_HITS_MAX = 100,		/* hits one query returns at most */
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

/* Keeps a copy of glossary's terms and explanations: a topic indexed
 * after this is also found by the explanations of the terms it marks
 * ("cortisone" in the explanation of [[steroid]]).  Call it for each
 * glossary before indexing topics; after a glossary changes, topics of its
 * language keep the old explanations until they are indexed again.
 * Returns false when SQLite fails; the old copy then stays. */
bool search_update_glossary(struct search *search,
			    const struct content_glossary *glossary);

/* Indexes topic (title, other names and keywords, the glossary terms it
 * marks with their explanations, summary, page texts), replacing its rows
 * if it was indexed before, so a reload calls it for the changed topic
 * only.  Building the whole index is one call per topic: the caller may
 * spread them over idle time or run them in a thread that owns the index;
 * updates are committed together by the next query.  Keeps a pointer to
 * topic (see Memory above).  Returns false when SQLite fails; the index
 * then lacks this topic. */
bool search_update_topic(struct search *search,
			 const struct content_topic *topic);

/* Indexes every glossary and then every topic of lib: the whole index in
 * one call, for a thread that builds it while the screens go on.  Keeps
 * pointers to lib's topics (see Memory above).  Returns false when
 * SQLite failed on any of them; the index then lacks those. */
bool search_index_library(struct search *search,
			  const struct content_library *lib);

/* Removes the topic with key "language/id"; no-op when it is not indexed.
 * Returns false when SQLite fails. */
bool search_remove_topic(struct search *search, const char *key);

/* Finds topics in language matching every word of text (the last word as a
 * prefix, for a patient still typing), best first, writing up to max hits
 * (at most SEARCH_HITS_MAX).  Topics with every word in their title or
 * names come first.  text is taken as plain words: quotes, operators and
 * punctuation mean nothing.  When nothing matches, tries again with each
 * word replaced by the closest indexed word.  Returns the number of hits
 * written; 0 for no words, no match or a SQLite failure. */
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
