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

static bool is_word_char(unsigned char c)
{
	/* Bytes of non-ASCII letters count as letters, so "café" is one word. */
	return isalnum(c) || c >= 0x80;
}

static void add_plain(struct readability_counts *c, const char *s, size_t len,
		      bool *open_sentence)
{
	size_t i = 0;

	while (i < len) {
		size_t start;

		if (strchr(".!?", s[i]) && *open_sentence) {
			c->sentences++;
			*open_sentence = false;
		}
		if (!is_word_char((unsigned char)s[i])) {
			i++;
			continue;
		}
		start = i;
		while (i < len && (is_word_char((unsigned char)s[i]) ||
				   ((s[i] == '\'' || s[i] == '-') && i + 1 < len &&
				    is_word_char((unsigned char)s[i + 1]))))
			i++;
		unsigned syl = readability_syllables(s + start, i - start);
		c->words++;
		c->syllables += syl;
		c->polysyllables += syl >= 3;
		*open_sentence = true;
	}
}

void readability_add_text(struct readability_counts *c, const char *text)
{
	struct markup_span span;
	bool open_sentence = false;

	if (!text)
		return;
	while (markup_next(&text, &span))
		add_plain(c, span.text, span.len, &open_sentence);
	if (open_sentence)
		c->sentences++;
}

static void add_list(struct readability_counts *c, const struct content_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		readability_add_text(c, l->items[i]);
}

void readability_add_page(struct readability_counts *c,
			  const struct content_page *page)
{
	readability_add_text(c, page->title);
	for (size_t i = 0; i < page->block_count; i++) {
		const struct content_block *b = &page->blocks[i];

		switch (b->kind) {
		case BLOCK_HEADING:
		case BLOCK_PARAGRAPH:
			readability_add_text(c, b->u.text);
			break;
		case BLOCK_BULLETS:
		case BLOCK_STEPS:
			add_list(c, &b->u.list);
			break;
		case BLOCK_GET_HELP:
			readability_add_text(c, b->u.help.title);
			readability_add_text(c, b->u.help.text);
			add_list(c, &b->u.help.items);
			break;
		case BLOCK_OPTIONS:
			for (size_t o = 0; o < b->u.options.count; o++) {
				const struct content_option *opt = &b->u.options.items[o];
				readability_add_text(c, opt->name);
				readability_add_text(c, opt->what);
				add_list(c, &opt->good);
				add_list(c, &opt->drawbacks);
			}
			break;
		case BLOCK_LINK:
			readability_add_text(c, b->u.link.text);
			break;
		}
	}
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
