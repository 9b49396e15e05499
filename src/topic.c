/* Topic files: the ydoc tree of one file checked and copied into a
 * content_topic.  The shape is documented in docs/content.md. */
#include "content.h"

#include "aids.h"
#include "figspec.h"
#include "i18n.h"
#include "schema.h"
#include "suggest.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Arena bytes that even the smallest topic needs beyond its text: the
 * structs of one section, page and block. */
enum { TOPIC_FIXED_BYTES = 64 };

static const char *const section_kinds[SECTION_KIND_COUNT] = {
	"overview", "anatomy", "causes", "symptoms", "diagnosis", "self-care",
	"treatment-options", "procedure", "aftercare", "risks", "outlook",
	"get-help", "questions",
};

static const char *const section_titles[SECTION_KIND_COUNT] = {
	"What it is", "The body parts involved", "Causes", "Symptoms",
	"Finding out what is wrong", "Looking after yourself",
	"Treatment choices", "The procedure", "Afterwards",
	"Risks and side effects", "What to expect", "When to get help",
	"Questions to ask",
};

static const char *const urgencies[] = { "routine", "urgent", "emergency" };
static const char *const topic_kinds[] = { "condition", "procedure", "general" };
/* The names content files use; marked for translation too, as the body
 * map shows them to patients. */
static const char *const body_regions[REGION_COUNT] = {
	/* TRANSLATORS: parts of the body, as the body map lists them and as
	 * "Topics for the %s" and "No topics for the %s yet" complete them. */
	N_("head and neck"), N_("shoulder"), N_("elbow"), N_("wrist and hand"),
	N_("upper back"), N_("lower back"), N_("hip and groin"), N_("knee"),
	N_("ankle and foot"),
};

const char *content_section_kind_name(enum content_section_kind kind)
{
	return section_kinds[kind];
}

const char *content_section_default_title(enum content_section_kind kind)
{
	return section_titles[kind];
}

const char *content_urgency_name(enum content_urgency urgency)
{
	return urgencies[urgency];
}

const char *content_body_region_name(enum content_body_region region)
{
	return body_regions[region];
}

static void parse_link(struct schema *s, const struct ynode *node,
		       const char *what, struct content_link *out)
{
	static const struct schema_key keys[] = {
		{ "topic", true }, { "text", false },
	};
	const struct ynode *v[COUNT(keys)];

	if (!schema_map(s, node, what, keys, COUNT(keys), v))
		return;
	out->topic_id = schema_text(s, v[0], "topic");
	out->text = schema_text(s, v[1], "text");
	out->line = v[0] ? v[0]->line : node->line;
	out->col = v[0] ? v[0]->col : node->col;
}

static void parse_get_help(struct schema *s, const struct ynode *node,
			   struct content_get_help *out)
{
	static const struct schema_key keys[] = {
		{ "urgency", true }, { "title", false }, { "text", false },
		{ "items", false },
	};
	const struct ynode *v[COUNT(keys)];
	int urgency;

	if (!schema_map(s, node, "a 'get_help' box", keys, COUNT(keys), v))
		return;
	urgency = schema_choice(s, v[0], "urgency", urgencies, COUNT(urgencies));
	out->urgency = urgency < 0 ? URGENCY_ROUTINE : (enum content_urgency)urgency;
	out->title = schema_text(s, v[1], "title");
	out->text = schema_text(s, v[2], "text");
	if (v[3])
		schema_text_list(s, v[3], "items", &out->items);
	if (!v[2] && !v[3])
		schema_error(s, node, "a 'get_help' box needs 'text' or "
			     "'items' saying what to do");
}

static void parse_options(struct schema *s, const struct ynode *node,
			  struct content_block *out)
{
	static const struct schema_key keys[] = {
		{ "name", true }, { "what", true }, { "good", true },
		{ "drawbacks", true }, { "faq", false },
	};
	void *items;
	size_t i = 0;

