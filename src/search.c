/* search: an in-memory SQLite FTS5 index of the library's topics.
 *
 * Each language has two contentless FTS5 tables, tokenized by stemtok for
 * that language: one of title, names (other names and keywords), gloss
 * (the glossary terms the topic marks, with their explanations) and body
 * (summary and pages), and a small one of title and names alone, searched
 * first.  The index keeps no copy of the text: no word positions
 * (detail=column: no query needs phrases), no column sizes, and snippets
 * cut from the topic's own text (snippet); rows are ranked by ftsrank.
 * SQLite 3.40 cannot delete a row of a contentless table without its old
 * text, so a replaced or removed topic's rows stay in the index,
 * unreachable: their rowid maps to no topic any more. */
#include "search.h"

#include "ftsrank.h"
#include "markup.h"
#include "snippet.h"
#include "stemtok.h"
#include "suggest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	WORD_MAX = 48,
	LANGUAGE_MAX = 15,
	GLOSS_TERMS_MAX = 64,	/* glossary terms of one topic indexed */
	/* Matches ranked per query, in library order: ranking is the costly
	 * part, and a word so common that more topics match is not yet a
	 * search a patient means (they type on).  Title and name matches are
	 * ranked apart first, so they come first even when thousands of
	 * pages hold the word. */
	RANK_WINDOW = 2000,
	MATCH_MAX = SEARCH_QUERY_WORDS_MAX * (WORD_MAX + 4) + 1,
};

/* An FTS5 table of one language and its statements. */
struct table {
	sqlite3_stmt *insert;		/* one topic's row */
	sqlite3_stmt *rank;		/* the best rows of a match */
};

/* Titles and names have a small table of their own, so matches there are
 * found without going through every row that has the word in its pages. */
struct language {
	char code[LANGUAGE_MAX + 1];
	struct table names;		/* title, names */
	struct table all;		/* title, names, gloss, body */
	struct snippet_tokenizer tok;	/* for snippets */
};

/* The words "did you mean" picks from, sorted. */
struct vocab {
	char **terms;
	size_t count;
};

struct search {
	sqlite3 *db;
	fts5_tokenizer kiosk;		/* stemtok's methods */
	void *kiosk_ctx;
	struct language *languages;
	size_t language_count;
	/* The topic of each rowid, NULL once replaced or removed. */
	const struct content_topic **rows;
	size_t row_cap, dead_rows;
	sqlite3_int64 last_row;
	bool in_batch;			/* updates wait in one transaction */
	sqlite3_stmt *find_key, *put_key, *drop_key, *add_words, *find_term,
		     *put_term, *drop_terms;
	struct vocab vocab;
	bool vocab_stale;
};

static const char schema[] =
	"CREATE TABLE keys(key TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE glossary(lang TEXT, term TEXT COLLATE NOCASE, plain TEXT,"
	" PRIMARY KEY(lang, term)) WITHOUT ROWID;"
	"CREATE VIRTUAL TABLE words USING fts5(text, content='', detail=none,"
	" columnsize=0, tokenize='unicode61 remove_diacritics 2');"
	"CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, row);";

static void close_table(struct table *table)
{
	sqlite3_finalize(table->insert);
	sqlite3_finalize(table->rank);
	*table = (struct table){ NULL, NULL };
}

static bool prepare(sqlite3 *db, const char *sql, sqlite3_stmt **stmt)
{
	return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt,
				  NULL) == SQLITE_OK;
}

struct search *search_new(void)
{
	struct search *search = calloc(1, sizeof *search);
	fts5_api *api;

