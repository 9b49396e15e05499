#include "print.h"

#include "layout.h"
#include "markup.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static bool term_exists(const void *ctx, const char *term, size_t len)
{
	return content_find_term(ctx, term, len) != NULL;
}

/* Writes laid-out lines as text; lines after the first are indented by
 * indent spaces (the first follows whatever is already on its line). */
static void print_layout(const struct layout *l, int indent, FILE *out)
{
	for (size_t i = 0; i < l->line_count; i++) {
		const struct layout_line *ln = &l->lines[i];
		int col = 0;

		fprintf(out, "%*s", i && ln->span_count ? indent : 0, "");
		for (size_t k = 0; k < ln->span_count; k++) {
			const struct layout_span *s = &l->spans[ln->first_span + k];
			fprintf(out, "%*s%.*s", s->col - col, "", (int)s->len, s->text);
			col = s->col + s->cols;
		}
		fputc('\n', out);
	}
}

static void print_text(const char *text, int width, int indent,
		       const struct layout_options *opt, FILE *out)
{
	struct layout l = { 0 };

	layout_text(&l, text, width - indent, opt);
	print_layout(&l, indent, out);
	layout_free(&l);
}

/* A heading, wrapped, and underlined as wide as its text. */
static void underline(const char *text, char c, int width, FILE *out)
{
	const struct layout_options opt = { .bullet = "*" };
	struct layout l = { 0 };
	int n = layout_columns(text, strlen(text));

	layout_text(&l, text, width, &opt);
	print_layout(&l, 0, out);
	layout_free(&l);
	if (n > width)
		n = width;
	while (n-- > 0)
		fputc(c, out);
	fputc('\n', out);
}

/* The glossary terms a topic marks, once each, in the order first used. */
struct used_terms {
	const struct content_glossary *glossary;
	const struct content_term **terms;
	size_t count, cap;
};

static void collect_terms(void *ctx, const char *text)
{
	struct used_terms *u = ctx;
	struct markup_span span;

	while (markup_next(&text, &span)) {
		const struct content_term *t;
		bool known = false;

		if (!span.term ||
		    !(t = content_find_term(u->glossary, span.term, span.term_len)))
			continue;
		for (size_t i = 0; i < u->count && !known; i++)
			known = u->terms[i] == t;
		if (known)
			continue;
		xgrow((void **)&u->terms, &u->cap, u->count + 1, sizeof *u->terms);
		u->terms[u->count++] = t;
	}
}

static void print_glossary(const struct content_topic *t,
			   const struct content_glossary *g, int width,
			   const struct layout_options *opt, FILE *out)
{
	struct used_terms u = { .glossary = g };

	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			content_page_texts(&t->sections[s].pages[p], collect_terms, &u);
	if (u.count) {
		fputc('\n', out);
		underline("Words used in this leaflet", '-', width, out);
	}
	for (size_t i = 0; i < u.count; i++) {
		const struct content_term *term = u.terms[i];
		size_t n = strlen(term->term) + strlen(term->plain) +
			   (term->say ? strlen(term->say) : 0) + 16;
		char *entry = xmalloc(n);

		if (term->say)
			snprintf(entry, n, "%s (say %s): %s", term->term, term->say,
				 term->plain);
		else
			snprintf(entry, n, "%s: %s", term->term, term->plain);
		fputc('\n', out);
		print_text(entry, width, 0, opt, out);
		free(entry);
	}
	free(u.terms);
}

static void print_about(const struct content_topic *t, int width,
			const struct layout_options *opt, FILE *out)
{
	char line[160];

	fputc('\n', out);
	underline("About this leaflet", '-', width, out);
	snprintf(line, sizeof line, "Last reviewed %04d-%02d-%02d. Next review due "
		 "%04d-%02d-%02d.", t->last_reviewed.year, t->last_reviewed.month,
		 t->last_reviewed.day, t->next_review_due.year,
		 t->next_review_due.month, t->next_review_due.day);
	print_text(line, width, 0, opt, out);
	for (size_t i = 0; i < t->reviewed_by.count; i++) {
		fputs("Reviewed by: ", out);
		print_text(t->reviewed_by.items[i], width, 13, opt, out);
	}
	fputs("Sources:\n", out);
	for (size_t i = 0; i < t->source_count; i++) {
		size_t n = strlen(t->sources[i].citation) +
			   (t->sources[i].url ? strlen(t->sources[i].url) : 0) + 4;
		char *source = xmalloc(n);

		snprintf(source, n, "%s%s%s", t->sources[i].citation,
			 t->sources[i].url ? " " : "",
			 t->sources[i].url ? t->sources[i].url : "");
		fputs("  - ", out);
		print_text(source, width, 4, opt, out);
		free(source);
	}
}

void print_topic(const struct content_library *lib, const struct content_topic *t,
		 int width, FILE *out)
{
	const struct content_glossary *g = content_find_glossary(lib, t->language);
	const struct layout_options opt = {
		.bullet = "*", .term_exists = term_exists, .ctx = g,
		.plain_links = true,
	};
	struct layout l = { 0 };
	char heading[256];

	underline(t->title, '=', width, out);
	if (t->other_names.count) {
		char *names = xstrdup("Also called: ");
		for (size_t i = 0; i < t->other_names.count; i++) {
			size_t n = strlen(names) + strlen(t->other_names.items[i]) + 3;
			names = xrealloc(names, n);
			strcat(names, i ? "; " : "");
			strcat(names, t->other_names.items[i]);
		}
		print_text(names, width, 0, &opt, out);
		free(names);
	}
	fputc('\n', out);
	print_text(t->summary, width, 0, &opt, out);
	for (size_t s = 0; s < t->section_count; s++) {
		const struct content_section *sec = &t->sections[s];

		snprintf(heading, sizeof heading, "Step %zu of %zu: %s", s + 1,
			 t->section_count, sec->title);
		fputc('\n', out);
		underline(heading, '-', width, out);
		for (size_t p = 0; p < sec->page_count; p++) {
			bool last = s + 1 == t->section_count && p + 1 == sec->page_count;

			fprintf(out, "\n%s\n\n", sec->pages[p].title);
			layout_page(&l, &sec->pages[p], last ? t->related : NULL,
				    last ? t->related_count : 0, width, &opt);
			print_layout(&l, 0, out);
		}
	}
	layout_free(&l);
	print_glossary(t, g, width, &opt, out);
	print_about(t, width, &opt, out);
}