	if (!schema_list(s, node, "options", "treatment options", &items,
			 sizeof *out->u.options.items, &out->u.options.count))
		return;
	out->u.options.items = items;
	for (const struct ynode *n = node->child; n; n = n->next, i++) {
		struct content_option *o = &out->u.options.items[i];
		const struct ynode *v[COUNT(keys)];

		if (!schema_map(s, n, "a treatment option", keys, COUNT(keys), v))
			continue;
		o->name = schema_text(s, v[0], "name");
		o->what = schema_text(s, v[1], "what");
		schema_text_list(s, v[2], "good", &o->good);
		schema_text_list(s, v[3], "drawbacks", &o->drawbacks);
		aids_parse_faq(s, v[4], o);
	}
	aids_check_faq_rows(s, node, out);
}

static const char *const block_kinds[] = {
	"heading", "paragraph", "bullets", "steps", "get_help", "options",
	"link", "figure",
};

/* The index of the block kind key names, or -1 after a message. */
static int block_kind(struct schema *s, const struct ynode *key)
{
	char quoted[64], allowed[160];
	const char *best;
	size_t used = 0;

	if (key->kind != YNODE_SCALAR) {
		schema_error(s, key, "a block starts with the name of its kind, "
			     "like 'paragraph:'");
		return -1;
	}
	for (size_t i = 0; i < COUNT(block_kinds); i++)
		if (strcmp(key->text, block_kinds[i]) == 0)
			return (int)i;
	diag_quote(key->text, key->len, quoted, sizeof quoted);
	best = suggest_closest(key->text, key->len, block_kinds, COUNT(block_kinds));
	if (best) {
		schema_error(s, key, "there is no kind of block called '%s'; did "
			     "you mean '%s'?", quoted, best);
		return -1;
	}
	for (size_t i = 0; i < COUNT(block_kinds); i++)
		used += (size_t)snprintf(allowed + used, sizeof allowed - used,
					 "%s%s", i ? ", " : "", block_kinds[i]);
	schema_error(s, key, "there is no kind of block called '%s'; use one of: %s",
		     quoted, allowed);
	return -1;
}

static void parse_block(struct schema *s, const struct ynode *node,
			struct image_checks *images, struct content_block *out)
{
	const struct ynode *key, *value;
	int kind;

	if (node->kind == YNODE_SCALAR) {
		schema_error(s, node, "a block cannot be plain text: start it "
			     "with its kind, like 'paragraph: ...'; if it belongs "
			     "to the list above, indent it two more spaces");
		return;
	}
	if (node->kind != YNODE_MAP || node->len != 1) {
		schema_error(s, node, "each block is one 'kind: ...' line, where "
			     "kind is heading, paragraph, bullets, steps, "
			     "get_help, options, link or figure");
		return;
	}
	key = node->child;
	value = key->next;
	kind = block_kind(s, key);
	if (kind < 0)
		return;
	out->kind = (enum content_block_kind)kind;
	switch (out->kind) {
	case BLOCK_HEADING:
	case BLOCK_PARAGRAPH:
		out->u.text = schema_text(s, value, block_kinds[kind]);
		break;
	case BLOCK_BULLETS:
	case BLOCK_STEPS:
		schema_text_list(s, value, block_kinds[kind], &out->u.list);
		break;
	case BLOCK_GET_HELP:
		parse_get_help(s, value, &out->u.help);
		break;
	case BLOCK_OPTIONS:
		parse_options(s, value, out);
		break;
	case BLOCK_LINK:
		parse_link(s, value, "a 'link' block", &out->u.link);
		break;
	case BLOCK_FIGURE:
		figspec_parse(s, value, images, &out->u.figure);
		break;
	}
}

static void parse_page(struct schema *s, const struct ynode *node,
		       struct image_checks *images, struct content_page *out)
{
	static const struct schema_key keys[] = {
		{ "title", true }, { "blocks", true },
	};
	const struct ynode *v[COUNT(keys)];
	void *blocks;
	size_t i = 0;

