#include "speakcheck.h"

#include "markup.h"
#include "speech.h"

#include <stdbool.h>
#include <string.h>

struct symbol {
	char c;
	const char *instead;
};

static const struct symbol symbols[] = {
	{ '&', "'and'" }, { '/', "'or' or 'and'" }, { '+', "'and' or 'plus'" },
	{ '=', "'is'" }, { '<', "'less than'" }, { '>', "'more than'" },
	{ '#', "'number'" }, { '@', "'at'" }, { '*', "words" }, { '|', "words" },
	{ '~', "'about'" }, { '^', "words" }, { '\\', "words" },
};

struct short_form {
	const char *form;
	const char *instead;
};

static const struct short_form short_forms[] = {
	{ "e.g.", "'for example'" }, { "i.e.", "'that is'" },
	{ "etc.", "'and so on'" }, { "approx.", "'about'" }, { "vs.", "'or'" },
};

enum { SYMBOL_COUNT = sizeof symbols / sizeof *symbols,
       SHORT_FORM_COUNT = sizeof short_forms / sizeof *short_forms };

/* One topic's scan: what was named already, and where we are. */
struct scan {
	const struct content_topic *topic;
	const struct content_page *page;
	struct diag *diag;
	bool symbol_seen[SYMBOL_COUNT];
	bool short_form_seen[SHORT_FORM_COUNT];
	size_t warnings;
};

static bool word_start(const char *text, const char *p)
{
	return p == text || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '(';
}

static bool is_capital(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* "A&E" is read "A and E", as it should be. */
static bool in_initials(const char *text, size_t len, size_t i)
{
	return text[i] == '&' && i > 0 && i + 1 < len && is_capital(text[i - 1]) &&
	       is_capital(text[i + 1]);
}

/* Where the text at `at` was written, or its page when the topic's text
 * positions were not kept. */
static void place_of(const struct scan *s, const char *at, unsigned *line,
		     unsigned *col)
{
	*line = s->page->line;
	*col = s->page->col;
	content_text_position(s->topic, at, line, col);
}

static void check_shown(struct scan *s, const char *text, size_t len)
{
	unsigned line, col;

	for (size_t i = 0; i < len; i++) {
		for (size_t k = 0; k < SYMBOL_COUNT; k++) {
			if (text[i] != symbols[k].c || s->symbol_seen[k] ||
			    in_initials(text, len, i))
				continue;
			s->symbol_seen[k] = true;
			s->warnings++;
			place_of(s, text + i, &line, &col);
			diag_add(s->diag, DIAG_WARNING, s->topic->path, line, col,
				 "'%c' on page '%s' reads badly aloud "
				 "(speech is on); write %s instead", symbols[k].c,
				 s->page->title, symbols[k].instead);
		}
		for (size_t k = 0; k < SHORT_FORM_COUNT; k++) {
			size_t n = strlen(short_forms[k].form);

			if (s->short_form_seen[k] || i + n > len ||
			    strncmp(text + i, short_forms[k].form, n) ||
			    !word_start(text, text + i))
				continue;
			s->short_form_seen[k] = true;
			s->warnings++;
			place_of(s, text + i, &line, &col);
			diag_add(s->diag, DIAG_WARNING, s->topic->path, line, col,
				 "'%s' on page '%s' reads badly aloud "
				 "(speech is on); write %s instead",
				 short_forms[k].form, s->page->title,
				 short_forms[k].instead);
		}
	}
}

static void check_text(void *ctx, const char *text)
{
	struct markup_span span;
	const char *cursor = text;

	while (markup_next(&cursor, &span))
		check_shown(ctx, span.text, span.len);
}

/* True for the first topic of its language in lib's order. */
static bool first_of_language(const struct content_library *lib, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (!strcmp(lib->topics[k]->language, lib->topics[i]->language))
			return false;
	return true;
}

size_t speakcheck_library(const struct content_library *lib, struct diag *diag)
{
	size_t warnings = 0;

	for (size_t i = 0; i < lib->topic_count; i++) {
		struct scan s = { .topic = lib->topics[i], .diag = diag };
		const struct content_topic *t = s.topic;

		if (first_of_language(lib, i) && !speech_has_voice(t->language)) {
			warnings++;
			diag_add(diag, DIAG_WARNING, t->path, 0, 0, "speech is on, "
				 "but eSpeak NG has no voice for the language "
				 "'%s'; Listen will not work for its topics (is "
				 "espeak-ng-data installed?)", t->language);
		}

		for (size_t sec = 0; sec < t->section_count; sec++)
			for (size_t p = 0; p < t->sections[sec].page_count; p++) {
				s.page = &t->sections[sec].pages[p];
				content_page_texts(s.page, check_text, &s);
			}
		warnings += s.warnings;
	}
	return warnings;
}
