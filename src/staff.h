/* staff: what the staff screen (F10, after the PIN) says about the kiosk's
 * state: the content and settings problems in force, when content was last
 * taken, and each file's state.  Only text: the curses layer draws it, so
 * it can be tested without a terminal. */
#ifndef KIOSK_STAFF_H
#define KIOSK_STAFF_H

#include "content.h"
#include "diag.h"

#include <time.h>

struct staff_report {
	char **lines;		/* owned, each owned */
	size_t count, cap;
};

/* Fills report (empty, or emptied here) from lib, the problems in force
 * (content and settings; printed in their order) and the time content was
 * last loaded or reloaded (0: not yet).  A file is "in use", "in use, with
 * warnings", "has errors: the last good version is shown" or "has errors:
 * not shown". */
void staff_report_build(struct staff_report *report,
			const struct content_library *lib,
			const struct diag *problems, time_t last_reload);

void staff_report_free(struct staff_report *report);

#endif