	out->line = node->line;
	out->col = node->col;
	if (!schema_map(s, node, "a page", keys, COUNT(keys), v))
		return;
	out->title = schema_text(s, v[0], "title");
	if (!schema_list(s, v[1], "blocks", "blocks", &blocks,
			 sizeof *out->blocks, &out->block_count))
		return;
	out->blocks = blocks;
	for (const struct ynode *n = v[1]->child; n; n = n->next)
		parse_block(s, n, images, &out->blocks[i++]);
}

static void parse_section(struct schema *s, const struct ynode *node,
			  struct image_checks *images, struct content_section *out)
{
	static const struct schema_key keys[] = {
		{ "kind", true }, { "title", false }, { "pages", true },
	};
	const struct ynode *v[COUNT(keys)];
	void *pages;
	size_t i = 0;
	int kind;

	if (!schema_map(s, node, "a section", keys, COUNT(keys), v))
		return;
	kind = schema_choice(s, v[0], "kind", section_kinds, COUNT(section_kinds));
	out->kind = kind < 0 ? SECTION_OVERVIEW : (enum content_section_kind)kind;
	out->title = v[1] ? schema_text(s, v[1], "title")
			  : content_section_default_title(out->kind);
	if (!schema_list(s, v[2], "pages", "pages", &pages, sizeof *out->pages,
			 &out->page_count))
		return;
	out->pages = pages;
	for (const struct ynode *n = v[2]->child; n; n = n->next)
		parse_page(s, n, images, &out->pages[i++]);
}

static void parse_sources(struct schema *s, const struct ynode *node,
			  struct content_topic *t)
{
	static const struct schema_key keys[] = {
		{ "citation", true }, { "url", false },
	};
	void *items;
	size_t i = 0;

	if (!schema_list(s, node, "sources", "sources", &items,
			 sizeof *t->sources, &t->source_count))
		return;
	t->sources = items;
	for (const struct ynode *n = node->child; n; n = n->next, i++) {
		const struct ynode *v[COUNT(keys)];

		if (!schema_map(s, n, "a source", keys, COUNT(keys), v))
			continue;
		t->sources[i].citation = schema_text(s, v[0], "citation");
		t->sources[i].url = schema_text(s, v[1], "url");
		if (t->sources[i].url &&
		    strncmp(t->sources[i].url, "https://", 8) != 0 &&
		    strncmp(t->sources[i].url, "http://", 7) != 0)
			schema_error(s, v[1], "'url' should start with "
				     "https:// (or http://)");
	}
}

static void parse_related(struct schema *s, const struct ynode *node,
			  struct content_topic *t)
{
	void *items;
	size_t i = 0;

	if (!node)
		return;
	if (!schema_list(s, node, "related", "related topics", &items,
			 sizeof *t->related, &t->related_count))
		return;
	t->related = items;
	for (const struct ynode *n = node->child; n; n = n->next)
		parse_link(s, n, "a related topic", &t->related[i++]);
}

static void parse_body_regions(struct schema *s, const struct ynode *node,
			       struct content_topic *t)
{
	void *items;
	size_t count;

	if (!node || !schema_list(s, node, "body_regions", "parts of the body",
				  &items, 1, &count))
		return;
	for (const struct ynode *n = node->child; n; n = n->next) {
		int region = schema_choice(s, n, "body_regions", body_regions,
					   COUNT(body_regions));
		if (region >= 0)
			t->body_regions |= 1u << region;
	}
}

bool content_valid_id(const char *id)
{
	if (!id || !*id || *id == '-')
		return false;
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '-'))
			return false;
	return strlen(id) <= 64;
}

bool content_valid_language(const char *lang)
{
	size_t n = lang ? strlen(lang) : 0;

	return (n == 2 || n == 3) && strspn(lang, "abcdefghijklmnopqrstuvwxyz") == n;
}

/* True when the folder of path (whose file name starts at base) holds a
 * file ID.yaml: then renaming to it would overwrite another topic. */
