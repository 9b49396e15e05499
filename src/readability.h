/* readability: reading-grade formulas for checking that patient text is
 * plain enough.  Each formula belongs to one language: an English formula
 * is never applied to other text, and languages without one get no grade.
 *
 * English:
 * Flesch-Kincaid grade = 0.39 W/S + 11.8 Y/W - 15.59 and SMOG = 1.0430
 * sqrt(P * 30 / S) + 3.1291, with W words, S sentences, Y syllables and P
 * words of three or more syllables.  Syllables are counted by vowel groups
 * with the usual fixes for silent endings, which is right for about nine
 * English words in ten: enough to rank pages, not to grade one word.
 *
 * Spanish: the Szigriszt-Pazos perspicuity index (1993), P = 206.835 -
 * 62.3 Y/W - W/S, read on the INFLESZ scale that was validated on texts for
 * patients (Barrio-Cantalejo et al., 2008): below 40 very hard, 40 to 55
 * somewhat hard, 55 to 65 normal, 65 to 80 fairly easy, above 80 very easy.
 * Spanish syllables follow its spelling: vowel groups, split where two
 * strong vowels (a, e, o) meet or a written accent on i or u breaks a
 * diphthong (rí-o, pa-ís). */
#ifndef KIOSK_READABILITY_H
#define KIOSK_READABILITY_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

/* The formula family for a text's language. */
enum readability_language {
	READABILITY_ENGLISH,	/* Flesch-Kincaid and SMOG */
	READABILITY_SPANISH,	/* Szigriszt-Pazos */
	READABILITY_NO_GRADE,	/* no published formula here: no grade */
};

/* The family for a language code ("en", "es", ...). */
enum readability_language readability_language_of(const char *code);

/* The INFLESZ lower bound of "normal": Spanish patient text should score
 * at least this. */
#define READABILITY_INFLESZ_NORMAL 55.0

struct readability_counts {
	enum readability_language language;	/* set before adding text:
						 * it picks the syllable rules */
	size_t words;
	size_t sentences;
	size_t syllables;
	size_t polysyllables;	/* words of 3 or more syllables */
};

/* Syllables in one word of len bytes (at least 1 for any word), by
 * English rules and by Spanish ones (UTF-8, accents read). */
unsigned readability_syllables(const char *word, size_t len);
unsigned readability_syllables_es(const char *word, size_t len);

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

/* The formulas; each returns 0 for text with no words.  Only call the
 * one for the counts' language. */
double readability_fk_grade(const struct readability_counts *c);
double readability_smog(const struct readability_counts *c);
double readability_szigriszt_pazos(const struct readability_counts *c);

/* The INFLESZ band of a Szigriszt-Pazos score: "very hard", "somewhat
 * hard", "normal", "fairly easy" or "very easy" (static strings). */
const char *readability_inflesz_band(double score);

#endif
