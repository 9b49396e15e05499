/* readability: reading-grade formulas for checking that patient text is
 * plain enough.
 *
 * Flesch-Kincaid grade = 0.39 W/S + 11.8 Y/W - 15.59 and SMOG = 1.0430
 * sqrt(P * 30 / S) + 3.1291, with W words, S sentences, Y syllables and P
 * words of three or more syllables.  Syllables are counted by vowel groups
 * with the usual fixes for silent endings, which is right for about nine
 * English words in ten: enough to rank pages, not to grade one word. */
#ifndef KIOSK_READABILITY_H
#define KIOSK_READABILITY_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

struct readability_counts {
	size_t words;
	size_t sentences;
	size_t syllables;
	size_t polysyllables;	/* words of 3 or more syllables */
};

/* Syllables in one word of len bytes (at least 1 for any word). */
unsigned readability_syllables(const char *word, size_t len);

/* Adds the words and sentences of one text (glossary marks are read as the
 * words shown).  A text with words but no full stop counts as one sentence,
 * as a bullet point reads like one. */
void readability_add_text(struct readability_counts *c, const char *text);

/* Adds every text a patient reads on a page, its title included. */
void readability_add_page(struct readability_counts *c,
			  const struct content_page *page);

/* Walks a text word by word (glossary marks read as the words shown):
 * word() for each word, with whether it is inside a mark, and
 * sentence_end() at each '.', '!' or '?'.  Either may be NULL. */
struct readability_scanner {
	void (*word)(void *ctx, const char *word, size_t len, bool marked);
	void (*sentence_end)(void *ctx, const char *at);
	void *ctx;
};
void readability_scan(const char *text, const struct readability_scanner *sc);

/* Words in the longest sentence of text; *start gets where it begins (NULL
 * for a text without words). */
size_t readability_longest_sentence(const char *text, const char **start);

/* The formulas; both return 0 for text with no words. */
double readability_fk_grade(const struct readability_counts *c);
double readability_smog(const struct readability_counts *c);

#endif
