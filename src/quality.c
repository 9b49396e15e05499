#include "quality.h"

#include "layout.h"
#include "markup.h"
#include "medwords.h"
#include "readability.h"
#include "strset.h"
#include "xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Adds word, lower-cased, to set; whether it was there already, so each
 * word is reported once a topic. */
static bool seen_before(struct strset *set, const char *word, size_t len)
{
	char key[32];
	bool added;

	if (len >= sizeof key)
		len = sizeof key - 1;
	for (size_t i = 0; i < len; i++)
		key[i] = (char)tolower((unsigned char)word[i]);
	strset_add(set, key, len, &added);
	return !added;
}

/* Everything one topic's checks share. */
struct topic_check {
	const struct content_topic *topic;
	const struct content_glossary *glossary;
	const struct content_page *page;
	const char *text;		/* the whole text being scanned */
	struct diag *diag;
	size_t warnings;
	struct strset medical, abbreviations;	/* each word reported once */
	struct strset spelled;		/* abbreviations written by their meaning */
	unsigned at_line, at_col;	/* for warnings about no page */
	bool english;			/* the medical word list is English */
	bool glossary_broken;		/* its glossary failed to load */
};

static void warn(struct topic_check *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void warn_at(struct topic_check *c, const char *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void warn(struct topic_check *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(c->diag, DIAG_WARNING, c->topic->path,
		  c->page ? c->page->line : c->at_line,
		  c->page ? c->page->col : c->at_col, fmt, ap);
	va_end(ap);
	c->warnings++;
}

/* A warning about the word or sentence at `at`, inside one of the page's
 * texts: it points at that place in the file (at the page when the
 * topic's text positions were not kept). */
static void warn_at(struct topic_check *c, const char *at, const char *fmt, ...)
{
	unsigned line = c->page->line, col = c->page->col;
	va_list ap;

	content_text_position(c->topic, at, &line, &col);
	va_start(ap, fmt);
	diag_vadd(c->diag, DIAG_WARNING, c->topic->path, line, col, fmt, ap);
	va_end(ap);
	c->warnings++;
}

static bool in_glossary(const struct content_glossary *g, const char *w, size_t len)
{
	return content_find_term(g, w, len) ||
	       (len > 3 && w[len - 1] == 's' && content_find_term(g, w, len - 1));
}

/* An abbreviation: two or more capitals, perhaps with '&' or digits
 * ("MRI", "A&E", "NSAIDs" is caught by its capitals). */
static bool is_abbreviation(const char *w, size_t len)
{
	size_t capitals = 0;

	for (size_t i = 0; i < len; i++) {
		if (isupper((unsigned char)w[i]))
			capitals++;
		else if (!(w[i] == '&' || isdigit((unsigned char)w[i]) ||
			   (w[i] == 's' && i == len - 1)))
			return false;
	}
	return capitals >= 2;
}

/* A character of an abbreviation (see is_abbreviation). */
static bool abbreviation_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '&';
}

/* Notes every word written next to a meaning in text, "(MRI)" or "MRI (",
 * so that spelled_out() is one lookup: one pass over the topic instead of
 * a search of it for every abbreviation. */
static void note_spelled(void *ctx, const char *text)
{
	struct strset *spelled = ctx;

	for (const char *p = strchr(text, '('); p; p = strchr(p + 1, '(')) {
		const char *close = p + 1, *start = p - 1;

		while (abbreviation_char(*close) && close - p <= 31)
			close++;
		if (*close == ')' && close > p + 1)
			strset_add(spelled, p + 1, (size_t)(close - p - 1), NULL);
		if (p == text || p[-1] != ' ')
			continue;
		while (start > text && abbreviation_char(start[-1]) && p - start <= 31)
			start--;
		if (start < p - 1)
			strset_add(spelled, start, (size_t)(p - 1 - start), NULL);
	}
}

/* Spelled out means explained in the glossary, or written next to its
 * meaning somewhere in the topic: "magnetic resonance imaging (MRI)" or
 * "MRI (magnetic resonance imaging)". */
static bool spelled_out(const struct topic_check *c, const char *w, size_t len)
{
	return len > 30 || in_glossary(c->glossary, w, len) ||
	       strset_find(&c->spelled, w, len, NULL);
}

static void check_word(void *ctx, const char *w, size_t len, bool marked)
{
	struct topic_check *c = ctx;

	/* Without its glossary nothing can be said about what it explains:
	 * the glossary's own errors come first. */
	if (marked || c->glossary_broken)
		return;
	if (c->english && medwords_contains(w, len) &&
	    !in_glossary(c->glossary, w, len) &&
	    !seen_before(&c->medical, w, len) &&
	    c->medical.count <= QUALITY_MAX_WORD_WARNINGS)
		warn_at(c, w, "'%.*s' is a medical word that the glossary does not "
		     "explain; add it to the glossary and mark it [[%.*s]], or "
		     "use an everyday word", (int)len, w, (int)len, w);
	if (is_abbreviation(w, len) && !spelled_out(c, w, len) &&
	    !seen_before(&c->abbreviations, w, len) &&
	    c->abbreviations.count <= QUALITY_MAX_WORD_WARNINGS)
		warn_at(c, w, "the abbreviation '%.*s' is never spelled out; write "
		     "it in full the first time, like 'magnetic resonance "
		     "imaging (MRI)', or add it to the glossary", (int)len, w);
}

/* Past QUALITY_MAX_WORD_WARNINGS words of one kind, one line says how many
 * more: a list of thousands helps nobody. */
static void warn_more_words(struct topic_check *c)
{
	if (c->medical.count > QUALITY_MAX_WORD_WARNINGS)
		warn(c, "%zu more medical words that the glossary does not "
		     "explain", c->medical.count - QUALITY_MAX_WORD_WARNINGS);
	if (c->abbreviations.count > QUALITY_MAX_WORD_WARNINGS)
		warn(c, "%zu more abbreviations that are never spelled out",
		     c->abbreviations.count - QUALITY_MAX_WORD_WARNINGS);
}

static void check_text(void *ctx, const char *text)
{
	struct topic_check *c = ctx;
	const struct readability_scanner sc = { .word = check_word, .ctx = c };
	const char *start;
	size_t words = readability_longest_sentence(text, &start);

	if (words > QUALITY_MAX_SENTENCE_WORDS) {
		char first[48];
		size_t n = markup_strip(start, first, sizeof first);
		warn_at(c, start, "a sentence of %zu words on page '%s' (\"%s%s\"); split "
		     "it so no sentence is longer than %d words", words,
		     c->page->title, first, n == sizeof first - 1 ? "..." : "",
		     QUALITY_MAX_SENTENCE_WORDS);
	}
	readability_scan(text, &sc);
}

/* Grades one page by the formula of its language: never an English
 * formula on other text. */
static void grade_page(struct topic_check *c, const struct readability_counts *counts,
		       const struct quality_options *opt,
		       struct quality_summary *sum, bool first)
{
	double fk, smog, ease;

	switch (counts->language) {
	case READABILITY_ENGLISH:
		fk = readability_fk_grade(counts);
		smog = readability_smog(counts);
		if (fk > sum->worst_fk)
			sum->worst_fk = fk;
		if (smog > sum->worst_smog)
			sum->worst_smog = smog;
		if (fk > opt->target_grade || smog > opt->target_grade)
			warn(c, "page '%s' reads at US grade %.1f "
			     "(Flesch-Kincaid) and %.1f (SMOG); aim for "
			     "%.0f or below: shorter sentences, everyday "
			     "words", c->page->title, fk, smog,
			     opt->target_grade);
		break;
	case READABILITY_SPANISH:
		ease = readability_szigriszt_pazos(counts);
		if (first || ease < sum->worst_ease)
			sum->worst_ease = ease;
		if (ease < READABILITY_INFLESZ_NORMAL)
			warn(c, "page '%s' scores %.1f (Szigriszt-Pazos), "
			     "'%s' on the INFLESZ scale; aim for %.0f or above: "
			     "shorter sentences, shorter everyday words",
			     c->page->title, ease, readability_inflesz_band(ease),
			     READABILITY_INFLESZ_NORMAL);
		break;
	case READABILITY_NO_GRADE:
		break;
	}
}

static void check_pages(struct topic_check *c, const struct quality_options *opt,
			struct quality_summary *sum)
{
	const struct content_topic *t = c->topic;

	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++) {
			struct readability_counts counts = {
				.language = readability_language_of(t->language),
			};

			c->page = &t->sections[s].pages[p];
			readability_add_page(&counts, c->page);
			sum->pages++;
			grade_page(c, &counts, opt, sum, p == 0 && s == 0);
			content_page_texts(c->page, check_text, c);
		}
	c->page = NULL;
}