static bool id_file_exists(const char *path, const char *base, const char *id)
{
	size_t n = (size_t)(base - path) + strlen(id) + 6;
	char *other = xmalloc(n);
	bool exists;

	snprintf(other, n, "%.*s%s.yaml", (int)(base - path), path, id);
	exists = access(other, F_OK) == 0;
	free(other);
	return exists;
}

/* The id must match the file name: ID.yaml, or ID.LANG.yaml for a
 * translation, so staff can find a topic's file from its id. */
static void check_id_matches_file(struct schema *s, const struct ynode *at,
				  const struct content_topic *t)
{
	const char *base = strrchr(t->path, '/');
	const char *dot;
	size_t stem;
	char expected[96];

	base = base ? base + 1 : t->path;
	dot = strrchr(base, '.');
	stem = dot ? (size_t)(dot - base) : strlen(base);
	if (strlen(t->id) == stem && strncmp(base, t->id, stem) == 0)
		return;
	if (t->language) {
		snprintf(expected, sizeof expected, "%s.%s", t->id, t->language);
		if (strlen(expected) == stem && strncmp(base, expected, stem) == 0)
			return;
	}
	if (strncmp(base, "glossary", 8) && id_file_exists(t->path, base, t->id))
		schema_error(s, at, "id '%s' is already used by %s.yaml; this file "
			     "looks like a copy of it: keep one of the two and "
			     "delete or move the other", t->id, t->id);
	else
		schema_error(s, at, "id '%s' does not match the file name; rename "
			     "the file to %s.yaml or change the id", t->id, t->id);
}

/* 'order: N' puts a topic in the menu before those with a higher number
 * and before every topic without one. */
static int parse_order(struct schema *s, const struct ynode *node)
{
	const char *text = schema_text(s, node, "order");
	size_t n = text ? strlen(text) : 0;

	if (!text)
		return CONTENT_NO_ORDER;
	if (n == 0 || n > 3 || strspn(text, "0123456789") != n || atoi(text) < 1) {
		schema_error(s, node, "'order' should be a whole number from 1 to "
			     "999, like 'order: 1' for the first topic in the menu");
		return CONTENT_NO_ORDER;
	}
	return atoi(text);
}

static void parse_topic(struct schema *s, const struct ynode *root,
			const struct content_library *lib,
			struct content_topic *t)
{
	enum { ID, TITLE, OTHER_NAMES, SUMMARY, KIND, LANGUAGE, VERSION,
	       LAST_REVIEWED, NEXT_REVIEW_DUE, REVIEWED_BY, SOURCES, RELATED,
	       BODY_REGIONS, SECTIONS, QUESTIONS, QUIZ, ORDER, TRANSLATES_VERSION,
	       KEYWORDS,
	       KEY_COUNT };
	static const struct schema_key keys[KEY_COUNT] = {
		[ID] = { "id", true }, [TITLE] = { "title", true },
		[OTHER_NAMES] = { "other_names", false },
		[SUMMARY] = { "summary", true }, [KIND] = { "kind", false },
		[LANGUAGE] = { "language", true }, [VERSION] = { "version", false },
		[LAST_REVIEWED] = { "last_reviewed", true },
		[NEXT_REVIEW_DUE] = { "next_review_due", true },
		[REVIEWED_BY] = { "reviewed_by", true },
		[SOURCES] = { "sources", false }, [RELATED] = { "related", false },
		[BODY_REGIONS] = { "body_regions", false },
		[SECTIONS] = { "sections", true },
		[QUESTIONS] = { "questions", false }, [QUIZ] = { "quiz", false },
		[ORDER] = { "order", false },
		[TRANSLATES_VERSION] = { "translates_version", false },
		[KEYWORDS] = { "keywords", false },
	};
	const struct ynode *v[KEY_COUNT];
	void *sections;
	size_t i = 0;
	int kind;

