/* translation: checking translated topics against their originals, for
 * `kiosk --check`.
 *
 * A translation is a topic file with the same id as its original, its own
 * 'language', and 'translates_version': the original's 'version' it
 * follows.  The original is the topic with that id and no
 * 'translates_version'.  Every finding is a warning (the kiosk still shows
 * the translation):
 *
 *  - the original has moved on ("the English is version 3, this translates
 *    version 2: update it");
 *  - a section or page the original has and the translation lacks, and a
 *    section with no title of its own (the default titles are English);
 *  - a glossary word the original marks with no entry in the glossary of
 *    the translation's language (an entry matches by its 'term' or its
 *    'translates');
 *  - a translation whose 'reviewed_by' is empty: not yet reviewed by a
 *    fluent clinician;
 *  - a translation whose original is not loaded. */
#ifndef KIOSK_TRANSLATION_H
#define KIOSK_TRANSLATION_H

#include "content.h"

#include <stdio.h>

/* Adds the warnings above for every translation in lib to diag.  Returns
 * the number of warnings added. */
size_t translation_check(const struct content_library *lib, struct diag *diag);

/* Prints a table of topics by language: for each original, whether each
 * language has it ("source", "present", "behind" when it follows an older
 * version, or "missing").  Prints nothing when lib holds one language
 * only. */
void translation_print_table(const struct content_library *lib, FILE *out);

#endif
