/* stemtok: the "kiosk" FTS5 tokenizer, unicode61 words through a Snowball
 * stemmer. */
#include "stemtok.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

/* Words longer than this are not stemmed: no real word is, and it bounds
 * the copies made for a prefix's alternatives. */
enum { STEM_WORD_MAX = 64, PREFIX_KEEP_MIN = 4 };

/* Stems of recent words, by a hash of the word: a library repeats its
 * words so often that most are found here, and stemming was a fifth of
 * building the index. */
enum { CACHE_SLOTS = 2048, CACHED_WORD_MAX = 23 };

struct stem_slot {
	unsigned char word_len, stem_len;	/* word_len 0: empty */
	char word[CACHED_WORD_MAX], stem[CACHED_WORD_MAX];
};

struct stemtok {
	fts5_tokenizer words;		/* unicode61's methods */
	Fts5Tokenizer *splitter;	/* a unicode61 instance */
	struct sb_stemmer *stemmer;	/* NULL: whole words */
	struct stem_slot cache[CACHE_SLOTS];
};

struct stemtok_call {
	struct stemtok *tok;
	void *ctx;
	int (*emit)(void *ctx, int tflags, const char *token, int len,
		    int start, int end);
	bool prefix;
};

fts5_api *stemtok_fts5(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *stmt;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return api;
}

static void stemtok_delete(Fts5Tokenizer *handle)
{
	struct stemtok *tok = (struct stemtok *)handle;

	if (!tok)
		return;
	if (tok->splitter)
		tok->words.xDelete(tok->splitter);
	if (tok->stemmer)
		sb_stemmer_delete(tok->stemmer);
	free(tok);
}

/* args: the language code ("en", "es"); none or an unknown language keeps
 * whole words. */
static int stemtok_create(void *api_ctx, const char **args, int nargs,
			  Fts5Tokenizer **out)
{
	static const char *fold[] = { "remove_diacritics", "2" };
	fts5_api *api = api_ctx;
	struct stemtok *tok = calloc(1, sizeof *tok);
	void *words_ctx;
	int rc;

	*out = NULL;
	if (!tok)
		return SQLITE_NOMEM;
	rc = api->xFindTokenizer(api, "unicode61", &words_ctx, &tok->words);
	if (rc == SQLITE_OK)
		rc = tok->words.xCreate(words_ctx, fold, 2, &tok->splitter);
	if (rc == SQLITE_OK && nargs > 0)
		tok->stemmer = sb_stemmer_new(args[0], NULL);
	if (rc != SQLITE_OK) {
		stemtok_delete((Fts5Tokenizer *)tok);
		return rc;
	}
	*out = (Fts5Tokenizer *)tok;
	return SQLITE_OK;
}

static struct stem_slot *cache_slot(struct stemtok *tok, const char *word,
				    int len)
{
	unsigned hash = 2166136261u;

	for (int i = 0; i < len; i++)
		hash = (hash ^ (unsigned char)word[i]) * 16777619u;
	return &tok->cache[hash % CACHE_SLOTS];
}

/* The stem of word (len bytes) in out (STEM_WORD_MAX + 1 bytes); its
 * length, or -1 when the stemmer ran out of memory. */
static int stem(struct stemtok *tok, const char *word, int len, char *out)
{
	struct stem_slot *slot = NULL;
	const sb_symbol *s;
	int slen;

	if (!tok->stemmer || len > STEM_WORD_MAX) {
		memcpy(out, word, (size_t)(len < STEM_WORD_MAX ? len : STEM_WORD_MAX));
		return len < STEM_WORD_MAX ? len : STEM_WORD_MAX;
	}
	if (len <= CACHED_WORD_MAX) {
		slot = cache_slot(tok, word, len);
		if (slot->word_len == len && memcmp(slot->word, word, (size_t)len) == 0) {
			memcpy(out, slot->stem, slot->stem_len);
			return slot->stem_len;
		}
	}
	s = sb_stemmer_stem(tok->stemmer, (const sb_symbol *)word, len);
	if (!s)
		return -1;
	slen = sb_stemmer_length(tok->stemmer);
	if (slen > STEM_WORD_MAX)
		slen = STEM_WORD_MAX;
	memcpy(out, s, (size_t)slen);
	if (slot && slen <= CACHED_WORD_MAX) {
		slot->word_len = (unsigned char)len;
		slot->stem_len = (unsigned char)slen;
		memcpy(slot->word, word, (size_t)len);
		memcpy(slot->stem, s, (size_t)slen);
	}
	return slen;
}

static bool starts_with(const char *text, int len, const char *head, int hlen)
{
	return len >= hlen && memcmp(text, head, (size_t)hlen) == 0;
}

/* A word still being typed, as a prefix that reaches the stems of the
 * words it may become: the typed letters less up to two (never cutting a
 * UTF-8 sequence, never under PREFIX_KEEP_MIN bytes), since a stem can end
 * before the letters typed so far ("injectio", stem "inject"); and the
 * word's own stem when that prefix does not already cover it.  A shorter
 * prefix matches everything a longer one does, so one or two tokens do
 * the work of every alternative, and each costs a pass over its words'
 * lists of rows. */
static int emit_prefix(struct stemtok_call *call, int tflags, const char *word,
		       int len, const char *stemmed, int slen, int start,
		       int end)
{
	int cut = len;
	int rc;

	for (int shorter = len - 1; shorter >= len - 2
	     && shorter >= PREFIX_KEEP_MIN; shorter--)
		if (((unsigned char)word[shorter] & 0xC0) != 0x80)
			cut = shorter;
	if (slen >= PREFIX_KEEP_MIN && starts_with(word, cut, stemmed, slen))
		return call->emit(call->ctx, tflags, stemmed, slen, start, end);
	rc = call->emit(call->ctx, tflags, word, cut, start, end);
	if (rc == SQLITE_OK && slen >= PREFIX_KEEP_MIN
	    && !starts_with(stemmed, slen, word, cut))
		rc = call->emit(call->ctx, FTS5_TOKEN_COLOCATED, stemmed, slen,
				start, end);
	return rc;
}

static int stemtok_word(void *ctx, int tflags, const char *word, int len,
			int start, int end)
{
	struct stemtok_call *call = ctx;
	char stemmed[STEM_WORD_MAX + 1];
	int slen = stem(call->tok, word, len, stemmed);

	if (slen < 0)
		return SQLITE_NOMEM;
	if (!call->prefix)
		return call->emit(call->ctx, tflags, stemmed, slen, start, end);
	return emit_prefix(call, tflags, word, len, stemmed, slen, start, end);
}

static int stemtok_tokenize(Fts5Tokenizer *handle, void *ctx, int flags,
			    const char *text, int len,
			    int (*emit)(void *ctx, int tflags, const char *token,
					int len, int start, int end))
{
	struct stemtok *tok = (struct stemtok *)handle;
	struct stemtok_call call = {
		.tok = tok, .ctx = ctx, .emit = emit,
		.prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0,
	};

	return tok->words.xTokenize(tok->splitter, &call, flags, text, len,
				    stemtok_word);
}

bool stemtok_register(sqlite3 *db)
{
	static fts5_tokenizer methods = {
		stemtok_create, stemtok_delete, stemtok_tokenize,
	};
	fts5_api *api = stemtok_fts5(db);

	return api && api->xCreateTokenizer(api, "kiosk", api, &methods,
					    NULL) == SQLITE_OK;
}