	if (!schema_map(s, root, "a topic file", keys, KEY_COUNT, v))
		return;
	/* The language comes first: it picks the glossary that marked
	 * words in every other value are checked against. */
	t->language = schema_text(s, v[LANGUAGE], "language");
	if (t->language && !content_valid_language(t->language)) {
		schema_error(s, v[LANGUAGE], "'language' should be a language "
			     "code of 2 or 3 small letters, like 'en' or 'cy'");
		t->language = NULL;
	}
	if (t->language && lib) {
		s->glossary = content_find_glossary(lib, t->language);
		/* A glossary with errors of its own is reported once, not
		 * again for every word that would be in it. */
		s->check_terms = s->glossary || !lib->failed_glossary;
	}
	t->id = schema_text(s, v[ID], "id");
	if (t->id && !content_valid_id(t->id)) {
		schema_error(s, v[ID], "id '%s' may use only small letters a-z, "
			     "digits and '-' (at most 64), like 'hip-bursitis'",
			     t->id);
		t->id = NULL;
	}
	t->title = schema_text(s, v[TITLE], "title");
	if (v[OTHER_NAMES])
		schema_text_list(s, v[OTHER_NAMES], "other_names", &t->other_names);
	if (v[KEYWORDS])
		schema_text_list(s, v[KEYWORDS], "keywords", &t->keywords);
	t->summary = schema_text(s, v[SUMMARY], "summary");
	kind = v[KIND] ? schema_choice(s, v[KIND], "kind", topic_kinds,
				       COUNT(topic_kinds)) : 0;
	t->kind = kind < 0 ? TOPIC_CONDITION : (enum content_topic_kind)kind;
	if (t->id)
		check_id_matches_file(s, v[ID], t);
	t->version = schema_text(s, v[VERSION], "version");
	t->translates_version = schema_text(s, v[TRANSLATES_VERSION],
					    "translates_version");
	if (v[TRANSLATES_VERSION]) {
		t->translates_line = v[TRANSLATES_VERSION]->line;
		t->translates_col = v[TRANSLATES_VERSION]->col;
	}
	t->order = parse_order(s, v[ORDER]);
	bool last_ok = schema_date(s, v[LAST_REVIEWED], "last_reviewed",
				   &t->last_reviewed);
	bool next_ok = schema_date(s, v[NEXT_REVIEW_DUE], "next_review_due",
				   &t->next_review_due);
	if (v[NEXT_REVIEW_DUE]) {
		t->review_line = v[NEXT_REVIEW_DUE]->line;
		t->review_col = v[NEXT_REVIEW_DUE]->col;
	}
	if (last_ok && next_ok &&
	    content_date_days(t->next_review_due) <= content_date_days(t->last_reviewed))
		schema_error(s, v[NEXT_REVIEW_DUE], "'next_review_due' must be "
			     "after 'last_reviewed'");
	/* A translation waiting for its clinical review says so with an empty
	 * list; --check warns about it (see translation.h). */
	if (!(t->translates_version && v[REVIEWED_BY] &&
	      v[REVIEWED_BY]->kind == YNODE_SEQ && v[REVIEWED_BY]->len == 0))
		schema_text_list(s, v[REVIEWED_BY], "reviewed_by", &t->reviewed_by);
	if (v[SOURCES])
		parse_sources(s, v[SOURCES], t);
	parse_related(s, v[RELATED], t);
	parse_body_regions(s, v[BODY_REGIONS], t);
	if (!schema_list(s, v[SECTIONS], "sections", "sections", &sections,
			 sizeof *t->sections, &t->section_count))
		return;
	t->sections = sections;
	for (const struct ynode *n = v[SECTIONS]->child; n; n = n->next)
		parse_section(s, n, lib ? lib->images : NULL, &t->sections[i++]);
	aids_parse_questions(s, v[QUESTIONS], t);
	aids_parse_quiz(s, v[QUIZ], t);
}

static bool keep_positions;

void content_keep_text_positions(bool on)
{
	keep_positions = on;
}

bool content_text_position(const struct content_topic *t, const char *at,
			   unsigned *line, unsigned *col)
{
	return textpos_find(&t->positions, at, line, col);
}

