#include "figspec.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A problem with something outside the topic file: reported, but the topic
 * stays (see figspec.h). */
static void reference_error(struct schema *s, const struct ynode *at,
			    const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void reference_error(struct schema *s, const struct ynode *at,
			    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(s->diag, DIAG_ERROR, s->path, at->line, at->col, fmt, ap);
	va_end(ap);
	s->reference_errors++;
}

/* A plain file name ending in .png: no folders, nothing hidden. */
static bool valid_image_name(const char *name)
{
	size_t n = strlen(name);

	if (n < 5 || n > FIGSPEC_IMAGE_NAME_MAX || name[0] == '.' ||
	    strcasecmp(name + n - 4, ".png") != 0)
		return false;
	return strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789._-") == n;
}

/* figures/NAME in the folder of the topic file. */
static const char *image_path(struct schema *s, const char *name)
{
	const char *slash = strrchr(s->path, '/');
	size_t dir = slash ? (size_t)(slash - s->path) + 1 : 0;
	size_t n = dir + strlen("figures/") + strlen(name) + 1;
	char *path = arena_alloc(s->arena, n);

	snprintf(path, n, "%.*sfigures/%s", (int)dir, s->path, name);
	return path;
}

static void parse_image(struct schema *s, const struct ynode *node,
			struct image_checks *images, struct content_figure *out)
{
	char why[IMAGE_WHY_MAX];

	out->image = schema_text(s, node, "image");
	if (!out->image)
		return;
	if (!valid_image_name(out->image)) {
		schema_error(s, node, "'image' should be the name of a PNG file "
			     "in the 'figures' folder, like hip-front.png: "
			     "letters, digits, '.', '-' and '_' only, no folders");
		out->image = NULL;
		return;
	}
	out->path = image_path(s, out->image);
	out->usable = image_check_file(images, out->path, &out->width,
				       &out->height, why, sizeof why);
	if (!out->usable)
		reference_error(s, node, "the picture %s cannot be shown: %s",
				out->path, why);
}

/* A number written plainly, from lowest to highest. */
static bool parse_number(struct schema *s, const struct ynode *node,
			 const char *key, double lowest, double highest,
			 const char *hint, double *out)
{
	char quoted[48];
	char *end;
	double v;

	if (!node)
		return false;
	if (node->kind == YNODE_SCALAR && node->len > 0 && node->len < 32 &&
	    !strchr(node->text, ' ')) {
		v = strtod(node->text, &end);
		if (*end == '\0' && isfinite(v) && v >= lowest && v <= highest) {
			*out = v;
			return true;
		}
	}
	if (node->kind == YNODE_SCALAR)
		diag_quote(node->text, node->len, quoted, sizeof quoted);
	else
		snprintf(quoted, sizeof quoted, "%s", ynode_kind_name(node));
	schema_error(s, node, "'%s' cannot be '%s'; %s", key, quoted, hint);
	return false;
}

/* The legend's text: the label's own words, or the glossary term marked so
 * that touching it explains the term: "[[words|term]]". */
static void parse_label_target(struct schema *s, const struct ynode *map,
			       const struct ynode *term, const struct ynode *text,
			       struct content_figure_label *out)
{
	const char *words;
	char *marked;
	size_t n;

	if (!term && !text) {
		schema_error(s, map, "label %u needs 'term' (a word from the "
			     "glossary) or 'text' (a few words)", out->number);
		return;
	}
	words = schema_text(s, text, "text");
	if (words && strlen(words) > CONTENT_LABEL_TEXT_MAX)
		schema_error(s, text, "a label's text is longer than %d "
			     "characters; keep it to a few words",
			     CONTENT_LABEL_TEXT_MAX);
	out->text = words;
	out->term = schema_text(s, term, "term");
	if (!out->term)
		return;
	if (strpbrk(out->term, "[]|\n") || (words && strpbrk(words, "[]|"))) {
		schema_error(s, term, "a label with a 'term' takes the words as "
			     "written, without [[ ]] or '|'");
		out->term = NULL;
		return;
	}
	/* A legend line starts with a capital: "[[Tendon|tendon]]". */
	if (!words)
		words = out->term;
	n = strlen(words) + strlen(out->term) + 6;
	marked = arena_alloc(s->arena, n);
	snprintf(marked, n, "[[%s|%s]]", words, out->term);
	marked[2] = (char)toupper((unsigned char)marked[2]);
	out->text = marked;
	if (s->check_terms && !(s->glossary && content_find_term(s->glossary,
				out->term, strlen(out->term))))
		reference_error(s, term, "label %u names '%s', which %s; add it "
				"to the glossary, or use 'text' instead of "
				"'term'", out->number, out->term, s->glossary ?
				"the glossary has no entry for" :
				"cannot be explained: there is no glossary for "
				"this language");
}

static void parse_label(struct schema *s, const struct ynode *node,
			struct content_figure_label *out)
{
	static const struct schema_key keys[] = {
		{ "number", true }, { "x", true }, { "y", true },
		{ "term", false }, { "text", false },
	};
	const struct ynode *v[COUNT(keys)];
	double number;

	out->line = node->line;
	out->col = node->col;
	if (!schema_map(s, node, "a label", keys, COUNT(keys), v))
		return;
	if (parse_number(s, v[0], "number", 1, 99, "a label's number is a "
			 "whole number from 1 to 99", &number)) {
		if (number != floor(number))
			schema_error(s, v[0], "'number' should be a whole number, "
				     "like 3");
		out->number = (unsigned)number;
	}
	parse_number(s, v[1], "x", 0, 1, "'x' is how far across the picture "
		     "the label goes, from 0 (left edge) to 1 (right edge), like "
		     "0.25", &out->x);
	parse_number(s, v[2], "y", 0, 1, "'y' is how far down the picture the "
		     "label goes, from 0 (top) to 1 (bottom), like 0.6", &out->y);
	parse_label_target(s, node, v[3], v[4], out);
}

static void parse_labels(struct schema *s, const struct ynode *node,
			 struct content_figure *out)
{
	void *items;
	size_t i = 0;

	if (!schema_list(s, node, "labels", "labels", &items, sizeof *out->labels,
			 &out->label_count))
		return;
	out->labels = items;
	if (out->label_count > CONTENT_FIGURE_MAX_LABELS)
		schema_error(s, node, "a figure has %zu labels; the limit is %d: "
			     "split it into two figures", out->label_count,
			     CONTENT_FIGURE_MAX_LABELS);
	for (const struct ynode *n = node->child; n; n = n->next, i++) {
		parse_label(s, n, &out->labels[i]);
		for (size_t k = 0; k < i && out->labels[i].number; k++)
			if (out->labels[k].number == out->labels[i].number)
				schema_error(s, n, "two labels have the number %u "
					     "(the first at line %u); give each "
					     "its own number", out->labels[i].number,
					     out->labels[k].line);
	}
}

void figspec_parse(struct schema *s, const struct ynode *node,
		   struct image_checks *images, struct content_figure *out)
{
	static const struct schema_key keys[] = {
		{ "image", true }, { "alt", true }, { "caption", false },
		{ "labels", false },
	};
	const struct ynode *v[COUNT(keys)];

	out->line = node->line;
	out->col = node->col;
	if (!schema_map(s, node, "a 'figure' block", keys, COUNT(keys), v))
		return;
	out->alt = schema_text(s, v[1], "alt");
	if (out->alt && strlen(out->alt) < FIGSPEC_ALT_MIN_CHARS)
		schema_error(s, v[1], "'alt' is too short to tell someone who "
			     "cannot see the picture what it shows; describe it "
			     "in a sentence or two");
	out->caption = schema_text(s, v[2], "caption");
	if (v[3])
		parse_labels(s, v[3], out);
	parse_image(s, v[0], images, out);
}
