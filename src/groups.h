/* groups: content/library.yaml, where staff put the topics of the menu into
 * groups ("Hip and groin") and order them.
 *
 * The file holds one key, 'groups': a list of groups, each a 'title' in
 * plain words, perhaps 'translations' of it ('es: Cadera e ingle'), and
 * 'topics', the ids of its topics in the order shown.  In
 * the menu the groups come in the order written and each group's topics
 * in the order listed; topics in no group come after them, under "Other
 * topics", by their own 'order:' and then title.  The shape is documented
 * for staff in docs/content.md.  No curses here. */
#ifndef KIOSK_GROUPS_H
#define KIOSK_GROUPS_H

#include "content.h"

#include <stdbool.h>
#include <stddef.h>

#define GROUPS_FILE_NAME "library.yaml"

/* One group of the menu as it is shown in one language: a run of the
 * arranged topics (see groups_arrange) and its title in that language (the
 * 'title' when it has no translation into it).  title is NULL for the
 * topics that are in no group ("Other topics"). */
struct groups_range {
	const char *title;
	size_t first, count;
};

/* Parses library.yaml's bytes.  Every problem goes to diag with its
 * position: a group with errors, an id given twice or not written like an
 * id is reported and left out, the rest is kept.  Returns NULL (after
 * reporting) only when the file as a whole is unusable: not YAML, or not
 * the shape above.  Free the result with groups_free. */
struct content_groups *groups_parse(const char *path, const char *bytes,
				    size_t len, struct diag *diag);
void groups_free(struct content_groups *groups);

/* Reports each id in groups that no topic of lib has, in any language,
 * with the closest id there is ("did you mean"). */
void groups_check_ids(const struct content_groups *groups,
		      const struct content_library *lib, struct diag *diag);

/* The topics of lib in language in menu order (see above), and the groups
 * as runs of them.  *topics (count entries, the return value) and *ranges
 * (*range_count entries) are new arrays owned by the caller; the topics
 * and titles stay lib's.  Without groups (no library.yaml) there are no
 * ranges and the topics are in their plain order.  Groups with no topic
 * in language are left out. */
size_t groups_arrange(const struct content_library *lib, const char *language,
		      const struct content_topic ***topics,
		      struct groups_range **ranges, size_t *range_count);

#endif
