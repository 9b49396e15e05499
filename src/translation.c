#include "translation.h"

#include "lang.h"
#include "markup.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The languages in lib, each once, in lib's order (sorted by code). */
static size_t list_languages(const struct content_library *lib,
			     const char ***out)
{
	const char **langs = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < lib->topic_count; i++) {
		const char *l = lib->topics[i]->language;
		if (n && strcmp(langs[n - 1], l) == 0)
			continue;
		xgrow((void **)&langs, &cap, n + 1, sizeof *langs);
		langs[n++] = l;
	}
	*out = langs;
	return n;
}

/* The original of id: the topic with that id and no translates_version,
 * in the first of langs (lib's languages, by code) that has one.  Hash
 * look-ups, so checking every translation stays linear in the library. */
static const struct content_topic *original_of(const struct content_library *lib,
					       const char *id, const char **langs,
					       size_t lang_count)
{
	for (size_t i = 0; i < lang_count; i++) {
		const struct content_topic *t = content_find_topic(lib, id, langs[i]);
		if (t && !t->translates_version)
			return t;
	}
	return NULL;
}

static bool is_behind(const struct content_topic *t,
		      const struct content_topic *original)
{
	return !original->version ||
	       strcmp(original->version, t->translates_version) != 0;
}

/* "the English", or "the 'xx'" for a language the table lacks. */
static const char *language_label(const char *code, char *buf, size_t size)
{
	const char *name = lang_english_name(code);

	if (name)
		snprintf(buf, size, "the %s", name);
	else
		snprintf(buf, size, "the '%s'", code);
	return buf;
}

struct finder {
	const struct content_topic *t;
	struct diag *diag;
	const char *source;		/* "the English" */
	size_t warnings;
};

