#include "groups.h"

#include "schema.h"
#include "strset.h"
#include "suggest.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum { GROUPS_SUGGESTIONS_MAX = 20 };	/* "did you mean" for this many ids */

/* Where each id and each group title was first written, for "already in
 * group ..." and "a second group called ..." messages: sets, so a file of
 * thousands of groups is checked in linear time. */
struct listed {
	struct strset ids;
	const struct content_group **group;	/* by the id's number */
	const struct ynode **node;
	size_t cap;
	struct strset titles;
	unsigned *title_line;			/* by the title's number */
	size_t title_cap;
};

/* Adds one id of group g; false (reported) when it cannot be used. */
static bool add_id(struct schema *s, struct listed *seen,
		   const struct content_group *g, const struct ynode *node,
		   struct content_group_topic *out)
{
	const char *id = schema_text(s, node, "topics");
	size_t number;
	bool added;

	if (!id)
		return false;
	if (!content_valid_id(id)) {
		schema_error(s, node, "'%s' is not a topic id; write the id "
			     "from the topic's 'id:' line (small letters, digits "
			     "and '-')", id);
		return false;
	}
	number = strset_add(&seen->ids, id, strlen(id), &added);
	if (!added) {
		schema_error(s, node, "topic '%s' is listed twice (first in "
			     "group '%s' at line %u); a topic goes in one group: "
			     "remove one of the two", id, seen->group[number]->title,
			     seen->node[number]->line);
		return false;
	}
	xgrow((void **)&seen->group, &seen->cap, number + 1, sizeof *seen->group);
	seen->node = xrealloc(seen->node, seen->cap * sizeof *seen->node);
	seen->group[number] = g;
	seen->node[number] = node;
	out->id = id;
	out->line = node->line;
	out->col = node->col;
	return true;
}

/* True when an earlier group has g's title (reported). */
static bool title_taken(struct schema *s, struct listed *seen,
			const struct content_group *g, const struct ynode *node)
{
	bool added;
	size_t number = strset_add(&seen->titles, g->title, strlen(g->title), &added);

	if (!added) {
		schema_error(s, node, "a second group called '%s' (the first is "
			     "at line %u); give each group its own title, or join "
			     "the two", g->title, seen->title_line[number]);
		return true;
	}
	xgrow((void **)&seen->title_line, &seen->title_cap, number + 1,
	      sizeof *seen->title_line);
	seen->title_line[number] = node->line;
	return false;
}

/* The title of g for patients reading language. */
static const char *title_in(const struct content_group *g, const char *language)
{
	for (size_t i = 0; i < g->translation_count; i++)
		if (strcmp(g->translations[i].language, language) == 0)
			return g->translations[i].title;
	return g->title;
}

/* The group's title in other languages: a set of 'code: title' lines.
 * A line with an error is reported and left out. */
static void parse_translations(struct schema *s, const struct ynode *map,
			       struct content_group *g)
{
	if (!map)
		return;
	if (map->kind != YNODE_MAP || map->len == 0) {
		schema_error(s, map, "'translations' should be 'language: title' "
			     "lines, one for each language, like 'es: Cadera e ingle'");
		return;
	}
	struct strset languages = STRSET_INIT;

	g->translations = arena_alloc(s->arena, map->len * sizeof *g->translations);
	for (const struct ynode *k = map->child; k && k->next; k = k->next->next) {
		struct content_group_title *t = &g->translations[g->translation_count];

		t->language = schema_text(s, k, "translations");
		t->title = schema_text(s, k->next, "translations");
		if (!t->language || !t->title)
			continue;
		if (!content_valid_language(t->language)) {
			schema_error(s, k, "'%s' is not a language code; write the "
				     "code of 2 or 3 small letters, like 'es' or 'ar'",
				     t->language);
			continue;
		}
		bool added;

		strset_add(&languages, t->language, strlen(t->language), &added);
		if (!added) {
			schema_error(s, k, "a second '%s' title for group '%s'; keep "
				     "one", t->language, g->title);
			continue;
		}
		g->translation_count++;
	}
	strset_free(&languages);
}

/* Reads one group; false (reported) when it is left out. */
static bool parse_group(struct schema *s, struct listed *seen,
			const struct ynode *node, struct content_group *g)
{
	static const struct schema_key keys[] = {
		{ "title", true }, { "topics", true }, { "translations", false },
	};
	const struct ynode *v[COUNT(keys)];
	void *items;

	/* The slot of a group left out is used again for the next one. */
	*g = (struct content_group){ 0 };
	if (!schema_map(s, node, "a group", keys, COUNT(keys), v))
		return false;
	g->title = schema_text(s, v[0], "title");
	g->line = node->line;
	g->col = node->col;
	if (!g->title || title_taken(s, seen, g, node))
		return false;
	parse_translations(s, v[2], g);
	if (v[1] && v[1]->kind == YNODE_SEQ && v[1]->len == 0) {
		schema_error(s, v[1], "group '%s' has no topics; list the ids of "
			     "its topics under 'topics:', each on a line starting "
			     "with '- ', or remove the group", g->title);
		return false;
	}
	if (!schema_list(s, v[1], "topics", "topic ids", &items,
			 sizeof *g->topics, &g->count))
		return false;
	g->topics = items;
	g->count = 0;
	for (const struct ynode *n = v[1]->child; n; n = n->next)
		if (add_id(s, seen, g, n, &g->topics[g->count]))
			g->count++;
	return g->count > 0;
}

