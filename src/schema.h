/* schema: checking a ydoc tree against what a content file may hold, and
 * copying its values into a content arena.
 *
 * Each helper reports its own problems with the file, line and column of the
 * offending value and a hint, and returns a "nothing" value so the caller can
 * keep going and find more problems in the same file. */
#ifndef KIOSK_SCHEMA_H
#define KIOSK_SCHEMA_H

#include "content.h"
#include "ydoc.h"

struct schema {
	const char *path;
	struct diag *diag;
	struct arena *arena;		/* where copied values go */
	bool check_terms;		/* look marked words up in glossary */
	const struct content_glossary *glossary;	/* NULL: none exists */
	unsigned errors;		/* problems that make the file unusable */
	unsigned reference_errors;	/* unknown glossary words */
	/* The file's bytes, so a problem inside a text can be pointed at
	 * (NULL: problems point at the text's start); and when positions
	 * is not NULL, schema_text notes there where each text it copies
	 * was written. */
	const char *source;
	size_t source_len;
	struct textpos_table *positions;
};

struct schema_key {
	const char *name;
	bool required;
};

void schema_error(struct schema *s, const struct ynode *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Checks that node is a map whose keys are all among keys[0..count); reports
 * unknown keys (with a suggestion), keys given twice and required keys that
 * are missing (at the map's position).  values[i] receives the value of
 * keys[i] or NULL.  what names the map in messages ("a page").  Returns false
 * when node is not a map at all. */
bool schema_map(struct schema *s, const struct ynode *node, const char *what,
		const struct schema_key *keys, size_t count,
		const struct ynode **values);

/* A text value: a scalar that is not empty, with valid UTF-8, no control
 * characters (line breaks allowed) and well-formed glossary marks.  Returns
 * an arena copy, or NULL (reported).  A NULL node returns NULL silently.
 * The copy's place in the file goes to s->positions when it is set. */
const char *schema_text(struct schema *s, const struct ynode *node,
			const char *key);

/* A list of text values (a single text is not accepted: the message says
 * how to write a list).  Returns false after reporting. */
bool schema_text_list(struct schema *s, const struct ynode *node,
		      const char *key, struct content_list *out);

/* One of names[0..count) by exact match; returns the index or -1 (reported,
 * with a suggestion and the list of allowed values). */
int schema_choice(struct schema *s, const struct ynode *node, const char *key,
		  const char *const *names, size_t count);

/* A calendar date written YYYY-MM-DD. */
bool schema_date(struct schema *s, const struct ynode *node, const char *key,
		 struct content_date *out);

/* A list node; reports when node is something else.  items_what names the
 * items in the plural ("pages").  *items gets a new
 * zeroed array of its length in the arena. */
bool schema_list(struct schema *s, const struct ynode *node, const char *key,
		 const char *items_what, void **items, size_t item_size,
		 size_t *count);

#endif
