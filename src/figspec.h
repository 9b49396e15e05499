/* figspec: checking a topic file's 'figure' blocks and copying them into
 * the content model.
 *
 * A figure names a PNG in the figures/ folder beside the topic file, says
 * in words what it shows (alt, required) and may carry a caption and
 * numbered labels.  Mistakes in the block itself are errors of the topic
 * file (it is left out); a picture that is missing or cannot be shown and a
 * label naming a word the glossary lacks are reference errors: reported,
 * while the topic is kept and the figure shown as its words only. */
#ifndef KIOSK_FIGSPEC_H
#define KIOSK_FIGSPEC_H

#include "schema.h"

enum {
	FIGSPEC_ALT_MIN_CHARS = 20,	/* shorter cannot describe a picture */
	FIGSPEC_IMAGE_NAME_MAX = 100,
};

/* Checks the value of a 'figure' key in the topic file s->path and fills
 * out (strings in s->arena).  Pictures are checked through images (may be
 * NULL), which remembers files already checked.  Problems are reported
 * through s. */
void figspec_parse(struct schema *s, const struct ynode *node,
		   struct image_checks *images, struct content_figure *out);

#endif