static void parse_groups(struct schema *s, const struct ynode *list,
			 struct content_groups *gs)
{
	struct listed seen = { .ids = STRSET_INIT, .titles = STRSET_INIT };
	void *items;
	size_t count;

	if (!schema_list(s, list, "groups", "groups", &items, sizeof *gs->groups,
			 &count))
		return;
	gs->groups = items;
	for (const struct ynode *n = list->child; n; n = n->next) {
		struct content_group *g = &gs->groups[gs->count];

		if (parse_group(s, &seen, n, g))
			gs->count++;
	}
	strset_free(&seen.ids);
	strset_free(&seen.titles);
	free(seen.group);
	free(seen.node);
	free(seen.title_line);
}

struct content_groups *groups_parse(const char *path, const char *bytes,
				    size_t len, struct diag *diag)
{
	static const struct schema_key keys[] = { { "groups", true } };
	struct content_groups *gs = xcalloc(1, sizeof *gs);
	struct arena scratch = { 0 };
	struct schema s = {
		.path = path, .diag = diag, .arena = &gs->arena,
		.source = bytes, .source_len = len,
	};
	const struct ynode *root, *v[COUNT(keys)];
	bool usable = false;

	arena_expect(&gs->arena, len + len / 8 + strlen(path));
	gs->path = arena_strndup(&gs->arena, path, strlen(path));
	gs->bytes = len;
	root = ydoc_parse(path, bytes, len, &scratch, diag);
	if (root && schema_map(&s, root, "the library file", keys, COUNT(keys), v) &&
	    v[0]) {
		parse_groups(&s, v[0], gs);
		usable = true;
	}
	arena_free(&scratch);
	if (!usable) {
		groups_free(gs);
		return NULL;
	}
	return gs;
}

void groups_free(struct content_groups *groups)
{
	if (!groups)
		return;
	arena_free(&groups->arena);
	free(groups);
}

void groups_check_ids(const struct content_groups *groups,
		      const struct content_library *lib, struct diag *diag)
{
	struct strset ids = STRSET_INIT;
	size_t unknown = 0;

	if (!groups)
		return;
	for (size_t i = 0; i < lib->topic_count; i++)
		strset_add(&ids, lib->topics[i]->id, strlen(lib->topics[i]->id), NULL);
	for (size_t g = 0; g < groups->count; g++)
		for (size_t i = 0; i < groups->groups[g].count; i++) {
			const struct content_group_topic *t = &groups->groups[g].topics[i];
			const char *best;

			if (strset_find(&ids, t->id, strlen(t->id), NULL))
				continue;
			/* A suggestion compares with every id: past a few, a
			 * file of thousands of unknown ids would take minutes. */
			best = unknown++ < GROUPS_SUGGESTIONS_MAX ?
				suggest_closest(t->id, strlen(t->id),
						(const char *const *)ids.keys, ids.count) :
				NULL;
			if (best)
				diag_add(diag, DIAG_ERROR, groups->path, t->line, t->col,
					 "no topic has the id '%s'; did you mean "
					 "'%s'?", t->id, best);
			else
				diag_add(diag, DIAG_ERROR, groups->path, t->line, t->col,
					 "no topic has the id '%s'; check the "
					 "spelling, or remove it from the group "
					 "if the topic is gone", t->id);
		}
	strset_free(&ids);
}

size_t groups_arrange(const struct content_library *lib, const char *language,
		      const struct content_topic ***topics,
		      struct groups_range **ranges, size_t *range_count)
{
	const struct content_groups *gs = lib->groups;
	struct strset placed = STRSET_INIT;
	size_t n = 0, k = 0;

	*ranges = NULL;
	*range_count = 0;
	for (size_t i = 0; i < lib->topic_count; i++)
		n += strcmp(lib->topics[i]->language, language) == 0;
	*topics = n ? xmalloc(n * sizeof **topics) : NULL;
	if (gs && n)
		*ranges = xmalloc((gs->count + 1) * sizeof **ranges);
	for (size_t g = 0; gs && n && g < gs->count; g++) {
		size_t first = k;

		for (size_t i = 0; i < gs->groups[g].count; i++) {
			const char *id = gs->groups[g].topics[i].id;
			const struct content_topic *t = content_find_topic(lib, id, language);
			bool added;

			if (!t)
				continue;
			strset_add(&placed, id, strlen(id), &added);
			if (added)
				(*topics)[k++] = t;
		}
		if (k > first)
			(*ranges)[(*range_count)++] = (struct groups_range) {
				title_in(&gs->groups[g], language), first, k - first };
	}
	for (size_t i = 0, first = k; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];

		if (strcmp(t->language, language) != 0 ||
		    strset_find(&placed, t->id, strlen(t->id), NULL))
			continue;
		(*topics)[k++] = t;
		if (*ranges && k == n)
			(*ranges)[(*range_count)++] = (struct groups_range) {
				NULL, first, k - first };
	}
	strset_free(&placed);
	return n;
}
