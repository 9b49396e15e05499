/* snippet: the line of a topic a search matched, cut from the kiosk's own
 * text (the index keeps no copy of it), with the matched words marked
 * [like this].  Words are compared as the index compares them: through
 * the same FTS5 tokenizer, so stems and folded accents match. */
#ifndef KIOSK_SNIPPET_H
#define KIOSK_SNIPPET_H

#include "content.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

enum { SNIPPET_TERMS_MAX = 40, SNIPPET_TERM_MAX = 64 };

/* An FTS5 tokenizer instance and its methods; owned by whoever made it. */
struct snippet_tokenizer {
	fts5_tokenizer methods;
	Fts5Tokenizer *instance;
};

/* The terms a query asks for, as the tokenizer gives them. */
struct snippet_query {
	struct snippet_term {
		char text[SNIPPET_TERM_MAX + 1];
		int len;
		bool prefix;	/* matches any word it begins */
	} terms[SNIPPET_TERMS_MAX];
	size_t count;
};

/* Adds the terms of one typed word (prefix: the word is still being
 * typed) to query; terms past SNIPPET_TERMS_MAX are dropped.  Returns
 * false when the tokenizer fails. */
bool snippet_query_add(struct snippet_query *query,
		       const struct snippet_tokenizer *tok,
		       const char *word, bool prefix);

/* Writes into out (outsz bytes, NUL-terminated, one line) the first of
 * topic's texts that holds a word of query (title, other names, keywords,
 * summary, then the pages in order), cut around that word with "..." where
 * it was cut, each matched word marked [ ].  When no text holds one (the
 * match was in a glossary explanation) it writes the summary. */
void snippet_cut(const struct content_topic *topic,
		 const struct snippet_query *query,
		 const struct snippet_tokenizer *tok, char *out, size_t outsz);

#endif
