#include "print.h"

#include "i18n.h"
#include "layout.h"
#include "markup.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The handout's lines before they are cut into pages.  A line marked keep
 * (a heading, its underline, the blank after it) must not end a page. */
struct sheet {
	char **lines;
	bool *keep;
	size_t count, cap, keep_cap;
};

static void sheet_take(struct sheet *sh, char *line, bool keep)
{
	xgrow((void **)&sh->lines, &sh->cap, sh->count + 1, sizeof *sh->lines);
	xgrow((void **)&sh->keep, &sh->keep_cap, sh->count + 1, sizeof *sh->keep);
	sh->lines[sh->count] = line;
	sh->keep[sh->count++] = keep;
}

static void sheet_add(struct sheet *sh, bool keep, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void sheet_add(struct sheet *sh, bool keep, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sheet_take(sh, xvasprintf(fmt, ap), keep);
	va_end(ap);
}

static void sheet_free(struct sheet *sh)
{
	for (size_t i = 0; i < sh->count; i++)
		free(sh->lines[i]);
	free(sh->lines);
	free(sh->keep);
}

/* Lines a text was laid out in; lines after the first are indented by
 * indent columns, the first starts with lead (as wide as indent or less). */
static void sheet_layout(struct sheet *sh, const struct layout *l,
			 const char *lead, int indent, bool keep)
{
	for (size_t i = 0; i < l->line_count; i++) {
		const struct layout_line *ln = &l->lines[i];
		size_t size = (size_t)indent + strlen(lead) + 1, at;
		int col = 0;
		char *line;

		for (size_t k = 0; k < ln->span_count; k++)
			size += (size_t)l->spans[ln->first_span + k].col +
				l->spans[ln->first_span + k].len;
		line = xmalloc(size);
		at = (size_t)snprintf(line, size, "%-*s", i ? (ln->span_count ? indent : 0) :
				      (int)strlen(lead), i ? "" : lead);
		for (size_t k = 0; k < ln->span_count; k++) {
			const struct layout_span *s = &l->spans[ln->first_span + k];
			at += (size_t)snprintf(line + at, size - at, "%*s%.*s",
					       s->col - col, "", (int)s->len, s->text);
			col = s->col + s->cols;
		}
		sheet_take(sh, line, keep);
	}
}

static void sheet_text(struct sheet *sh, const char *lead, const char *text,
		       int width, int indent, const struct layout_options *opt,
		       bool keep)
{
	struct layout l = { 0 };

	layout_text(&l, text, width - indent, opt);
	sheet_layout(sh, &l, lead, indent, keep);
	layout_free(&l);
}

/* A heading, wrapped, marks and all handled like text, and underlined as
 * wide as its widest line. */
static void underline(struct sheet *sh, const char *text, char c, int width,
		      const struct layout_options *opt)
{
	struct layout l = { 0 };
	int n = 0;
	char *rule;

	layout_text(&l, text, width, opt);
	sheet_layout(sh, &l, "", 0, true);
	for (size_t i = 0; i < l.line_count; i++) {
		const struct layout_line *ln = &l.lines[i];
		if (ln->span_count) {
			const struct layout_span *s = &l.spans[ln->first_span + ln->span_count - 1];
			if (s->col + s->cols > n)
				n = s->col + s->cols;
		}
	}
	layout_free(&l);
	rule = xmalloc((size_t)n + 1);
	memset(rule, c, (size_t)n);
	rule[n] = '\0';
	sheet_take(sh, rule, true);
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

static void print_glossary(struct sheet *sh, const struct content_topic *t,
			   const struct content_glossary *g, int width,
			   const struct layout_options *opt)
{
	struct used_terms u = { .glossary = g };

	collect_terms(&u, t->title);
	for (size_t s = 0; s < t->section_count; s++) {
		collect_terms(&u, t->sections[s].title);
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			content_page_texts(&t->sections[s].pages[p], collect_terms, &u);
	}
	if (u.count) {
		sheet_add(sh, true, "%s", "");
		underline(sh, _("Words used in this leaflet"), '-', width, opt);
	}
	for (size_t i = 0; i < u.count; i++) {
		const struct content_term *term = u.terms[i];
		/* TRANSLATORS: a word in the handout's word list, how to say
		 * it, and what it means. */
		const char *say = _("%s (say %s): %s");
		size_t n = strlen(say) + strlen(term->term) + strlen(term->plain) +
			   (term->say ? strlen(term->say) : 0) + 1;
		char *entry = xmalloc(n);

		if (term->say)
			snprintf(entry, n, say, term->term, term->say, term->plain);
		else
			snprintf(entry, n, "%s: %s", term->term, term->plain);
		sheet_add(sh, false, "%s", "");
		sheet_text(sh, "", entry, width, 0, opt, false);
		free(entry);
	}
	free(u.terms);
}

static void print_about(struct sheet *sh, const struct content_topic *t,
			int width, const struct layout_options *opt)
{
	const char *reviewed_by = _("Reviewed by: ");
	char line[320];

	sheet_add(sh, true, "%s", "");
	underline(sh, _("About this leaflet"), '-', width, opt);
	snprintf(line, sizeof line, _("Last reviewed %04d-%02d-%02d. Next review due "
		 "%04d-%02d-%02d."), t->last_reviewed.year, t->last_reviewed.month,
		 t->last_reviewed.day, t->next_review_due.year,
		 t->next_review_due.month, t->next_review_due.day);
	sheet_text(sh, "", line, width, 0, opt, false);
	for (size_t i = 0; i < t->reviewed_by.count; i++)
		sheet_text(sh, reviewed_by, t->reviewed_by.items[i], width,
			   layout_columns(reviewed_by, strlen(reviewed_by)), opt, false);
	if (t->source_count)
		sheet_add(sh, true, "%s", _("Sources:"));
	for (size_t i = 0; i < t->source_count; i++) {
		size_t n = strlen(t->sources[i].citation) +
			   (t->sources[i].url ? strlen(t->sources[i].url) : 0) + 4;
		char *source = xmalloc(n);

		snprintf(source, n, "%s%s%s", t->sources[i].citation,
			 t->sources[i].url ? " " : "",
			 t->sources[i].url ? t->sources[i].url : "");
		sheet_text(sh, "  - ", source, width, 4, opt, false);
		free(source);
	}
}

static void print_header(struct sheet *sh, const struct content_topic *t,
			 const struct print_options *popt,
			 const struct layout_options *opt)
{
	int width = popt->width;
	const char *phone = _("Phone: ");

	if (popt->clinic_name && *popt->clinic_name)
		sheet_text(sh, "", popt->clinic_name, width, 0, opt, true);
	if (popt->clinic_phone && *popt->clinic_phone)
		sheet_text(sh, phone, popt->clinic_phone, width,
			   layout_columns(phone, strlen(phone)), opt, true);
	sheet_add(sh, true, _("Printed %04d-%02d-%02d"), popt->date.year,
		  popt->date.month, popt->date.day);
	sheet_add(sh, true, "%s", "");
	underline(sh, t->title, '=', width, opt);
	if (t->other_names.count) {
		char *names = xstrdup(_("Also called: "));
		for (size_t i = 0; i < t->other_names.count; i++) {
			size_t n = strlen(names) + strlen(t->other_names.items[i]) + 3;
			names = xrealloc(names, n);
			strcat(names, i ? "; " : "");
			strcat(names, t->other_names.items[i]);
		}
		sheet_text(sh, "", names, width, 0, opt, false);
		free(names);
	}
	sheet_add(sh, false, "%s", "");
	sheet_text(sh, "", t->summary, width, 0, opt, false);
}

/* The patient's own questions for the appointment, near the top where
 * they are found at once, with a box to tick when asked. */
static void print_questions(struct sheet *sh, const struct print_options *popt,
			    const struct layout_options *opt)
{
	if (!popt->question_count)
		return;
	sheet_add(sh, true, "%s", "");
	underline(sh, _("My questions to ask"), '-', popt->width, opt);
	for (size_t i = 0; i < popt->question_count; i++)
		sheet_text(sh, "[ ] ", popt->questions[i], popt->width, 4, opt, false);
}

static void print_sections(struct sheet *sh, const struct content_topic *t,
			   int width, const struct layout_options *opt)
{
	struct layout l = { 0 };

	for (size_t s = 0; s < t->section_count; s++) {
		const struct content_section *sec = &t->sections[s];

		sheet_add(sh, true, "%s", "");
		underline(sh, sec->title, '-', width, opt);
		for (size_t p = 0; p < sec->page_count; p++) {
			bool last = s + 1 == t->section_count && p + 1 == sec->page_count;

			sheet_add(sh, true, "%s", "");
			sheet_text(sh, "", sec->pages[p].title, width, 0, opt, true);
			sheet_add(sh, true, "%s", "");
			layout_page(&l, &sec->pages[p], last ? t->related : NULL,
				    last ? t->related_count : 0, width, opt);
			sheet_layout(sh, &l, "", 0, false);
		}
	}
	layout_free(&l);
}

/* A form feed, then the heading every page after the first repeats. */
static void new_page(const struct sheet *heading, int *used, FILE *out)
{
	fputc('\f', out);
	for (size_t i = 0; i < heading->count; i++)
		fprintf(out, "%s\n", heading->lines[i]);
	fputc('\n', out);
	*used = (int)heading->count + 1;
}

/* Writes the sheet's lines to out, page_lines a page (0: one long page).
 * A run of keep lines moves to the next page with the line after it when
 * it would otherwise end a page; blank lines do not start a page. */
static void paginate(const struct sheet *sh, const struct sheet *heading,
		     int page_lines, FILE *out)
{
	int used = 0, top = 0;
	size_t i = 0;

	while (i < sh->count) {
		size_t end = i;

		while (end < sh->count && sh->keep[end])
			end++;
		if (end < sh->count)
			end++;
		if (page_lines > 0 && used > top && used + (int)(end - i) > page_lines) {
			new_page(heading, &used, out);
			top = used;
			while (i < sh->count && !*sh->lines[i])
				i++;
			continue;
		}
		for (; i < end; i++, used++) {
			if (page_lines > 0 && used >= page_lines) {
				new_page(heading, &used, out);
				top = used;
			}
			fprintf(out, "%s\n", sh->lines[i]);
		}
	}
}

struct lookup {
	const struct content_library *lib;
	const struct content_glossary *glossary;
	const char *language;
};

struct content_date print_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return (struct content_date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

static bool term_exists(const void *ctx, const char *term, size_t len)
{
	const struct lookup *look = ctx;
	return content_find_term(look->glossary, term, len) != NULL;
}

static bool topic_exists(const void *ctx, const char *id)
{
	const struct lookup *look = ctx;
	return content_find_topic(look->lib, id, look->language) != NULL;
}

static const char *topic_title(const void *ctx, const char *id)
{
	const struct lookup *look = ctx;
	const struct content_topic *t = content_find_topic(look->lib, id, look->language);
	return t ? t->title : NULL;
}

void print_topic(const struct content_library *lib, const struct content_topic *t,
		 const struct print_options *popt, FILE *out)
{
	struct lookup look = {
		lib, content_find_glossary(lib, t->language), t->language,
	};
	const struct layout_options opt = {
		.bullet = "*", .term_exists = term_exists, .ctx = &look,
		.topic_exists = topic_exists, .plain_links = true,
		.topic_title = topic_title,
		.clinic_phone = popt->clinic_phone && *popt->clinic_phone ?
				popt->clinic_phone : NULL,
	};
	struct sheet sh = { 0 }, heading = { 0 };
	/* TRANSLATORS: the title repeated at the top of each page after
	 * the first of a printed handout. */
	const char *continued_format = _("%s (continued)");
	size_t n = strlen(continued_format) + strlen(t->title) + 1;
	char *continued = xmalloc(n);

	print_header(&sh, t, popt, &opt);
	print_questions(&sh, popt, &opt);
	print_sections(&sh, t, popt->width, &opt);
	print_glossary(&sh, t, look.glossary, popt->width, &opt);
	print_about(&sh, t, popt->width, &opt);
	snprintf(continued, n, continued_format, t->title);
	sheet_text(&heading, "", continued, popt->width, 0, &opt, true);
	paginate(&sh, &heading, popt->page_lines, out);
	free(continued);
	sheet_free(&heading);
	sheet_free(&sh);
}
