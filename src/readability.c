#include "readability.h"

#include "markup.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

static bool is_vowel(int c)
{
	return strchr("aeiouy", c) != NULL;
}

unsigned readability_syllables(const char *word, size_t len)
{
	char w[64];
	unsigned count = 0;
	bool in_vowels = false;

	if (len == 0)
		return 0;
	if (len >= sizeof w)
		len = sizeof w - 1;
	for (size_t i = 0; i < len; i++)
		w[i] = (char)tolower((unsigned char)word[i]);
	w[len] = '\0';
	for (size_t i = 0; i < len; i++) {
		bool v = is_vowel(w[i]) && !(w[i] == 'y' && i == 0);
		if (v && !in_vowels)
			count++;
		in_vowels = v;
	}
	/* Silent endings: "make", "aged", "takes" (but "table", "needed",
	 * "boxes" keep their syllable). */
	if (len > 2 && count > 1) {
		char last = w[len - 1], before = w[len - 2];
		if (last == 'e' && !(before == 'l' && len > 3 && !is_vowel(w[len - 3])) &&
		    !is_vowel(before))
			count--;
		else if (last == 'd' && before == 'e' && len > 3 &&
			 !strchr("td", w[len - 3]) && !is_vowel(w[len - 3]))
			count--;
		else if (last == 's' && before == 'e' && len > 3 &&
			 !strchr("sxzgc", w[len - 3]) && !is_vowel(w[len - 3]) &&
			 !(len > 4 && w[len - 3] == 'h' && strchr("cs", w[len - 4])))
			count--;
	}
	return count ? count : 1;
}

enum readability_language readability_language_of(const char *code)
{
	if (strcmp(code, "en") == 0)
		return READABILITY_ENGLISH;
	if (strcmp(code, "es") == 0)
		return READABILITY_SPANISH;
	return READABILITY_NO_GRADE;
}

/* Spanish letters by their part in a syllable. */
enum es_letter { ES_CONSONANT, ES_WEAK, ES_STRONG };

/* Classifies the letter at w[*i] (UTF-8) and moves *i past it.  Accented
 * vowels carry the stress, so even í and ú stand apart from a neighbour. */
static enum es_letter es_letter(const char *w, size_t len, size_t *i)
{
	unsigned char c = (unsigned char)w[*i];

	if (c == 0xC3 && *i + 1 < len) {
		unsigned char d = (unsigned char)w[*i + 1] | 0x20;	/* lower case */
		*i += 2;
		if (strchr("\xa1\xa9\xad\xb3\xba", d))	/* á é í ó ú */
			return ES_STRONG;
		return d == 0xbc ? ES_WEAK : ES_CONSONANT;	/* ü */
	}
	(*i)++;
	c = (unsigned char)tolower(c);
	if (c && strchr("aeo", c))
		return ES_STRONG;
	if (c && strchr("iu", c))
		return ES_WEAK;
	if (c == 'y') {
		/* A vowel at the end of a word or before a consonant (hoy,
		 * muy, y); a consonant before a vowel (ayer). */
		size_t next = *i;
		return next >= len || es_letter(w, len, &next) == ES_CONSONANT ?
		       ES_WEAK : ES_CONSONANT;
	}
	return ES_CONSONANT;
}

unsigned readability_syllables_es(const char *word, size_t len)
{
	enum es_letter before = ES_CONSONANT;
	unsigned count = 0;

	for (size_t i = 0; i < len;) {
		enum es_letter l = es_letter(word, len, &i);

		/* A new syllable starts at a vowel after a consonant, or where
		 * two strong vowels meet (a hiatus: le-er, rí-o). */
		if (l != ES_CONSONANT &&
		    (before == ES_CONSONANT || (before == ES_STRONG && l == ES_STRONG)))
			count++;
		before = l;
	}
	return count ? count : 1;
}

static bool is_word_char(unsigned char c)
{
	/* Bytes of non-ASCII letters count as letters, so "café" is one word. */
	return isalnum(c) || c >= 0x80;
}

