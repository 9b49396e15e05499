#include "schema.h"

#include "markup.h"
#include "suggest.h"
#include "utf8.h"

#include <stdio.h>
#include <ctype.h>
#include <string.h>

enum { SCHEMA_MAX_KEYS = 32, QUOTE_MAX = 48 };

void schema_error(struct schema *s, const struct ynode *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(s->diag, DIAG_ERROR, s->path, at->line, at->col, fmt, ap);
	va_end(ap);
	s->errors++;
}

static void report_unknown_key(struct schema *s, const struct ynode *key,
			       const char *what, const struct schema_key *keys,
			       size_t count)
{
	const char *names[SCHEMA_MAX_KEYS];
	char quoted[QUOTE_MAX], allowed[512];
	const char *best;
	size_t used = 0;

	for (size_t i = 0; i < count; i++)
		names[i] = keys[i].name;
	diag_quote(key->text, key->len, quoted, sizeof quoted);
	best = suggest_closest(key->text, key->len, names, count);
	if (best) {
		schema_error(s, key, "unknown key '%s' in %s; did you mean '%s'?",
			     quoted, what, best);
		return;
	}
	allowed[0] = '\0';
	for (size_t i = 0; i < count && used < sizeof allowed; i++)
		used += (size_t)snprintf(allowed + used, sizeof allowed - used,
					 "%s%s", i ? ", " : "", names[i]);
	schema_error(s, key, "unknown key '%s' in %s; the keys allowed here "
		     "are: %s", quoted, what, allowed);
}

bool schema_map(struct schema *s, const struct ynode *node, const char *what,
		const struct schema_key *keys, size_t count,
		const struct ynode **values)
{
	const struct ynode *first_key[SCHEMA_MAX_KEYS] = { NULL };

	for (size_t i = 0; i < count; i++)
		values[i] = NULL;
	if (node->kind != YNODE_MAP) {
		schema_error(s, node, "%s should be a set of 'key: value' lines, "
			     "not %s", what, ynode_is_null(node) ? "empty" :
			     ynode_kind_name(node));
		return false;
	}
	for (const struct ynode *k = node->child; k; k = k->next->next) {
		const struct ynode *v = k->next;
		size_t i;

		if (k->kind != YNODE_SCALAR) {
			schema_error(s, k, "a key in %s must be a plain word, "
				     "not %s", what, ynode_kind_name(k));
			continue;
		}
		for (i = 0; i < count; i++)
			if (strcmp(k->text, keys[i].name) == 0)
				break;
		if (i == count) {
			report_unknown_key(s, k, what, keys, count);
		} else if (first_key[i]) {
			schema_error(s, k, "key '%s' is given twice in %s (first "
				     "at line %u); keep only one", keys[i].name,
				     what, first_key[i]->line);
		} else {
			first_key[i] = k;
			values[i] = v;
		}
	}
	for (size_t i = 0; i < count; i++)
		if (keys[i].required && !values[i])
			schema_error(s, node, "%s has no '%s'; add a line "
				     "'%s: ...'", what, keys[i].name, keys[i].name);
	return true;
}

/* Where byte offset of node's text was written: exactly when the file's
 * bytes are at hand, else the start of the text. */
static void place_of(const struct schema *s, const struct ynode *node,
		     size_t offset, unsigned *line, unsigned *col)
{
	*line = node->line;
	*col = node->col;
	if (s->source)
		textpos_locate(node, s->source, s->source_len, offset, line, col);
}

