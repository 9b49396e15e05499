#include "print_html.h"

#include "markup.h"

#include <string.h>

/* Margins that fit A4 (210 x 297 mm) and Letter (216 x 279 mm) alike;
 * headings stay with what follows them, boxes are not split. */
static const char style[] =
	"@page { margin: 18mm 16mm; }\n"
	"body { font: 12pt/1.45 sans-serif; max-width: 46em; margin: 0 auto; }\n"
	"h1 { font-size: 20pt; } h2 { font-size: 15pt; border-bottom: 1px solid; }\n"
	"h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }\n"
	".clinic { font-size: 10pt; }\n"
	".help { border: 2px solid; padding: 0 1em; break-inside: avoid; }\n"
	".urgent { border-width: 3px; } .emergency { border-width: 5px; }\n"
	"li, p { break-inside: avoid; }\n";

/* Writes s[0..len) with HTML's special characters and control characters
 * escaped or left out. */
static void escape(const char *s, size_t len, FILE *out)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '<')
			fputs("&lt;", out);
		else if (c == '>')
			fputs("&gt;", out);
		else if (c == '&')
			fputs("&amp;", out);
		else if (c == '"')
			fputs("&quot;", out);
		else if (c == '\'')
			fputs("&#39;", out);
		else if (c == '\n' || c == '\t')
			fputc(' ', out);
		else if (c >= 0x20 && c != 0x7f)
			fputc(c, out);
	}
}

/* A text with its glossary marks shown as the word only, in element tag. */
static void element(const char *tag, const char *cls, const char *text, FILE *out)
{
	struct markup_span span;

	fprintf(out, "<%s%s%s%s>", tag, cls ? " class=\"" : "", cls ? cls : "",
		cls ? "\"" : "");
	while (markup_next(&text, &span)) {
		if (span.term)
			fputs("<em>", out);
		escape(span.text, span.len, out);
		if (span.term)
			fputs("</em>", out);
	}
	fprintf(out, "</%s>\n", tag);
}

static void list(const char *tag, const struct content_list *items, FILE *out)
{
	fprintf(out, "<%s>\n", tag);
	for (size_t i = 0; i < items->count; i++)
		element("li", NULL, items->items[i], out);
	fprintf(out, "</%s>\n", tag);
}

static const char *const help_titles[] = {
	"Good to know", "Urgent: get help today", "Emergency: get help now",
};

static void get_help(const struct content_get_help *h, FILE *out)
{
	const char *urgency = content_urgency_name(h->urgency);

	fprintf(out, "<div class=\"help %s\">\n", urgency);
	if (h->urgency != URGENCY_ROUTINE)
		fprintf(out, "<p><strong>%s</strong></p>\n",
			h->urgency == URGENCY_URGENT ? "Urgent" : "Emergency");
	element("h4", NULL, h->title ? h->title : help_titles[h->urgency], out);
	if (h->text)
		element("p", NULL, h->text, out);
	if (h->items.count)
		list("ul", &h->items, out);
	fputs("</div>\n", out);
}

static void link(const struct content_library *lib, const struct content_topic *t,
		 const struct content_link *l, FILE *out)
{
	const struct content_topic *target =
		content_find_topic(lib, l->topic_id, t->language);

	if (!target)
		return;
	fputs("<p>Leaflet to ask for: ", out);
	escape(target->title, strlen(target->title), out);
	fputs("</p>\n", out);
}

/* A picture in words, as the plain-text handout gives it: what it shows,
 * its caption and its numbered legend. */
static void figure(const struct content_figure *f, FILE *out)
{
	fputs("<div class=\"figure\">\n<p><strong>Picture:</strong> ", out);
	element("span", NULL, f->alt, out);
	fputs("</p>\n", out);
	if (f->caption)
		element("p", NULL, f->caption, out);
	if (f->label_count)
		fputs("<ol>\n", out);
	for (size_t i = 0; i < f->label_count; i++) {
		fprintf(out, "<li value=\"%u\">", f->labels[i].number);
		element("span", NULL, f->labels[i].text, out);
		fputs("</li>\n", out);
	}
	if (f->label_count)
		fputs("</ol>\n", out);
	fputs("</div>\n", out);
}

