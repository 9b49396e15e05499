/* check: `kiosk --check`, which reads the settings and a content folder the
 * way the kiosk would and prints every problem for staff to fix, then the
 * quality warnings (see quality.h) and a summary table. */
#ifndef KIOSK_CHECK_H
#define KIOSK_CHECK_H

#include "content.h"

#include <stdbool.h>
#include <stdio.h>

struct check_options {
	const char *conf_path;		/* NULL: the default settings */
	/* NULL: the folder the settings name.  A file: only its problems
	 * are printed, checked against the rest of its folder (glossary,
	 * links, repeated ids). */
	const char *target;
	bool strict;			/* warnings count as errors */
	struct content_date today;	/* for review dates */
};

/* Prints problems, warnings, the summary table and a closing line to out.
 * Returns the exit status: 0 when clean, 1 when there are errors (or, with
 * strict, warnings). */
int check_run(const struct check_options *opt, FILE *out);

#endif