void readability_scan(const char *text, const struct readability_scanner *sc)
{
	struct markup_span span;

	if (!text)
		return;
	while (markup_next(&text, &span)) {
		const char *p = span.text, *end = span.text + span.len;

		while (p < end) {
			const char *start;

			if (strchr(".!?", *p)) {
				if (sc->sentence_end)
					sc->sentence_end(sc->ctx, p);
				p++;
				continue;
			}
			if (!is_word_char((unsigned char)*p)) {
				p++;
				continue;
			}
			start = p;
			while (p < end && (is_word_char((unsigned char)*p) ||
					   ((*p == '\'' || *p == '-' || *p == '&') && p + 1 < end &&
					    is_word_char((unsigned char)p[1]))))
				p++;
			if (sc->word)
				sc->word(sc->ctx, start, (size_t)(p - start), span.term != NULL);
		}
	}
}

struct counting {
	struct readability_counts *c;
	bool open_sentence;
};

static void count_word(void *ctx, const char *word, size_t len, bool marked)
{
	struct counting *k = ctx;
	unsigned syl = k->c->language == READABILITY_SPANISH ?
		       readability_syllables_es(word, len) :
		       readability_syllables(word, len);

	(void)marked;
	k->c->words++;
	k->c->syllables += syl;
	k->c->polysyllables += syl >= 3;
	k->open_sentence = true;
}

static void count_sentence(void *ctx, const char *at)
{
	struct counting *k = ctx;

	(void)at;
	if (k->open_sentence)
		k->c->sentences++;
	k->open_sentence = false;
}

void readability_add_text(struct readability_counts *c, const char *text)
{
	struct counting k = { .c = c };
	const struct readability_scanner sc = {
		.word = count_word, .sentence_end = count_sentence, .ctx = &k,
	};

	readability_scan(text, &sc);
	count_sentence(&k, NULL);
}

struct longest {
	const char *start, *best_start;
	size_t words, best;
};

static void longest_word(void *ctx, const char *word, size_t len, bool marked)
{
	struct longest *l = ctx;

	(void)len;
	(void)marked;
	if (l->words++ == 0)
		l->start = word;
	if (l->words > l->best) {
		l->best = l->words;
		l->best_start = l->start;
	}
}

static void longest_end(void *ctx, const char *at)
{
	struct longest *l = ctx;

	(void)at;
	l->words = 0;
}

size_t readability_longest_sentence(const char *text, const char **start)
{
	struct longest l = { 0 };
	const struct readability_scanner sc = {
		.word = longest_word, .sentence_end = longest_end, .ctx = &l,
	};

	readability_scan(text, &sc);
	*start = l.best_start;
	return l.best;
}

static void add_page_text(void *ctx, const char *text)
{
	readability_add_text(ctx, text);
}

void readability_add_page(struct readability_counts *c,
			  const struct content_page *page)
{
	content_page_texts(page, add_page_text, c);
}

double readability_fk_grade(const struct readability_counts *c)
{
	if (!c->words || !c->sentences)
		return 0;
	return 0.39 * (double)c->words / (double)c->sentences +
	       11.8 * (double)c->syllables / (double)c->words - 15.59;
}

double readability_smog(const struct readability_counts *c)
{
	if (!c->words || !c->sentences)
		return 0;
	return 1.0430 * sqrt((double)c->polysyllables * 30.0 / (double)c->sentences) +
	       3.1291;
}

double readability_szigriszt_pazos(const struct readability_counts *c)
{
	if (!c->words || !c->sentences)
		return 0;
	return 206.835 - 62.3 * (double)c->syllables / (double)c->words -
	       (double)c->words / (double)c->sentences;
}

const char *readability_inflesz_band(double score)
{
	if (score < 40)
		return "very hard";
	if (score < READABILITY_INFLESZ_NORMAL)
		return "somewhat hard";
	if (score < 65)
		return "normal";
	return score <= 80 ? "fairly easy" : "very easy";
}