static void check_marks(struct schema *s, const struct ynode *node,
			const char *key)
{
	unsigned line, col;

	const char *text = node->text, *problem;
	struct markup_span span;
	size_t at;

	/* Most texts have no marks at all: memchr finds that fastest. */
	if (!memchr(text, '[', node->len) && !memchr(text, ']', node->len))
		return;
	problem = markup_check(text, &at);
	if (problem) {
		place_of(s, node, at, &line, &col);
		diag_add(s->diag, DIAG_ERROR, s->path, line, col, "in '%s', "
			 "character %zu: %s", key, at + 1, problem);
		s->errors++;
		return;
	}
	if (!s->check_terms)
		return;
	while (markup_next(&text, &span)) {
		char quoted[QUOTE_MAX];

		if (!span.term || (s->glossary && content_find_term(s->glossary,
						span.term, span.term_len)))
			continue;
		diag_quote(span.term, span.term_len, quoted, sizeof quoted);
		/* At the mark's "[[", just before what it shows. */
		place_of(s, node, (size_t)(span.text - node->text) - 2, &line, &col);
		if (s->glossary)
			diag_add(s->diag, DIAG_ERROR, s->path, line, col, "'%s' is "
				 "marked as a glossary word but %s has no entry "
				 "for it; add it there, or remove the [[ ]]",
				 quoted, s->glossary->path);
		else
			diag_add(s->diag, DIAG_ERROR, s->path, line, col, "'%s' is "
				 "marked as a glossary word but there is no "
				 "glossary file for this language; add one or "
				 "remove the [[ ]]", quoted);
		s->reference_errors++;
	}
}

/* A line "- Item" indented further than the "- " above it is not a new
 * item: YAML joins it to the text above ("Numb hands - Numb fingers").
 * Unquoted text with " - " before a capital letter is most likely that. */
static void check_swallowed_item(struct schema *s, const struct ynode *node,
				 const char *key)
{
	const char *dash = node->plain ? strstr(node->text, " - ") : NULL;
	char quoted[QUOTE_MAX];
	unsigned line, col;

	if (!dash || !isupper((unsigned char)dash[3]))
		return;
	diag_quote(dash + 1, strcspn(dash + 1, ".,;"), quoted, sizeof quoted);
	place_of(s, node, (size_t)(dash + 1 - node->text), &line, &col);
	diag_add(s->diag, DIAG_WARNING, s->path, line, col,
		 "'%s' has '%s' inside it, which looks like a list item joined "
		 "to this one because its line is indented too far; line its "
		 "'- ' up with the one above, or put the whole text in double "
		 "quotes if the dash belongs there", key, quoted);
}

const char *schema_text(struct schema *s, const struct ynode *node,
			const char *key)
{
	size_t at;
	uint32_t cp;

	if (!node)
		return NULL;
	if (node->kind == YNODE_MAP) {
		schema_error(s, node, "'%s' should be text, but a ': ' (colon "
			     "and space) made it a 'key: value' line; put the whole "
			     "text in double quotes, like \"Note: keep it dry\"", key);
		return NULL;
	}
	if (node->kind != YNODE_SCALAR) {
		schema_error(s, node, "'%s' should be text, not %s", key,
			     ynode_kind_name(node));
		return NULL;
	}
	if (ynode_is_null(node) || node->len == 0) {
		schema_error(s, node, "'%s' is empty; write the text after "
			     "'%s:' or remove the line", key, key);
		return NULL;
	}
	if (utf8_find_bad(node->text, node->len, true, &at, &cp)) {
		if (cp == '\t')
			schema_error(s, node, "'%s' contains a tab (character "
				     "%zu); replace it with a space", key, at + 1);
		else if (utf8_is_control(cp))
			schema_error(s, node, "'%s' contains %s (character "
				     "%zu); remove it", key,
				     utf8_control_name(cp), at + 1);
		else
			schema_error(s, node, "'%s' is not valid UTF-8 text "
				     "(byte %zu); retype it or save the file as "
				     "UTF-8", key, at + 1);
		return NULL;
	}
	check_marks(s, node, key);
	check_swallowed_item(s, node, key);
	const char *copy = arena_strndup(s->arena, node->text, node->len);
	if (s->positions)
		textpos_add(s->positions, s->arena, copy, node->len, node, s->source,
			    s->source_len);
	return copy;
}

