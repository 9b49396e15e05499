/* snippet: a matched line cut from a topic's own text. */
#include "snippet.h"

#include "markup.h"

#include <string.h>

enum {
	MARKS_MAX = 8,		/* matched words marked in one snippet */
	LEAD_BYTES = 40,	/* text kept before the first match */
	PLAIN_MAX = 4096,	/* bytes of one text looked at */
	HINT_MAX = 3,		/* bytes of a term looked for before tokenizing */
};

struct term_adder {
	struct snippet_query *query;
	bool prefix;
};

static int add_term(void *ctx, int tflags, const char *token, int len,
		    int start, int end)
{
	struct term_adder *adder = ctx;
	struct snippet_query *query = adder->query;
	struct snippet_term *term;

	(void)tflags;
	(void)start;
	(void)end;
	if (query->count == SNIPPET_TERMS_MAX || len > SNIPPET_TERM_MAX || len <= 0)
		return SQLITE_OK;
	term = &query->terms[query->count++];
	memcpy(term->text, token, (size_t)len);
	term->text[len] = '\0';
	term->len = len;
	term->prefix = adder->prefix;
	return SQLITE_OK;
}

bool snippet_query_add(struct snippet_query *query,
		       const struct snippet_tokenizer *tok,
		       const char *word, bool prefix)
{
	struct term_adder adder = { query, prefix };
	int flags = FTS5_TOKENIZE_QUERY | (prefix ? FTS5_TOKENIZE_PREFIX : 0);

	return tok->methods.xTokenize(tok->instance, &adder, flags, word,
				      (int)strlen(word), add_term) == SQLITE_OK;
}

static bool term_matches(const struct snippet_term *term, const char *token,
			 int len)
{
	return term->prefix
	     ? len >= term->len && memcmp(token, term->text, (size_t)term->len) == 0
	     : len == term->len && memcmp(token, term->text, (size_t)len) == 0;
}

static unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 'a' - 'A') : c;
}

/* The first letters of each term, looked for (ignoring case) before a
 * text is stripped of marks and tokenized, the costly part.  A term that
 * does not start with plain ASCII letters lets every text through. */
struct hints {
	char letters[SNIPPET_TERMS_MAX][HINT_MAX];
	size_t len[SNIPPET_TERMS_MAX];
	size_t count;
	bool everything;
	bool first[256];
};

static void make_hints(struct hints *hints, const struct snippet_query *query)
{
	*hints = (struct hints){ .count = 0 };
	for (size_t t = 0; t < query->count; t++) {
		const struct snippet_term *term = &query->terms[t];
		size_t len = term->len < HINT_MAX ? (size_t)term->len : HINT_MAX;
		size_t h = 0;

		for (size_t i = 0; i < len; i++)
			if ((unsigned char)term->text[i] >= 0x80)
				hints->everything = true;
		while (h < hints->count && !(hints->len[h] == len
		       && memcmp(hints->letters[h], term->text, len) == 0))
			h++;
		if (h < hints->count)
			continue;
		memcpy(hints->letters[h], term->text, len);
		hints->len[h] = len;
		hints->count++;
		hints->first[(unsigned char)term->text[0]] = true;
	}
}

static bool might_match(const struct hints *hints, const char *text)
{
	if (hints->everything)
		return true;
	for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
		if (!hints->first[lower_ascii(*c)])
			continue;
		for (size_t h = 0; h < hints->count; h++) {
			size_t k = 0;
			while (k < hints->len[h] && lower_ascii(c[k])
			       == (unsigned char)hints->letters[h][k])
				k++;
			if (k == hints->len[h])
				return true;
		}
	}
	return false;
}

struct scan {
	const struct snippet_query *query;
	struct { int start, end; } marks[MARKS_MAX];
	size_t count;
};

