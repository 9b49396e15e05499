/* quality: the checks behind `kiosk --check` that make content good for
 * patients rather than merely valid.  Each finding is a warning naming the
 * file and line, with what to change:
 *
 *  - a page above the target reading grade (Flesch-Kincaid or SMOG);
 *  - a sentence of more than 25 words;
 *  - a medical word (from a shipped list) that the glossary lacks;
 *  - a glossary entry no topic uses;
 *  - a glossary explanation longer than the word box holds at 40x12;
 *  - an abbreviation that is never spelled out;
 *  - a review date that has passed or is within 30 days;
 *  - a topic that names no sources;
 *  - a procedure topic without a get-help section. */
#ifndef KIOSK_QUALITY_H
#define KIOSK_QUALITY_H

#include "content.h"

#include <stdio.h>

/* Every check is linear in the text (or n log n), so `--check` of a 2 MB
 * file takes a fraction of a second.  After QUALITY_MAX_WORD_WARNINGS
 * medical words or abbreviations in one topic, one warning counts the
 * rest. */
enum {
	QUALITY_MAX_SENTENCE_WORDS = 25, QUALITY_REVIEW_WARNING_DAYS = 30,
	QUALITY_MAX_WORD_WARNINGS = 20,
	/* The word box on the smallest screen, 40x12: 36 columns of text. */
	QUALITY_POPUP_ROWS = 12, QUALITY_POPUP_TEXT_COLS = 36,
};

struct quality_options {
	double target_grade;
	struct content_date today;
};

struct quality_summary {
	const struct content_topic *topic;
	size_t pages;
	double worst_fk, worst_smog;
	size_t warnings;
};

/* Checks every topic and glossary in lib, adding warnings to diag.  Returns
 * one summary per topic, in lib's order (free with free()). */
struct quality_summary *quality_check(const struct content_library *lib,
				      const struct quality_options *opt,
				      struct diag *diag);

/* Prints the summaries as a table. */
void quality_print_summary(const struct quality_summary *s, size_t count,
			   const struct quality_options *opt, FILE *out);

#endif