static void warn(struct finder *f, unsigned line, unsigned col,
		 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void warn(struct finder *f, unsigned line, unsigned col,
		 const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(f->diag, DIAG_WARNING, f->t->path, line, col, fmt, ap);
	va_end(ap);
	f->warnings++;
}

/* The occurrence-th section of kind in t, or NULL. */
static const struct content_section *nth_section(const struct content_topic *t,
						 enum content_section_kind kind,
						 size_t occurrence)
{
	for (size_t i = 0; i < t->section_count; i++)
		if (t->sections[i].kind == kind && occurrence-- == 0)
			return &t->sections[i];
	return NULL;
}

static void check_sections(struct finder *f, const struct content_topic *original)
{
	size_t seen[SECTION_KIND_COUNT] = { 0 };

	/* A section without a title gets an English default. */
	for (size_t i = 0; strcmp(f->t->language, "en") != 0 &&
			   i < f->t->section_count; i++) {
		const struct content_section *mine = &f->t->sections[i];
		if (mine->title == content_section_default_title(mine->kind))
			warn(f, 1, 1, "the section '%s' has no 'title', so patients "
			     "would see the English \"%s\"; give it a title in "
			     "this translation's language",
			     content_section_kind_name(mine->kind), mine->title);
	}

	for (size_t i = 0; i < original->section_count; i++) {
		const struct content_section *src = &original->sections[i];
		const char *kind = content_section_kind_name(src->kind);
		const struct content_section *mine =
			nth_section(f->t, src->kind, seen[src->kind]++);

		if (!mine) {
			warn(f, 1, 1, "the section '%s' (%s, %zu page%s) is in %s "
			     "but not in this translation; translate it from %s",
			     kind, src->title, src->page_count,
			     src->page_count == 1 ? "" : "s", f->source,
			     original->path);
			continue;
		}
		for (size_t p = mine->page_count; p < src->page_count; p++)
			warn(f, mine->page_count ? mine->pages[mine->page_count - 1].line : 1,
			     mine->page_count ? mine->pages[mine->page_count - 1].col : 1,
			     "the section '%s' has %zu page%s here and "
			     "%zu in %s: translate page %zu, '%s' (%s:%u)",
			     kind, mine->page_count,
			     mine->page_count == 1 ? "" : "s", src->page_count,
			     f->source, p + 1, src->pages[p].title,
			     original->path, src->pages[p].line);
	}
}

/* The glossary terms a topic marks, each once. */
struct marked_terms {
	const struct content_glossary *glossary;	/* resolves spellings */
	const char **terms;
	size_t count, cap;
};

static void collect_marks(void *ctx, const char *text)
{
	struct marked_terms *m = ctx;
	struct markup_span span;

	while (markup_next(&text, &span)) {
		const struct content_term *term;
		size_t i;

		if (!span.term || !(term = content_find_term(m->glossary, span.term,
							      span.term_len)))
			continue;
		for (i = 0; i < m->count && m->terms[i] != term->term; i++)
			;
		if (i < m->count)
			continue;
		xgrow((void **)&m->terms, &m->cap, m->count + 1, sizeof *m->terms);
		m->terms[m->count++] = term->term;
	}
}

static bool explains(const struct content_glossary *g, const char *term)
{
	if (content_find_term(g, term, strlen(term)))
		return true;
	for (size_t i = 0; i < g->count; i++)
		if (g->terms[i].translates && strcasecmp(g->terms[i].translates, term) == 0)
			return true;
	return false;
}

static void check_glossary(struct finder *f, const struct content_library *lib,
			   const struct content_topic *original)
{
	struct marked_terms m = {
		.glossary = content_find_glossary(lib, original->language),
	};
	const struct content_glossary *mine = content_find_glossary(lib, f->t->language);

	for (size_t s = 0; s < original->section_count; s++)
		for (size_t p = 0; p < original->sections[s].page_count; p++)
			content_page_texts(&original->sections[s].pages[p],
					   collect_marks, &m);
	if (m.count && !mine)
		warn(f, 1, 1, "%s marks %zu glossary word%s, but there is no "
		     "glossary for '%s'; add glossary.%s.yaml with an entry for "
		     "each", f->source, m.count, m.count == 1 ? "" : "s",
		     f->t->language, f->t->language);
	for (size_t i = 0; mine && i < m.count; i++)
		if (!explains(mine, m.terms[i]))
			warn(f, 1, 1, "%s marks the glossary word '%s', which has "
			     "no entry in %s; add one with 'translates: %s'",
			     f->source, m.terms[i], mine->path, m.terms[i]);
	free(m.terms);
}

static void check_translation(struct finder *f, const struct content_library *lib,
			      const char **langs, size_t lang_count)
{
	const struct content_topic *t = f->t;
	const struct content_topic *original = original_of(lib, t->id, langs,
							   lang_count);
	char source[64];

	if (t->reviewed_by.count == 0)
		warn(f, 1, 1, "not yet reviewed by a fluent clinician; the kiosk "
		     "shows it, but have a clinician fluent in the language "
		     "check it against the original and add their name to "
		     "'reviewed_by'");
	if (!original) {
		warn(f, 1, 1, "a translation (it has 'translates_version') of "
		     "topic '%s', but no original with that id is loaded; add "
		     "the original, or remove 'translates_version' if this is "
		     "the original", t->id);
		return;
	}
	f->source = language_label(original->language, source, sizeof source);
	if (is_behind(t, original))
		warn(f, t->translates_line, t->translates_col, "%s is version %s, this translates version %s: "
		     "update it from %s, then set 'translates_version' to "
		     "\"%s\"", f->source,
		     original->version ? original->version : "(none)",
		     t->translates_version, original->path,
		     original->version ? original->version : "its version");
	check_sections(f, original);
	check_glossary(f, lib, original);
}

size_t translation_check(const struct content_library *lib, struct diag *diag)
{
	const char **langs;
	size_t lang_count = list_languages(lib, &langs), warnings = 0;

	for (size_t i = 0; i < lib->topic_count; i++) {
		struct finder f = { .t = lib->topics[i], .diag = diag };

		if (!f.t->translates_version)
			continue;
		check_translation(&f, lib, langs, lang_count);
		warnings += f.warnings;
	}
	free(langs);
	return warnings;
}

static const char *state_in(const struct content_library *lib,
			    const struct content_topic *original,
			    const char *language)
{
	const struct content_topic *t;

	if (strcmp(original->language, language) == 0)
		return "source";
	t = content_find_topic(lib, original->id, language);
	if (!t)
		return "missing";
	if (!t->translates_version)
		return "source";
	return is_behind(t, original) ? "behind" : "present";
}

void translation_print_table(const struct content_library *lib, FILE *out)
{
	const char **langs;
	size_t n = list_languages(lib, &langs);

	if (n > 1) {
		fprintf(out, "\n%-40s", "topic by language");
		for (size_t l = 0; l < n; l++)
			fprintf(out, l + 1 < n ? " %-8s" : " %s", langs[l]);
		fputc('\n', out);
		for (size_t i = 0; i < lib->topic_count; i++) {
			const struct content_topic *t = lib->topics[i];
			if (t->translates_version)
				continue;
			fprintf(out, "%-40.40s", t->id);
			for (size_t l = 0; l < n; l++)
				fprintf(out, l + 1 < n ? " %-8s" : " %s",
					state_in(lib, t, langs[l]));
			fputc('\n', out);
		}
		fprintf(out, "(behind: translates an older version of the "
			"source; missing: no translation yet)\n");
	}
	free(langs);
}