struct content_topic *content_topic_parse(const char *path, const char *bytes,
					  size_t len,
					  const struct content_library *lib,
					  struct diag *diag)
{
	struct arena scratch = { 0 }, own = { 0 };
	struct content_topic *t;
	struct schema s = {
		.path = path, .diag = diag, .source = bytes, .source_len = len,
	};
	const struct ynode *root;

	/* The texts and structs of a topic take about the file's size (its
	 * keys and indentation are not kept) and a little more for the
	 * structs of even the smallest topic; more grows the arena.  The
	 * topic itself lives in its arena: one allocation for a tiny file. */
	arena_expect(&own, sizeof *t + len + len / 8 + strlen(path) +
		     TOPIC_FIXED_BYTES);
	t = arena_alloc(&own, sizeof *t);
	t->arena = own;
	s.arena = &t->arena;
	s.positions = keep_positions ? &t->positions : NULL;
	t->path = arena_strndup(&t->arena, path, strlen(path));
	root = ydoc_parse(path, bytes, len, &scratch, diag);
	if (root)
		parse_topic(&s, root, lib, t);
	arena_free(&scratch);
	if (!root || s.errors) {
		content_topic_free(t);
		return NULL;
	}
	textpos_finish(&t->positions);
	char key[CONTENT_TOPIC_KEY_MAX];
	int n = snprintf(key, sizeof key, "%s/%s", t->language, t->id);
	t->key = arena_strndup(&t->arena, key, (size_t)n);
	return t;
}

void content_topic_free(struct content_topic *topic)
{
	struct arena own;

	if (!topic)
		return;
	textpos_free(&topic->positions);
	/* The arena's blocks hold the topic and its arena too. */
	own = topic->arena;
	arena_free(&own);
}

static void list_texts(const struct content_list *l,
		       void (*fn)(void *ctx, const char *text), void *ctx)
{
	for (size_t i = 0; i < l->count; i++)
		fn(ctx, l->items[i]);
}

static void figure_texts(const struct content_figure *f,
			 void (*fn)(void *ctx, const char *text), void *ctx)
{
	if (f->alt)
		fn(ctx, f->alt);
	if (f->caption)
		fn(ctx, f->caption);
	for (size_t i = 0; i < f->label_count; i++)
		if (f->labels[i].text)
			fn(ctx, f->labels[i].text);
}

void content_page_texts(const struct content_page *page,
			void (*fn)(void *ctx, const char *text), void *ctx)
{
	fn(ctx, page->title);
	for (size_t i = 0; i < page->block_count; i++) {
		const struct content_block *b = &page->blocks[i];

		switch (b->kind) {
		case BLOCK_HEADING:
		case BLOCK_PARAGRAPH:
			fn(ctx, b->u.text);
			break;
		case BLOCK_BULLETS:
		case BLOCK_STEPS:
			list_texts(&b->u.list, fn, ctx);
			break;
		case BLOCK_GET_HELP:
			if (b->u.help.title)
				fn(ctx, b->u.help.title);
			if (b->u.help.text)
				fn(ctx, b->u.help.text);
			list_texts(&b->u.help.items, fn, ctx);
			break;
		case BLOCK_OPTIONS:
			for (size_t o = 0; o < b->u.options.count; o++) {
				const struct content_option *opt = &b->u.options.items[o];
				fn(ctx, opt->name);
				fn(ctx, opt->what);
				list_texts(&opt->good, fn, ctx);
				list_texts(&opt->drawbacks, fn, ctx);
				for (size_t r = 0; r < opt->faq_count; r++) {
					fn(ctx, opt->faq[r].question);
					fn(ctx, opt->faq[r].answer);
				}
			}
			break;
		case BLOCK_LINK:
			if (b->u.link.text)
				fn(ctx, b->u.link.text);
			break;
		case BLOCK_FIGURE:
			figure_texts(&b->u.figure, fn, ctx);
			break;
		}
	}
}

long content_date_days(struct content_date d)
{
	/* Days from civil, after Howard Hinnant's public-domain algorithm. */
	long y = d.year - (d.month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}