static void check_topic(const struct content_library *lib,
			const struct content_topic *t,
			const struct quality_options *opt, struct diag *diag,
			struct quality_summary *sum)
{
	struct topic_check c = {
		.topic = t, .diag = diag,
		.glossary = content_find_glossary(lib, t->language),
		.english = readability_language_of(t->language) == READABILITY_ENGLISH,
	};
	c.glossary_broken = !c.glossary && lib->failed_glossary;
	long due = content_date_days(t->next_review_due) - content_date_days(opt->today);
	bool has_get_help = false;

	for (size_t s = 0; s < t->section_count; s++) {
		has_get_help |= t->sections[s].kind == SECTION_GET_HELP;
		for (size_t p = 0; p < t->sections[s].page_count; p++)
			content_page_texts(&t->sections[s].pages[p], note_spelled,
					   &c.spelled);
	}
	sum->topic = t;
	check_pages(&c, opt, sum);
	c.at_line = c.at_col = 1;
	warn_more_words(&c);
	c.at_line = t->review_line;
	c.at_col = t->review_col;
	if (due < 0)
		warn(&c, "the review date %04d-%02d-%02d has passed; review the "
		     "topic and update 'last_reviewed' and 'next_review_due'",
		     t->next_review_due.year, t->next_review_due.month,
		     t->next_review_due.day);
	else if (due <= QUALITY_REVIEW_WARNING_DAYS)
		warn(&c, "the topic is due for review in %ld day%s (%04d-%02d-%02d)",
		     due, due == 1 ? "" : "s", t->next_review_due.year,
		     t->next_review_due.month, t->next_review_due.day);
	c.at_line = c.at_col = 1;
	if (t->source_count == 0)
		warn(&c, "the topic names no sources; add 'sources' with the "
		     "citation of each source its facts come from");
	if (t->kind == TOPIC_PROCEDURE && !has_get_help)
		warn(&c, "a procedure topic needs a 'get-help' section saying "
		     "when to get help afterwards");
	sum->warnings = c.warnings;
	strset_free(&c.medical);
	strset_free(&c.abbreviations);
	strset_free(&c.spelled);
}