	if (!search)
		return NULL;
	if (sqlite3_open_v2(":memory:", &search->db, SQLITE_OPEN_READWRITE
			    | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK
	    || sqlite3_exec(search->db, schema, NULL, NULL, NULL) != SQLITE_OK
	    || !stemtok_register(search->db)
	    || !ftsrank_register(search->db)
	    || !(api = stemtok_fts5(search->db))
	    || api->xFindTokenizer(api, "kiosk", &search->kiosk_ctx,
				   &search->kiosk) != SQLITE_OK
	    || !prepare(search->db, "SELECT id FROM keys WHERE key = ?", &search->find_key)
	    || !prepare(search->db, "INSERT OR REPLACE INTO keys(key, id) VALUES(?, ?)",
			&search->put_key)
	    || !prepare(search->db, "DELETE FROM keys WHERE key = ?", &search->drop_key)
	    || !prepare(search->db, "INSERT INTO words(rowid, text) VALUES(?, ?)",
			&search->add_words)
	    || !prepare(search->db, "SELECT plain FROM glossary WHERE lang = ? AND term = ?",
			&search->find_term)
	    || !prepare(search->db, "INSERT OR REPLACE INTO glossary(lang, term, plain)"
			" VALUES(?, ?, ?)", &search->put_term)
	    || !prepare(search->db, "DELETE FROM glossary WHERE lang = ?",
			&search->drop_terms)) {
		search_free(search);
		return NULL;
	}
	return search;
}

static void free_vocab(struct vocab *vocab)
{
	for (size_t i = 0; i < vocab->count; i++)
		free(vocab->terms[i]);
	free(vocab->terms);
	*vocab = (struct vocab){ 0 };
}

void search_free(struct search *search)
{
	if (!search)
		return;
	for (size_t i = 0; i < search->language_count; i++) {
		struct language *lang = &search->languages[i];
		close_table(&lang->names);
		close_table(&lang->all);
		if (lang->tok.instance)
			lang->tok.methods.xDelete(lang->tok.instance);
	}
	free(search->languages);
	sqlite3_finalize(search->find_key);
	sqlite3_finalize(search->put_key);
	sqlite3_finalize(search->drop_key);
	sqlite3_finalize(search->add_words);
	sqlite3_finalize(search->find_term);
	sqlite3_finalize(search->put_term);
	sqlite3_finalize(search->drop_terms);
	sqlite3_close(search->db);
	free_vocab(&search->vocab);
	free(search->rows);
	free(search);
}

/* Steps stmt to its end and resets it; true when it finished. */
static bool step_done(sqlite3_stmt *stmt)
{
	int rc;

	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		;
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return rc == SQLITE_DONE;
}

static bool exec(struct search *search, const char *sql)
{
	return sqlite3_exec(search->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* Updates wait in one open transaction, so building the index is one
 * commit, not one per topic; a query commits them first. */
static bool begin_batch(struct search *search)
{
	if (!search->in_batch)
		search->in_batch = exec(search, "BEGIN");
	return search->in_batch;
}

static void settle(struct search *search)
{
	if (search->in_batch && !exec(search, "COMMIT"))
		exec(search, "ROLLBACK");
	search->in_batch = false;
}

/* A language code as the tokenizer's argument: small letters and '-'
 * only, as it goes into SQL text; anything else gets no stemmer. */
static bool plain_code(const char *code)
{
	size_t len = strlen(code);

	if (!len || len > LANGUAGE_MAX)
		return false;
	for (const char *c = code; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || *c == '-'))
			return false;
	return true;
}

/* Makes the FTS5 table name with columns (and as many "?, " in values)
 * ranked with weights, tokenized for language code (NULL: no stemmer). */
static bool open_table(struct search *search, struct table *table,
		       const char *name, const char *columns,
		       const char *values, const char *weights,
		       const char *code)
{
	char sql[512];

	snprintf(sql, sizeof sql, "CREATE VIRTUAL TABLE %s USING fts5(%s,"
		 " content='', columnsize=0, detail=column, prefix='1 2',"
		 " tokenize='kiosk %s')", name, columns, code ? code : "");
	if (!exec(search, sql))
		return false;
	snprintf(sql, sizeof sql, "INSERT INTO %s(rowid, %s) VALUES(?, %s)",
		 name, columns, values);
	if (!prepare(search->db, sql, &table->insert))
		return false;
	snprintf(sql, sizeof sql, "SELECT rowid FROM (SELECT rowid,"
		 " kiosk_rank(%s, ?3, %s) AS score FROM %s WHERE %s MATCH ?1"
		 " LIMIT %d) ORDER BY score, rowid LIMIT ?2",
		 name, weights, name, name, RANK_WINDOW);
	return prepare(search->db, sql, &table->rank);
}

static bool open_language(struct search *search, struct language *lang,
			  size_t number)
{
	const char *args[] = { lang->code };
	const char *code = plain_code(lang->code) ? lang->code : NULL;
	char names[32], all[32];

	snprintf(names, sizeof names, "names_%zu", number);
	snprintf(all, sizeof all, "topics_%zu", number);
	if (!open_table(search, &lang->names, names, "title, names", "?, ?",
			"10, 8", code)
	    || !open_table(search, &lang->all, all, "title, names, gloss, body",
			   "?, ?, ?, ?", "10, 8, 2, 1", code))
		return false;
	lang->tok.methods = search->kiosk;
	return search->kiosk.xCreate(search->kiosk_ctx, args, code ? 1 : 0,
				     &lang->tok.instance) == SQLITE_OK;
}

/* The language's table, made on first use when make is true; NULL when
 * there is none or it could not be made. */
static struct language *language(struct search *search, const char *code,
				 bool make)
{
	struct language *langs, *lang;

	for (size_t i = 0; i < search->language_count; i++)
		if (strcmp(search->languages[i].code, code) == 0)
			return search->languages[i].tok.instance
			     ? &search->languages[i] : NULL;
	if (!make || strlen(code) > LANGUAGE_MAX)
		return NULL;
	langs = realloc(search->languages,
			(search->language_count + 1) * sizeof *langs);
	if (!langs)
		return NULL;
	search->languages = langs;
	lang = &langs[search->language_count];
	*lang = (struct language){ 0 };
	strcpy(lang->code, code);
	/* Counted even when opening failed, so search_free finalizes what
	 * was made; the table's name then stays taken. */
	search->language_count++;
	if (!open_language(search, lang, search->language_count - 1)) {
		close_table(&lang->names);
		close_table(&lang->all);
		return NULL;
	}
	return lang;
}

/* A growing text the index copies from, and the glossary terms its marks
 * name; on out of memory it stops growing and failed is set. */
struct text {
	char *bytes;
	size_t len, cap;
	bool failed;
	struct terms {
		const char *name[GLOSS_TERMS_MAX];
		size_t len[GLOSS_TERMS_MAX];
		size_t count;
	} *terms;			/* NULL: marks not collected */
};

static void note_terms(struct terms *terms, const char *marked)
{
	struct markup_span span;

	while (markup_next(&marked, &span)) {
		size_t i = 0;
		if (!span.term)
			continue;
		while (i < terms->count && !(terms->len[i] == span.term_len
		       && strncmp(terms->name[i], span.term, span.term_len) == 0))
			i++;
		if (i == terms->count && i < GLOSS_TERMS_MAX) {
			terms->name[i] = span.term;
			terms->len[i] = span.term_len;
			terms->count++;
		}
	}
}

/* Appends one text (its marks stripped) and a line break. */
static void text_add(void *ctx, const char *marked)
{
	struct text *text = ctx;
	size_t need = strlen(marked) + 2;

	if (text->failed)
		return;
	if (text->terms)
		note_terms(text->terms, marked);
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
	markup_strip(marked, text->bytes + text->len, need);
	text->len += strlen(text->bytes + text->len);
	text->bytes[text->len++] = '\n';
	text->bytes[text->len] = '\0';
}

static void add_list(struct text *text, const struct content_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		text_add(text, list->items[i]);
}

static const char *text_of(const struct text *text)
{
	return text->bytes ? text->bytes : "";
}

/* The glossary terms the topic marks, each with its explanation. */
static bool add_glossary(struct search *search, const char *code,
			 const struct terms *terms, struct text *gloss)
{
	char term[WORD_MAX * 2 + 1];
	int rc = SQLITE_DONE;

	for (size_t i = 0; i < terms->count && !gloss->failed; i++) {
		if (terms->len[i] >= sizeof term)
			continue;
		memcpy(term, terms->name[i], terms->len[i]);
		term[terms->len[i]] = '\0';
		text_add(gloss, term);
		sqlite3_bind_text(search->find_term, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(search->find_term, 2, term, -1, SQLITE_STATIC);
		rc = sqlite3_step(search->find_term);
		if (rc == SQLITE_ROW)
			text_add(gloss, (const char *)sqlite3_column_text(search->find_term, 0));
		sqlite3_reset(search->find_term);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return false;
	}
	return !gloss->failed;
}

static bool grow_rows(struct search *search)
{
	size_t need = (size_t)search->last_row + 2;
	const struct content_topic **rows;

	if (need <= search->row_cap)
		return true;
	rows = realloc(search->rows, need * 2 * sizeof *rows);
	if (!rows)
		return false;
	memset(rows + search->row_cap, 0,
	       (need * 2 - search->row_cap) * sizeof *rows);
	search->rows = rows;
	search->row_cap = need * 2;
	return true;
}

static bool bind_texts(sqlite3_stmt *stmt, sqlite3_int64 id,
		       const char *const *texts, size_t count)
{
	sqlite3_bind_int64(stmt, 1, id);
	for (size_t i = 0; i < count; i++)
		sqlite3_bind_text(stmt, (int)i + 2, texts[i], -1, SQLITE_STATIC);
	return step_done(stmt);
}

/* The rows of one topic under rowid id. */
static bool insert_rows(struct search *search, struct language *lang,
			sqlite3_int64 id, const struct content_topic *topic,
			const struct text *names, const struct text *gloss,
			const struct text *body)
{
	const char *row[] = { topic->title, text_of(names), text_of(gloss),
			      text_of(body) };
	struct text words = { 0 };
	const char *word_row[1];
	bool ok;

	text_add(&words, topic->title);
	text_add(&words, text_of(names));
	word_row[0] = text_of(&words);
	ok = !words.failed && bind_texts(lang->all.insert, id, row, 4)
	  && bind_texts(lang->names.insert, id, row, 2)
	  && bind_texts(search->add_words, id, word_row, 1);
	sqlite3_bind_text(search->put_key, 1, topic->key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(search->put_key, 2, id);
	ok = step_done(search->put_key) && ok;
	free(words.bytes);
	return ok;
}

/* The rowid indexed under key, or 0. */
static sqlite3_int64 row_of(struct search *search, const char *key)
{
	sqlite3_int64 id = 0;

	sqlite3_bind_text(search->find_key, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(search->find_key) == SQLITE_ROW)
		id = sqlite3_column_int64(search->find_key, 0);
	sqlite3_reset(search->find_key);
	return id;
}

static void forget_row(struct search *search, sqlite3_int64 id)
{
	if (id > 0 && (size_t)id < search->row_cap && search->rows[id]) {
		search->rows[id] = NULL;
		search->dead_rows++;
	}
}

bool search_update_topic(struct search *search,
			 const struct content_topic *topic)
{
	struct terms terms = { .count = 0 };
	struct text names = { 0 }, gloss = { 0 }, body = { .terms = &terms };
	struct language *lang = language(search, topic->language, true);
	sqlite3_int64 id = search->last_row + 1, old;
	bool ok;

	add_list(&names, &topic->other_names);
	add_list(&names, &topic->keywords);
	text_add(&body, topic->summary ? topic->summary : "");
	for (size_t s = 0; s < topic->section_count; s++)
		for (size_t p = 0; p < topic->sections[s].page_count; p++)
			content_page_texts(&topic->sections[s].pages[p],
					   text_add, &body);
	ok = lang && !names.failed && !body.failed && grow_rows(search)
	  && begin_batch(search) && exec(search, "SAVEPOINT topic");
	if (ok) {
		old = row_of(search, topic->key);
		ok = add_glossary(search, topic->language, &terms, &gloss)
		  && insert_rows(search, lang, id, topic, &names, &gloss, &body);
		if (!ok)
			exec(search, "ROLLBACK TO topic");
		exec(search, "RELEASE topic");
		if (ok) {
			forget_row(search, old);
			search->rows[id] = topic;
			search->last_row = id;
			search->vocab_stale = true;
		} else {
			search_remove_topic(search, topic->key);
		}
	}
	free(names.bytes);
	free(gloss.bytes);
	free(body.bytes);
	return ok;
}

bool search_index_library(struct search *search,
			  const struct content_library *lib)
{
	bool ok = true;

	for (size_t i = 0; i < lib->glossary_count; i++)
		ok = search_update_glossary(search, lib->glossaries[i]) && ok;
	for (size_t i = 0; i < lib->topic_count; i++)
		ok = search_update_topic(search, lib->topics[i]) && ok;
	return ok;
}

bool search_remove_topic(struct search *search, const char *key)
{
	sqlite3_int64 id = row_of(search, key);

	if (!id)
		return true;
	/* The topic may be freed as soon as this returns, whatever SQLite
	 * says: the row never points at it again. */
	forget_row(search, id);
	search->vocab_stale = true;
	sqlite3_bind_text(search->drop_key, 1, key, -1, SQLITE_STATIC);
	return step_done(search->drop_key);
}

bool search_update_glossary(struct search *search,
			    const struct content_glossary *glossary)
{
	bool ok = begin_batch(search) && exec(search, "SAVEPOINT glossary");

	if (!ok)
		return false;
	sqlite3_bind_text(search->drop_terms, 1, glossary->language, -1,
			  SQLITE_STATIC);
	ok = step_done(search->drop_terms);
	for (size_t i = 0; ok && i < glossary->count; i++) {
		sqlite3_bind_text(search->put_term, 1, glossary->language, -1,
				  SQLITE_STATIC);
		sqlite3_bind_text(search->put_term, 2, glossary->terms[i].term,
				  -1, SQLITE_STATIC);
		sqlite3_bind_text(search->put_term, 3, glossary->terms[i].plain,
				  -1, SQLITE_STATIC);
		ok = step_done(search->put_term);
	}
	if (!ok)
		exec(search, "ROLLBACK TO glossary");
	exec(search, "RELEASE glossary");
	return ok;
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

/* An FTS5 query of quoted words, the last a prefix (prefix: the patient
 * is still typing it).  The words hold no quote, so nothing the patient
 * types is query syntax. */
static void match_expression(char words[][WORD_MAX + 1], size_t count,
			     bool prefix, char *out)
{
	size_t len = 0;

	out[0] = '\0';
	for (size_t i = 0; i < count && len < MATCH_MAX; i++)
		len += (size_t)snprintf(out + len, MATCH_MAX - len, "%s\"%s\"%s",
					i ? " " : "", words[i],
					prefix && i + 1 == count ? "*" : "");
}

static bool already(const sqlite3_int64 *ids, size_t count, sqlite3_int64 id)
{
	for (size_t i = 0; i < count; i++)
		if (ids[i] == id)
			return true;
	return false;
}

/* Adds the best live rows for match to ids (up to max in all). */
static size_t rank(struct search *search, const struct table *table,
		   const char *match, int typing, sqlite3_int64 *ids,
		   size_t found, size_t max)
{
	size_t limit = max + search->dead_rows;

	sqlite3_bind_text(table->rank, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int64(table->rank, 2, (sqlite3_int64)(limit < RANK_WINDOW
							   ? limit : RANK_WINDOW));
	sqlite3_bind_int(table->rank, 3, typing);
	while (found < max && sqlite3_step(table->rank) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(table->rank, 0);
		if (id > 0 && (size_t)id < search->row_cap && search->rows[id]
		    && !already(ids, found, id))
			ids[found++] = id;
	}
	sqlite3_reset(table->rank);
	return found;
}

/* Matches in titles and names first, then anywhere. */
static size_t find(struct search *search, struct language *lang,
		   char words[][WORD_MAX + 1], size_t count, bool prefix,
		   sqlite3_int64 *ids, size_t max)
{
	char match[MATCH_MAX];
	int typing = prefix ? (int)count - 1 : -1;
	size_t found;

	match_expression(words, count, prefix, match);
	found = rank(search, &lang->names, match, typing, ids, 0, max);
	if (found < max)
		found = rank(search, &lang->all, match, typing, ids, found, max);
	return found;
}

static int by_term(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the words of titles and names again after the index changed. */
static bool load_vocab(struct search *search)
{
	struct vocab *vocab = &search->vocab;
	sqlite3_stmt *stmt;
	size_t cap = 0;
	bool ok = true;

	if (!search->vocab_stale && vocab->terms)
		return true;
	free_vocab(vocab);
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
	search->vocab_stale = !ok;
	return ok;
}

static bool known(const struct vocab *vocab, const char *word)
{
	return vocab->count && bsearch(&word, vocab->terms, vocab->count,
				       sizeof *vocab->terms, by_term);
}

/* Replaces each unknown word by the closest known one; true if any was. */
static bool mend_words(struct search *search, char words[][WORD_MAX + 1],
		       size_t count)
{
	const struct vocab *vocab = &search->vocab;
	bool mended = false;

	if (!load_vocab(search))
		return false;
	for (size_t i = 0; i < count; i++) {
		const char *best;
		if (known(vocab, words[i]))
			continue;
		best = suggest_closest(words[i], strlen(words[i]),
				       (const char *const *)vocab->terms,
				       vocab->count);
		if (best && strlen(best) <= WORD_MAX) {
			strcpy(words[i], best);
			mended = true;
		}
	}
	return mended;
}

static void fill_hit(struct search_hit *hit, const struct content_topic *topic,
		     const struct snippet_query *query,
		     const struct language *lang)
{
	snprintf(hit->key, sizeof hit->key, "%s", topic->key);
	snippet_cut(topic, query, &lang->tok, hit->snippet, sizeof hit->snippet);
}

size_t search_query(struct search *search, const char *language_code,
		    const char *text, struct search_hit *hits, size_t max)
{
	char words[SEARCH_QUERY_WORDS_MAX][WORD_MAX + 1];
	sqlite3_int64 ids[SEARCH_HITS_MAX];
	struct snippet_query query = { .count = 0 };
	size_t count = split_words(text, words);
	struct language *lang;
	size_t found;
	bool prefix = true;

	settle(search);
	lang = language(search, language_code, false);
	if (max > SEARCH_HITS_MAX)
		max = SEARCH_HITS_MAX;
	if (!count || !max || !lang)
		return 0;
	found = find(search, lang, words, count, prefix, ids, max);
	if (!found && mend_words(search, words, count)) {
		prefix = false;
		found = find(search, lang, words, count, prefix, ids, max);
	}
	for (size_t i = 0; i < count; i++)
		snippet_query_add(&query, &lang->tok, words[i],
				  prefix && i + 1 == count);
	for (size_t i = 0; i < found; i++) {
		fill_hit(&hits[i], search->rows[ids[i]], &query, lang);
		hits[i].mended = !prefix;
	}
	return found;
}

bool search_suggest(struct search *search, const char *text,
		    char *out, size_t outsz)
{
	char words[SEARCH_QUERY_WORDS_MAX][WORD_MAX + 1];
	size_t count = split_words(text, words);
	size_t len = 0;

	settle(search);
	if (outsz)
		out[0] = '\0';
	if (!count || !outsz || !mend_words(search, words, count))
		return false;
	for (size_t i = 0; i < count && len < outsz; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%s%s",
					i ? " " : "", words[i]);
	return true;
}
