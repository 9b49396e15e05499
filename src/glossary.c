/* Glossary files: plain explanations of the medical words that topics mark
 * with [[ ]].  The shape is documented in docs/content.md. */
#include "content.h"

#include "schema.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Case-insensitive compare of a counted string with a NUL-terminated one. */
static int term_cmp(const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b);
	int c = strncasecmp(a, b, alen < blen ? alen : blen);

	if (c)
		return c;
	return alen < blen ? -1 : alen > blen;
}

static int entry_cmp(const void *x, const void *y)
{
	const struct content_term *a = x, *b = y;
	return term_cmp(a->term, strlen(a->term), b->term);
}

const struct content_term *content_find_term(const struct content_glossary *g,
					     const char *term, size_t len)
{
	size_t lo = 0, hi = g ? g->count : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = term_cmp(term, len, g->terms[mid].term);

		if (c == 0)
			return &g->terms[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Terms are sorted with their source nodes so a repeated term can be
 * reported at its own line. */
struct sortable_term {
	struct content_term term;
	const struct ynode *node;
};

static int sortable_cmp(const void *x, const void *y)
{
	const struct sortable_term *a = x, *b = y;
	int c = entry_cmp(&a->term, &b->term);

	if (c)
		return c;
	return a->node->line < b->node->line ? -1 : a->node->line > b->node->line;
}

static void parse_terms(struct schema *s, const struct ynode *list,
			struct content_glossary *g)
{
	static const struct schema_key keys[] = {
		{ "term", true }, { "plain", true }, { "say", false },
		{ "translates", false },
	};
	struct sortable_term *tmp;
	void *items;
	size_t n = 0, count;

	if (!schema_list(s, list, "terms", "glossary entries", &items,
			 sizeof *g->terms, &count))
		return;
	g->terms = items;
	tmp = xcalloc(count, sizeof *tmp);
	for (const struct ynode *node = list->child; node; node = node->next) {
		const struct ynode *v[COUNT(keys)];
		struct sortable_term *e = &tmp[n];

		if (!schema_map(s, node, "a glossary entry", keys, COUNT(keys), v))
			continue;
		e->term.term = schema_text(s, v[0], "term");
		e->term.plain = schema_text(s, v[1], "plain");
		e->term.say = schema_text(s, v[2], "say");
		e->term.translates = schema_text(s, v[3], "translates");
		e->node = v[0];
		e->term.line = node->line;
		e->term.col = node->col;
		if (e->term.term && e->term.plain)
			n++;
	}
	qsort(tmp, n, sizeof *tmp, sortable_cmp);
	g->count = 0;
	for (size_t i = 0; i < n; i++) {
		if (g->count && entry_cmp(&g->terms[g->count - 1], &tmp[i].term) == 0) {
			schema_error(s, tmp[i].node, "'%s' is in the glossary "
				     "twice (also at line %u); keep one entry",
				     tmp[i].term.term, tmp[i - 1].node->line);
			continue;
		}
		g->terms[g->count++] = tmp[i].term;
	}
	free(tmp);
}

struct content_glossary *content_glossary_parse(const char *path,
						const char *bytes, size_t len,
						struct diag *diag)
{
	static const struct schema_key keys[] = {
		{ "language", true }, { "terms", true },
	};
	struct content_glossary *g = xcalloc(1, sizeof *g);
	struct arena scratch = { 0 };
	struct schema s = {
		.path = path, .diag = diag, .source = bytes, .source_len = len,
	};
	const struct ynode *root, *v[COUNT(keys)];

	s.arena = &g->arena;
	arena_expect(&g->arena, len + len / 8 + strlen(path));
	g->path = arena_strndup(&g->arena, path, strlen(path));
	root = ydoc_parse(path, bytes, len, &scratch, diag);
	/* A bad entry is reported and left out on its own: dropping the
	 * whole glossary would unmark every word in every topic. */
	if (root && schema_map(&s, root, "a glossary file", keys, COUNT(keys), v)) {
		g->language = schema_text(&s, v[0], "language");
		parse_terms(&s, v[1], g);
	}
	arena_free(&scratch);
	if (!root || !g->language || !g->terms) {
		content_glossary_free(g);
		return NULL;
	}
	return g;
}

void content_glossary_free(struct content_glossary *glossary)
{
	if (!glossary)
		return;
	arena_free(&glossary->arena);
	free(glossary);
}