static void block(const struct content_library *lib, const struct content_topic *t,
		  const struct content_block *b, FILE *out)
{
	switch (b->kind) {
	case BLOCK_HEADING:
		element("h4", NULL, b->u.text, out);
		break;
	case BLOCK_PARAGRAPH:
		element("p", NULL, b->u.text, out);
		break;
	case BLOCK_BULLETS:
		list("ul", &b->u.list, out);
		break;
	case BLOCK_STEPS:
		list("ol", &b->u.list, out);
		break;
	case BLOCK_GET_HELP:
		get_help(&b->u.help, out);
		break;
	case BLOCK_OPTIONS:
		for (size_t i = 0; i < b->u.options.count; i++) {
			const struct content_option *o = &b->u.options.items[i];
			element("h4", NULL, o->name, out);
			element("p", NULL, o->what, out);
			fputs("<p>Good points:</p>\n", out);
			list("ul", &o->good, out);
			fputs("<p>Drawbacks:</p>\n", out);
			list("ul", &o->drawbacks, out);
		}
		break;
	case BLOCK_LINK:
		link(lib, t, &b->u.link, out);
		break;
	case BLOCK_FIGURE:
		figure(&b->u.figure, out);
		break;
	}
}

static void about(const struct content_topic *t, FILE *out)
{
	fputs("<h2>About this leaflet</h2>\n", out);
	fprintf(out, "<p>Last reviewed %04d-%02d-%02d. Next review due "
		"%04d-%02d-%02d.</p>\n", t->last_reviewed.year,
		t->last_reviewed.month, t->last_reviewed.day,
		t->next_review_due.year, t->next_review_due.month,
		t->next_review_due.day);
	for (size_t i = 0; i < t->reviewed_by.count; i++)
		element("p", NULL, t->reviewed_by.items[i], out);
	if (!t->source_count)
		return;
	fputs("<p>Sources:</p>\n<ul>\n", out);
	for (size_t i = 0; i < t->source_count; i++) {
		fputs("<li>", out);
		escape(t->sources[i].citation, strlen(t->sources[i].citation), out);
		if (t->sources[i].url) {
			fputc(' ', out);
			escape(t->sources[i].url, strlen(t->sources[i].url), out);
		}
		fputs("</li>\n", out);
	}
	fputs("</ul>\n", out);
}

void print_html_topic(const struct content_library *lib,
		      const struct content_topic *t,
		      const struct print_options *popt, FILE *out)
{
	char title[256];

	markup_strip(t->title, title, sizeof title);
	fputs("<!DOCTYPE html>\n<html lang=\"", out);
	escape(t->language, strlen(t->language), out);
	fputs("\">\n<head>\n<meta charset=\"utf-8\">\n<title>", out);
	escape(title, strlen(title), out);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
	if (popt->clinic_name && *popt->clinic_name)
		element("p", "clinic", popt->clinic_name, out);
	if (popt->clinic_phone && *popt->clinic_phone) {
		fputs("<p class=\"clinic\">Phone: ", out);
		escape(popt->clinic_phone, strlen(popt->clinic_phone), out);
		fputs("</p>\n", out);
	}
	fprintf(out, "<p class=\"clinic\">Printed %04d-%02d-%02d</p>\n",
		popt->date.year, popt->date.month, popt->date.day);
	element("h1", NULL, t->title, out);
	element("p", NULL, t->summary, out);
	for (size_t s = 0; s < t->section_count; s++) {
		const struct content_section *sec = &t->sections[s];

		element("h2", NULL, sec->title, out);
		for (size_t p = 0; p < sec->page_count; p++) {
			element("h3", NULL, sec->pages[p].title, out);
			for (size_t b = 0; b < sec->pages[p].block_count; b++)
				block(lib, t, &sec->pages[p].blocks[b], out);
		}
	}
	if (t->related_count)
		fputs("<h2>Other leaflets</h2>\n", out);
	for (size_t i = 0; i < t->related_count; i++)
		link(lib, t, &t->related[i], out);
	about(t, out);
	fputs("</body>\n</html>\n", out);
}