/* Marks every glossary term some topic uses. */
struct usage_scan {
	const struct content_glossary *glossary;
	bool *used;
};

static void mark_used(void *ctx, const char *text)
{
	struct usage_scan *u = ctx;
	struct markup_span span;

	while (markup_next(&text, &span)) {
		const struct content_term *term;
		if (span.term && (term = content_find_term(u->glossary, span.term,
							   span.term_len)))
			u->used[term - u->glossary->terms] = true;
	}
}

/* Lines text takes in the word box at the smallest screen. */
static size_t popup_lines(const char *text)
{
	const struct layout_options opt = { .bullet = "*" };
	struct layout l = { 0 };
	size_t lines;

	layout_text(&l, text, QUALITY_POPUP_TEXT_COLS, &opt);
	lines = l.line_count;
	layout_free(&l);
	return lines;
}

/* On the smallest screen, 40x12, the word box takes the whole screen: its
 * frame, the term and the footer take four rows; each text has a blank row
 * before it, the "Say it" line and then the explanation. */
static void check_popup_fits(const struct content_glossary *g,
			     const struct content_term *term, struct diag *diag)
{
	char say[160];
	size_t room = QUALITY_POPUP_ROWS - 5, lines;

	if (term->say) {
		snprintf(say, sizeof say, "Say it: %s", term->say);
		room -= popup_lines(say) + 1;
	}
	lines = popup_lines(term->plain);
	if (lines > room)
		diag_add(diag, DIAG_WARNING, g->path, term->line, term->col,
			 "the explanation of '%s' takes %zu lines in the word "
			 "box on the smallest screen (40x12), where %zu fit; "
			 "shorten it", term->term, lines, room);
}