static int mark_token(void *ctx, int tflags, const char *token, int len,
		      int start, int end)
{
	struct scan *scan = ctx;

	if (tflags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	for (size_t t = 0; t < scan->query->count; t++) {
		if (!term_matches(&scan->query->terms[t], token, len))
			continue;
		scan->marks[scan->count].start = start;
		scan->marks[scan->count].end = end;
		/* Enough marks for one line: stop tokenizing. */
		return ++scan->count == MARKS_MAX ? SQLITE_DONE : SQLITE_OK;
	}
	return SQLITE_OK;
}

struct writer {
	char *out;
	size_t len, room;	/* room: outsz less "..." and the NUL */
	size_t last_space;	/* where the last space was written, or 0 */
};

static bool put(struct writer *w, const char *bytes, size_t len)
{
	if (w->len + len > w->room)
		return false;
	memcpy(w->out + w->len, bytes, len);
	if (len == 1 && bytes[0] == ' ')
		w->last_space = w->len;
	w->len += len;
	return true;
}

/* Ends a line that did not fit at its last space (or a whole UTF-8
 * character) with "...". */
static void put_cut(struct writer *w)
{
	if (w->last_space) {
		w->len = w->last_space;
	} else if (w->len) {
		size_t lead = w->len - 1;
		unsigned char c;
		while (lead && ((unsigned char)w->out[lead] & 0xC0) == 0x80)
			lead--;
		c = (unsigned char)w->out[lead];
		if (c >= 0xC0 && lead + (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2) > w->len)
			w->len = lead;
	}
	memcpy(w->out + w->len, "...", 3);
	w->len += 3;
}

static void write_line(const char *plain, size_t len, const struct scan *scan,
		       char *out, size_t outsz)
{
	struct writer w = { out, 0, outsz > 4 ? outsz - 4 : 0, 0 };
	size_t from = 0, m = 0;

	if (scan->count && (size_t)scan->marks[0].start > LEAD_BYTES) {
		size_t first = (size_t)scan->marks[0].start;
		from = first - LEAD_BYTES;
		while (from < first && plain[from] != ' ')
			from++;
		while (from < first && plain[from] == ' ')
			from++;
		put(&w, "...", 3);
	}
	for (size_t i = from; i < len; i++) {
		bool fits;
		if (m < scan->count && i == (size_t)scan->marks[m].start) {
			size_t end = (size_t)scan->marks[m++].end;
			fits = w.len + end - i + 2 <= w.room;
			if (fits) {
				put(&w, "[", 1);
				put(&w, plain + i, end - i);
				put(&w, "]", 1);
				i = end - 1;
			}
		} else {
			fits = put(&w, plain + i, 1);
		}
		if (!fits) {
			put_cut(&w);
			break;
		}
	}
	out[w.len] = '\0';
}

struct finder {
	const struct snippet_query *query;
	struct hints hints;
	const struct snippet_tokenizer *tok;
	char *out;
	size_t outsz;
	bool found;
};

/* Writes text as the snippet when it holds a word of the query. */
static void look_at(void *ctx, const char *text)
{
	struct finder *finder = ctx;
	struct scan scan = { .query = finder->query };
	char plain[PLAIN_MAX];
	size_t len;
	int rc;

	if (finder->found || !text || !might_match(&finder->hints, text))
		return;
	len = markup_strip(text, plain, sizeof plain);
	for (size_t i = 0; i < len; i++)
		if (plain[i] == '\n' || plain[i] == '\t' || plain[i] == '\r')
			plain[i] = ' ';
	rc = finder->tok->methods.xTokenize(finder->tok->instance, &scan,
					    FTS5_TOKENIZE_DOCUMENT, plain,
					    (int)len, mark_token);
	if ((rc != SQLITE_OK && rc != SQLITE_DONE) || !scan.count)
		return;
	write_line(plain, len, &scan, finder->out, finder->outsz);
	finder->found = true;
}

static void look_at_list(struct finder *finder, const struct content_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		look_at(finder, list->items[i]);
}

void snippet_cut(const struct content_topic *topic,
		 const struct snippet_query *query,
		 const struct snippet_tokenizer *tok, char *out, size_t outsz)
{
	struct finder finder = { .query = query, .tok = tok, .out = out,
				 .outsz = outsz };
	static const struct snippet_query none;

	if (!outsz)
		return;
	make_hints(&finder.hints, query);
	out[0] = '\0';
	look_at(&finder, topic->title);
	look_at_list(&finder, &topic->other_names);
	look_at_list(&finder, &topic->keywords);
	look_at(&finder, topic->summary);
	for (size_t s = 0; s < topic->section_count && !finder.found; s++)
		for (size_t p = 0; p < topic->sections[s].page_count; p++)
			content_page_texts(&topic->sections[s].pages[p],
					   look_at, &finder);
	if (!finder.found && topic->summary) {
		char plain[PLAIN_MAX];
		size_t len = markup_strip(topic->summary, plain, sizeof plain);
		struct scan nothing = { .query = &none };

		for (size_t i = 0; i < len; i++)
			if (plain[i] == '\n')
				plain[i] = ' ';
		write_line(plain, len, &nothing, out, outsz);
	}
}