bool schema_list(struct schema *s, const struct ynode *node, const char *key,
		 const char *items_what, void **items, size_t item_size,
		 size_t *count)
{
	*items = NULL;
	*count = 0;
	if (!node)
		return false;
	if (node->kind != YNODE_SEQ) {
		if (ynode_is_null(node))
			schema_error(s, node, "'%s' is empty; give a list of %s, "
				     "each on its own line starting with '- '",
				     key, items_what);
		else
			schema_error(s, node, "'%s' should be a list of %s, "
				     "each on its own line starting with '- ', not "
				     "%s", key, items_what, ynode_kind_name(node));
		return false;
	}
	if (node->len == 0) {
		schema_error(s, node, "'%s' is an empty list; give at least one "
			     "of its %s", key, items_what);
		return false;
	}
	*items = arena_alloc(s->arena, node->len * item_size);
	*count = node->len;
	return true;
}

bool schema_text_list(struct schema *s, const struct ynode *node,
		      const char *key, struct content_list *out)
{
	void *items;
	size_t i = 0;
	bool ok = true;

	out->items = NULL;
	out->count = 0;
	if (!schema_list(s, node, key, "lines of text", &items,
			 sizeof *out->items, &out->count))
		return false;
	out->items = items;
	for (const struct ynode *n = node->child; n; n = n->next) {
		out->items[i] = schema_text(s, n, key);
		ok = ok && out->items[i];
		i++;
	}
	return ok;
}

int schema_choice(struct schema *s, const struct ynode *node, const char *key,
		  const char *const *names, size_t count)
{
	char quoted[QUOTE_MAX], allowed[512];
	const char *best;
	size_t used = 0;

	if (!node)
		return -1;
	if (node->kind != YNODE_SCALAR || ynode_is_null(node)) {
		schema_error(s, node, "'%s' should be one word, not %s", key,
			     ynode_is_null(node) ? "empty" : ynode_kind_name(node));
		return -1;
	}
	for (size_t i = 0; i < count; i++)
		if (strcmp(node->text, names[i]) == 0)
			return (int)i;
	allowed[0] = '\0';
	for (size_t i = 0; i < count && used < sizeof allowed; i++)
		used += (size_t)snprintf(allowed + used, sizeof allowed - used,
					 "%s%s", i ? ", " : "", names[i]);
	diag_quote(node->text, node->len, quoted, sizeof quoted);
	best = suggest_closest(node->text, node->len, names, count);
	if (best)
		schema_error(s, node, "'%s' cannot be '%s'; did you mean '%s'?",
			     key, quoted, best);
	else
		schema_error(s, node, "'%s' cannot be '%s'; choose one of: %s",
			     key, quoted, allowed);
	return -1;
}

static bool leap_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool schema_date(struct schema *s, const struct ynode *node, const char *key,
		 struct content_date *out)
{
	static const int month_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
					  31, 30, 31 };
	char quoted[QUOTE_MAX];
	int y, m, d, days;

	if (!node)
		return false;
	if (node->kind != YNODE_SCALAR || node->len != 10 ||
	    strspn(node->text, "0123456789-") != 10 || node->text[4] != '-' ||
	    node->text[7] != '-' || sscanf(node->text, "%4d-%2d-%2d", &y, &m, &d) != 3) {
		if (node->kind == YNODE_SCALAR)
			diag_quote(node->text, node->len, quoted, sizeof quoted);
		else
			snprintf(quoted, sizeof quoted, "%s", ynode_kind_name(node));
		schema_error(s, node, "'%s' should be a date written "
			     "YYYY-MM-DD, like 2026-03-31, not '%s'", key, quoted);
		return false;
	}
	days = m >= 1 && m <= 12 ? month_days[m - 1] + (m == 2 && leap_year(y)) : 0;
	if (y < 1900 || y > 2200) {
		schema_error(s, node, "'%s' has the year %d, which cannot be "
			     "right; check the date", key, y);
		return false;
	}
	if (d < 1 || d > days) {
		schema_error(s, node, "'%s' is not a real date: %s has no day "
			     "%d in month %d", key, node->text, d, m);
		return false;
	}
	out->year = y;
	out->month = m;
	out->day = d;
	return true;
}