static void check_glossary(const struct content_library *lib,
			   const struct content_glossary *g, struct diag *diag)
{
	struct usage_scan u = { .glossary = g, .used = xcalloc(g->count, sizeof *u.used) };

	for (size_t i = 0; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];
		if (strcmp(t->language, g->language) != 0)
			continue;
		mark_used(&u, t->title);
		mark_used(&u, t->summary);
		for (size_t s = 0; s < t->section_count; s++) {
			mark_used(&u, t->sections[s].title);
			for (size_t p = 0; p < t->sections[s].page_count; p++)
				content_page_texts(&t->sections[s].pages[p], mark_used, &u);
		}
	}
	for (size_t i = 0; i < g->count; i++)
		check_popup_fits(g, &g->terms[i], diag);
	for (size_t i = 0; i < lib->failed_mark_count; i++)
		mark_used(&u, lib->failed_marks[i]);
	for (size_t i = 0; i < g->count && !lib->failed_unreadable; i++)
		if (!u.used[i])
			diag_add(diag, DIAG_WARNING, g->path, g->terms[i].line,
				 g->terms[i].col, "'%s' is in the glossary but no "
				 "topic marks it; mark it [[%s]] where it is used, "
				 "or remove the entry", g->terms[i].term,
				 g->terms[i].term);
	free(u.used);
}

struct quality_summary *quality_check(const struct content_library *lib,
				      const struct quality_options *opt,
				      struct diag *diag)
{
	struct quality_summary *sums = xcalloc(lib->topic_count, sizeof *sums);

	for (size_t i = 0; i < lib->topic_count; i++)
		check_topic(lib, lib->topics[i], opt, diag, &sums[i]);
	for (size_t i = 0; i < lib->glossary_count; i++)
		check_glossary(lib, lib->glossaries[i], diag);
	return sums;
}

/* The grade and SMOG cells of the table for a topic's language. */
static void grade_cells(const struct quality_summary *s, char *grade,
			char *smog, size_t size)
{
	switch (readability_language_of(s->topic->language)) {
	case READABILITY_ENGLISH:
		snprintf(grade, size, "%.1f", s->worst_fk);
		snprintf(smog, size, "%.1f", s->worst_smog);
		return;
	case READABILITY_SPANISH:
		snprintf(grade, size, "SzP %.0f", s->worst_ease);
		break;
	case READABILITY_NO_GRADE:
		snprintf(grade, size, "no grade");
		break;
	}
	snprintf(smog, size, "-");
}

void quality_print_summary(const struct quality_summary *s, size_t count,
			   const struct quality_options *opt, FILE *out)
{
	bool spanish = false;

	if (count == 0)
		return;
	fprintf(out, "\n%-40s %5s %8s %8s %8s  %s\n", "topic", "pages",
		"grade", "SMOG", "warnings", "review due");
	for (size_t i = 0; i < count; i++) {
		const struct content_topic *t = s[i].topic;
		char name[64], grade[16], smog[16];

		/* A translation shares its original's id. */
		snprintf(name, sizeof name, t->translates_version ? "%s (%s)" : "%s",
			 t->id, t->language);
		grade_cells(&s[i], grade, smog, sizeof grade);
		spanish |= readability_language_of(t->language) == READABILITY_SPANISH;
		fprintf(out, "%-40.40s %5zu %8s %8s %8zu  %04d-%02d-%02d\n",
			name, s[i].pages, grade, smog, s[i].warnings,
			t->next_review_due.year, t->next_review_due.month,
			t->next_review_due.day);
	}
	fprintf(out, "(grade and SMOG: the hardest page; the target is %.0f or "
		"below)\n", opt->target_grade);
	if (spanish)
		fprintf(out, "(SzP: the Szigriszt-Pazos score of the hardest Spanish "
			"page; %.0f or above is normal or easier on the INFLESZ "
			"scale)\n", READABILITY_INFLESZ_NORMAL);
}
