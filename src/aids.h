/* aids: the decision aids a topic file may carry, checked and copied into
 * the content model: the "faq" rows of treatment choices, the "questions"
 * for the appointment and the "quiz" that checks what a patient learned.
 * The shapes are documented in docs/content.md.
 *
 * Like the rest of schema's helpers, each function reports every problem it
 * finds (file:line:col with a fix) and goes on; what it copies lives in the
 * schema's arena. */
#ifndef KIOSK_AIDS_H
#define KIOSK_AIDS_H

#include "content.h"
#include "schema.h"

/* The words staff write for an answer nobody knows. */
#define AIDS_NOT_KNOWN "not known"

/* Reads one option's 'faq' list (node may be NULL: no rows) into o. */
void aids_parse_faq(struct schema *s, const struct ynode *node,
		    struct content_option *o);

/* Checks that every option of an options block (node is the block's list,
 * b the parsed block) answers the same questions, in the order of the first
 * option that has any; reports at the option that differs. */
void aids_check_faq_rows(struct schema *s, const struct ynode *node,
			 const struct content_block *b);

/* Reads a topic's 'questions' list (node may be NULL) into t. */
void aids_parse_questions(struct schema *s, const struct ynode *node,
			  struct content_topic *t);

/* Reads a topic's 'quiz' list (node may be NULL) into t.  Call after the
 * sections are read: each item's 'page' names one of t's page titles. */
void aids_parse_quiz(struct schema *s, const struct ynode *node,
		     struct content_topic *t);

/* Adds a warning to diag for every quiz item, and for the questions list,
 * that reads above target_grade (Flesch-Kincaid or SMOG), at its line.
 * Returns the number of warnings added. */
size_t aids_check_reading(const struct content_topic *t, double target_grade,
			  struct diag *diag);

#endif
