/* search: an in-memory SQLite FTS5 index of the library's topics. */
#include "search.h"

#include "markup.h"
#include "suggest.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WORD_MAX = 48 };

struct search {
	sqlite3 *db;
};

/* Titles and other names weigh most, then the summary and pages. */
static const char schema[] =
	"CREATE TABLE keys(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL);"
	"CREATE VIRTUAL TABLE topics USING fts5(lang UNINDEXED, title, names,"
	" body, tokenize='porter unicode61 remove_diacritics 2');"
	"CREATE VIRTUAL TABLE words USING fts5(text,"
	" tokenize='unicode61 remove_diacritics 2');"
	"CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, row);";

struct search *search_new(void)
{
	struct search *search = calloc(1, sizeof *search);

	if (!search)
		return NULL;
	if (sqlite3_open_v2(":memory:", &search->db, SQLITE_OPEN_READWRITE
			    | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK
	    || sqlite3_exec(search->db, schema, NULL, NULL, NULL) != SQLITE_OK) {
		search_free(search);
		return NULL;
	}
	return search;
}

void search_free(struct search *search)
{
	if (!search)
		return;
	sqlite3_close(search->db);
	free(search);
}

/* Runs sql with the given text parameters; true when it finished. */
static bool run(struct search *search, const char *sql,
		const char *const *params, size_t count, sqlite3_int64 *id)
{
	sqlite3_stmt *stmt;
	int rc;

	if (sqlite3_prepare_v2(search->db, sql, -1, &stmt, NULL) != SQLITE_OK)
		return false;
	for (size_t i = 0; i < count; i++)
		sqlite3_bind_text(stmt, (int)i + 1, params[i], -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		if (id)
			*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE;
}

/* A growing text the index copies from; on out of memory it stops growing
 * and failed is set. */
struct text {
	char *bytes;
	size_t len, cap;
	bool failed;
};

static void text_add(void *ctx, const char *plain)
{
	struct text *text = ctx;
	size_t need = strlen(plain) + 2;

	if (text->failed)
		return;
	if (text->len + need > text->cap) {
		size_t cap = (text->len + need) * 2;
		char *bytes = realloc(text->bytes, cap);
		if (!bytes) {
			text->failed = true;
			return;
		}
		text->bytes = bytes;
		text->cap = cap;
	}
	markup_strip(plain, text->bytes + text->len, need);
	text->len += strlen(text->bytes + text->len);
	text->bytes[text->len++] = '\n';
	text->bytes[text->len] = '\0';
}

static void add_list(struct text *text, const struct content_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		text_add(text, list->items[i]);
}

static void add_pages(struct text *text, const struct content_topic *topic)
{
	text_add(text, topic->summary ? topic->summary : "");
	for (size_t s = 0; s < topic->section_count; s++)
		for (size_t p = 0; p < topic->sections[s].page_count; p++)
			content_page_texts(&topic->sections[s].pages[p],
					   text_add, text);
}

static bool insert_rows(struct search *search, sqlite3_int64 id,
			const struct content_topic *topic,
			const char *names, const char *body)
{
	char rowid[24];
	const char *row[] = { rowid, topic->language, topic->title, names, body };
	const char *words[] = { rowid, topic->title, names };

	snprintf(rowid, sizeof rowid, "%lld", (long long)id);
	return run(search, "INSERT INTO topics(rowid, lang, title, names, body)"
		   " VALUES(?, ?, ?, ?, ?)", row, 5, NULL)
	    && run(search, "INSERT INTO words(rowid, text) VALUES(?, ? || ' ' || ?)",
		   words, 3, NULL);
}

bool search_update_topic(struct search *search,
			 const struct content_topic *topic)
{
	struct text names = { 0 }, body = { 0 };
	const char *key[] = { topic->key };
	sqlite3_int64 id = 0;
	bool ok;

	add_list(&names, &topic->other_names);
	add_list(&names, &topic->keywords);
	add_pages(&body, topic);
	ok = !names.failed && !body.failed
	  && run(search, "SAVEPOINT topic", NULL, 0, NULL);
	if (ok) {
		ok = search_remove_topic(search, topic->key)
		  && run(search, "INSERT INTO keys(key) VALUES(?)", key, 1, NULL)
		  && run(search, "SELECT id FROM keys WHERE key = ?", key, 1, &id)
		  && insert_rows(search, id, topic, names.bytes ? names.bytes : "",
				 body.bytes ? body.bytes : "");
		if (!ok)
			run(search, "ROLLBACK TO topic", NULL, 0, NULL);
		run(search, "RELEASE topic", NULL, 0, NULL);
	}
	free(names.bytes);
	free(body.bytes);
	return ok;
}

bool search_remove_topic(struct search *search, const char *key)
{
	const char *param[] = { key };

	return run(search, "DELETE FROM topics WHERE rowid IN"
		   " (SELECT id FROM keys WHERE key = ?)", param, 1, NULL)
	    && run(search, "DELETE FROM words WHERE rowid IN"
		   " (SELECT id FROM keys WHERE key = ?)", param, 1, NULL)
	    && run(search, "DELETE FROM keys WHERE key = ?", param, 1, NULL);
}

/* Splits text into lowercase words of letters and digits (any byte past
 * ASCII counts as a letter, so accented words stay whole); returns how many. */
static size_t split_words(const char *text, char words[][WORD_MAX + 1])
{
	size_t count = 0, len = 0;

	for (const unsigned char *c = (const unsigned char *)text;; c++) {
		bool letter = *c >= 0x80 || (*c >= '0' && *c <= '9')
			   || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
		if (letter && len < WORD_MAX && count < SEARCH_QUERY_WORDS_MAX) {
			words[count][len++] = (char)(*c >= 'A' && *c <= 'Z'
						     ? *c + 'a' - 'A' : *c);
		} else if (!letter && len) {
			words[count++][len] = '\0';
			len = 0;
		}
		if (!*c)
			return count;
	}
}

/* An FTS5 query of quoted words, the last a prefix; the words hold no
 * quote, so nothing the patient types can be read as query syntax. */
static void match_expression(char words[][WORD_MAX + 1], size_t count,
			     char *out, size_t outsz)
{
	size_t len = 0;

	out[0] = '\0';
	for (size_t i = 0; i < count && len < outsz; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%s\"%s\"%s",
					i ? " " : "", words[i],
					i + 1 == count ? "*" : "");
}

static size_t find(struct search *search, const char *language,
		   char words[][WORD_MAX + 1], size_t count,
		   struct search_hit *hits, size_t max)
{
	char match[SEARCH_QUERY_WORDS_MAX * (WORD_MAX + 4) + 1];
	sqlite3_stmt *stmt;
	size_t found = 0;

	match_expression(words, count, match, sizeof match);
	if (sqlite3_prepare_v2(search->db,
			       "SELECT keys.key, snippet(topics, -1, '[', ']', '...', 8)"
			       " FROM topics JOIN keys ON keys.id = topics.rowid"
			       " WHERE topics MATCH ? AND lang = ?"
			       " ORDER BY bm25(topics, 0, 10, 8, 1) LIMIT ?",
			       -1, &stmt, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(stmt, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, language, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 3, (sqlite3_int64)max);
	while (found < max && sqlite3_step(stmt) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(stmt, 0);
		const char *snip = (const char *)sqlite3_column_text(stmt, 1);
		snprintf(hits[found].key, sizeof hits[found].key, "%s",
			 key ? key : "");
		snprintf(hits[found].snippet, sizeof hits[found].snippet, "%s",
			 snip ? snip : "");
		hits[found].mended = false;
		for (char *c = hits[found].snippet; *c; c++)
			if (*c == '\n')
				*c = ' ';
		found++;
	}
	sqlite3_finalize(stmt);
	return found;
}

/* The indexed vocabulary, owned by the caller (free_vocab). */
struct vocab {
	char **terms;
	size_t count;
};

static void free_vocab(struct vocab *vocab)
{
	for (size_t i = 0; i < vocab->count; i++)
		free(vocab->terms[i]);
	free(vocab->terms);
}

static bool load_vocab(struct search *search, struct vocab *vocab)
{
	sqlite3_stmt *stmt;
	size_t cap = 0;
	bool ok = true;

	*vocab = (struct vocab){ 0 };
	if (sqlite3_prepare_v2(search->db, "SELECT term FROM words_vocab",
			       -1, &stmt, NULL) != SQLITE_OK)
		return false;
	while (ok && sqlite3_step(stmt) == SQLITE_ROW) {
		const char *term = (const char *)sqlite3_column_text(stmt, 0);
		if (vocab->count == cap) {
			char **terms = realloc(vocab->terms,
					       (cap = cap * 2 + 64) * sizeof *terms);
			ok = terms != NULL;
			if (ok)
				vocab->terms = terms;
		}
		if (ok && (vocab->terms[vocab->count] = strdup(term ? term : "")))
			vocab->count++;
		else
			ok = false;
	}
	sqlite3_finalize(stmt);
	if (!ok)
		free_vocab(vocab);
	return ok;
}

static bool known(const struct vocab *vocab, const char *word)
{
	for (size_t i = 0; i < vocab->count; i++)
		if (strcmp(vocab->terms[i], word) == 0)
			return true;
	return false;
}

/* Replaces each unknown word by the closest known one; true if any was. */
static bool mend_words(struct search *search, char words[][WORD_MAX + 1],
		       size_t count)
{
	struct vocab vocab;
	bool mended = false;

	if (!load_vocab(search, &vocab))
		return false;
	for (size_t i = 0; i < count; i++) {
		const char *best;
		if (known(&vocab, words[i]))
			continue;
		best = suggest_closest(words[i], strlen(words[i]),
				       (const char *const *)vocab.terms,
				       vocab.count);
		if (best && strlen(best) <= WORD_MAX) {
			strcpy(words[i], best);
			mended = true;
		}
	}
	free_vocab(&vocab);
	return mended;
}

size_t search_query(struct search *search, const char *language,
		    const char *text, struct search_hit *hits, size_t max)
{
	char words[SEARCH_QUERY_WORDS_MAX][WORD_MAX + 1];
	size_t count = split_words(text, words);
	size_t found;

	if (!count || !max)
		return 0;
	found = find(search, language, words, count, hits, max);
	if (!found && mend_words(search, words, count)) {
		found = find(search, language, words, count, hits, max);
		for (size_t i = 0; i < found; i++)
			hits[i].mended = true;
	}
	return found;
}

bool search_suggest(struct search *search, const char *text,
		    char *out, size_t outsz)
{
	char words[SEARCH_QUERY_WORDS_MAX][WORD_MAX + 1];
	size_t count = split_words(text, words);
	size_t len = 0;

	if (outsz)
		out[0] = '\0';
	if (!count || !outsz || !mend_words(search, words, count))
		return false;
	for (size_t i = 0; i < count && len < outsz; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%s%s",
					i ? " " : "", words[i]);
	return true;
}
